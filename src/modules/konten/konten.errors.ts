import { AppError, fehler } from '../../core/errors.ts';

/** The error factory of the konten module: stable codes, German messages. */
export const kontenFehler = {
  loginFehlgeschlagen: () => new AppError(401, 'auth.login_fehlgeschlagen', 'E-Mail-Adresse oder Passwort ist falsch.'),
  passwortFalsch: () => new AppError(422, 'auth.passwort_falsch', 'Das bisherige Passwort ist nicht korrekt.'),
  einladungUngueltig: () => new AppError(404, 'einladung.ungueltig', 'Diese Einladung ist ungültig, abgelaufen oder wurde bereits angenommen.'),
  einladungAndereEmail: () =>
    new AppError(403, 'einladung.andere_email', 'Diese Einladung gilt für eine andere E-Mail-Adresse. Bitte melden Sie sich mit der Adresse an, an die die Einladung gerichtet ist.'),
  adminNurPersoenlich: () =>
    fehler.unverarbeitbar('einladung.admin_nur_persoenlich', 'Die Rolle Administration kann nur persönlich vergeben werden. Bitte geben Sie die E-Mail-Adresse der eingeladenen Person an.'),
  kontoNichtGefunden: () => new AppError(404, 'konto.nicht_gefunden', 'Zu dieser E-Mail-Adresse gibt es kein Konto.'),
  lotseRegionFehlt: () => fehler.unverarbeitbar('lotse.region_fehlt', 'Ein Lotse braucht eine Region (Kreis- oder Landesschlüssel).'),
  letzterAdmin: () =>
    fehler.konflikt('mitglied.letzter_admin', 'Eine Kommune braucht mindestens eine Administratorin oder einen Administrator. Ernennen Sie zuerst eine weitere Person zur Administration.'),
  mitgliedNichtGefunden: () => fehler.nichtGefunden('mitglied.nicht_gefunden', 'Diese Person ist nicht Mitglied der Kommune.'),
  kommuneNichtGefunden: () => fehler.kommuneNichtGefunden(),
};
