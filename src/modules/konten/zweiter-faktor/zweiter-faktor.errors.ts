import { AppError, fehler } from '../../../core/errors.ts';

/** Fehler des zweiten Faktors: stabile Codes, deutsche Meldungen. */
export const zweiterFaktorFehler = {
  codeFalsch: () => new AppError(401, 'zweiter_faktor.code_falsch', 'Der Code ist falsch oder schon benutzt. Bitte geben Sie den aktuellen Code aus Ihrer App oder einen unbenutzten Wiederherstellungscode ein.'),
  anmeldungAbgelaufen: () =>
    new AppError(401, 'zweiter_faktor.anmeldung_abgelaufen', 'Die Anmeldung ist abgelaufen oder wurde zu oft mit falschem Code versucht. Bitte melden Sie sich erneut mit E-Mail-Adresse und Passwort an.'),
  schonAktiv: () => fehler.konflikt('zweiter_faktor.schon_aktiv', 'Die Zwei-Faktor-Anmeldung ist für dieses Konto bereits eingerichtet.'),
  nichtEingerichtet: () => fehler.konflikt('zweiter_faktor.nicht_eingerichtet', 'Für dieses Konto ist keine Zwei-Faktor-Anmeldung eingerichtet.'),
  keineEinrichtungOffen: () =>
    fehler.konflikt('zweiter_faktor.keine_einrichtung', 'Es wurde keine Einrichtung begonnen. Bitte starten Sie die Einrichtung erneut und scannen Sie den neuen QR-Code.'),
  passwortFalsch: () => new AppError(422, 'auth.passwort_falsch', 'Das Passwort ist nicht korrekt.'),
  zuruecksetzenNichtErlaubt: () =>
    new AppError(403, 'zweiter_faktor.zuruecksetzen_verweigert', 'Den zweiten Faktor dieser Person kann nur die Plattform-Administration zurücksetzen (sie hat eine Plattformrolle oder gehört nicht zu Ihrer Kommune).'),
  kontoNichtGefunden: () => fehler.nichtGefunden('konto.nicht_gefunden', 'Dieses Konto gibt es nicht.'),
};
