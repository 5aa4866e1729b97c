import { AppError, fehler } from '../../../core/errors.ts';

const datum = (d: Date) => d.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });

/** Error factory of the DSGVO part: stable codes, German messages. */
export const dsgvoFehler = {
  bestaetigungFalsch: () =>
    fehler.unverarbeitbar('dsgvo.bestaetigung_falsch', 'Die Bestätigung stimmt nicht. Geben Sie den Namen der Kommune genau so ein, wie er über dem Eingabefeld steht.'),
  auftragVorhanden: (faellig: Date) =>
    fehler.konflikt('dsgvo.loeschung_beantragt', `Das Löschen der Daten dieser Kommune ist bereits beantragt und wird am ${datum(faellig)} ausgeführt. Sie können den Antrag bis dahin widerrufen.`),
  keinAuftrag: () => fehler.nichtGefunden('dsgvo.keine_loeschung', 'Für diese Kommune ist kein Löschen beantragt.'),
  passwortFalsch: () => new AppError(422, 'auth.passwort_falsch', 'Das Passwort ist nicht korrekt. Ihr Konto wurde nicht gelöscht.'),
  letzterAdmin: (kommunen: string[]) =>
    fehler.konflikt(
      'konto.letzter_admin',
      `Sie sind die einzige Administration von ${kommunen.join(', ')}. Eine Kommune braucht mindestens eine Administratorin oder einen Administrator: `
        + 'Ernennen Sie zuerst eine weitere Person zur Administration (oder lassen Sie die Daten der Kommune löschen). Ihr Konto wurde nicht gelöscht.',
    ),
};
