/** Fehlerfabrik der Wirkungsziele: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';
import type { VerbindungPruefung } from './ziele.rules.ts';

export const zielFehler = {
  nichtGefunden: () => new AppError(404, 'wirkungsziel.nicht_gefunden', 'Das Wirkungsziel wurde nicht gefunden.'),
  elementNichtGefunden: (feld: string) =>
    new AppError(422, 'wirkungsziel.element_unbekannt', `${feld}: Dieses Element gehört nicht zur Wirkungslogik dieses Ziels.`, [{ feld }]),
  massnahmeNichtGefunden: (feld = 'Maßnahme') =>
    new AppError(422, 'wirkungsziel.massnahme_unbekannt', `${feld}: Diese Maßnahme ist mit diesem Ziel nicht verbunden.`, [{ feld }]),
  verbindung: (p: Exclude<VerbindungPruefung, { ok: true }>) =>
    p.grund === 'gleiches_element'
      ? new AppError(422, 'wirkungsziel.verbindung_ungueltig', 'Eine Verbindung kann nicht zu sich selbst führen.', [{ grund: p.grund }])
      : new AppError(422, 'wirkungsziel.verbindung_ungueltig', 'Die Wirkungslogik führt nur vorwärts: Maßnahme → Output → Outcome → Impact.', [{ grund: p.grund }]),
  verbindungDoppelt: () => new AppError(409, 'wirkungsziel.verbindung_doppelt', 'Diese Verbindung gibt es schon.'),
  verbindungNichtGefunden: () => new AppError(404, 'wirkungsziel.verbindung_nicht_gefunden', 'Die Verbindung wurde nicht gefunden.'),
};
