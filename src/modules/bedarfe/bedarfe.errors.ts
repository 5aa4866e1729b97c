/** Fehlerfabrik der Bedarfe: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../core/errors.ts';
import type { BedarfStatus, Pruefung } from './bedarfe.rules.ts';

export const bedarfFehler = {
  nichtGefunden: () => new AppError(404, 'bedarf.nicht_gefunden', 'Der Bedarf wurde nicht gefunden.'),

  /** Ein Statuswechsel, den die Regeln (bedarfe.rules.ts) abgelehnt haben. */
  uebergang(p: Exclude<Pruefung, { ok: true }>, von: BedarfStatus, nach: BedarfStatus, moeglich: BedarfStatus[]): AppError {
    const details = [{ von, nach, moeglich }];
    switch (p.grund) {
      case 'rolle':
        return new AppError(403, 'bedarf.status_nicht_erlaubt', 'Diesen Statuswechsel können Sie in Ihrer Rolle nicht vornehmen.', details);
      case 'kommentar_fehlt':
        return new AppError(422, 'bedarf.kommentar_fehlt', 'Bitte begründen Sie diesen Statuswechsel in einem Kommentar.', details);
      case 'vorschlag_fehlt':
        return new AppError(409, 'bedarf.status_ungueltig', 'Für diesen Status muss mindestens eine Lösung vorgeschlagen sein.', details);
      default:
        return new AppError(409, 'bedarf.status_ungueltig', 'Dieser Statuswechsel ist im aktuellen Status nicht möglich.', details);
    }
  },

  vorschlagNichtMoeglich: (status: BedarfStatus) =>
    new AppError(409, 'bedarf.status_ungueltig', 'In diesem Status können keine Lösungen vorgeschlagen werden.', [{ status }]),

  loesungUnbekannt: (fehlend: string[]) =>
    new AppError(422, 'bedarf.loesung_unbekannt', 'Mindestens eine Lösung gibt es nicht oder sie ist nicht veröffentlicht.', fehlend.map((loesungId) => ({ loesungId }))),
};
