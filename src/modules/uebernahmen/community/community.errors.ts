/** Error factory of the community per solution: stable codes, German messages. */
import { AppError, fehler } from '../../../core/errors.ts';

export const communityFehler = {
  loesungNichtGefunden: () => fehler.nichtGefunden('loesung.nicht_gefunden', 'Die Lösung wurde nicht gefunden.'),
  frageNichtGefunden: () => fehler.nichtGefunden('community.frage_nicht_gefunden', 'Die Frage wurde nicht gefunden.'),
  antwortNichtGefunden: () =>
    fehler.unverarbeitbar('community.antwort_ungueltig', 'Diese Antwort gehört nicht zu der Frage.', [{ pfad: 'antwortId' }]),
  kommuneWaehlen: () =>
    fehler.unverarbeitbar('community.kommune_waehlen', 'Ihr Konto gehört zu mehreren Kommunen. Bitte geben Sie an, für welche Kommune Sie schreiben (Feld „kommune“).', [{ pfad: 'kommune' }]),
  nurAkzeptierenFragende: () => new AppError(403, 'zugriff.verweigert', 'Eine Antwort akzeptieren kann nur die Kommune, die gefragt hat.'),
};
