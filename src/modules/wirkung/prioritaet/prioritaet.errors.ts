/** Fehlerfabrik von Priorisierung und Zielkonflikten: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';

export const prioritaetFehler = {
  massnahmeNichtGefunden: () => new AppError(404, 'massnahme.nicht_gefunden', 'Die Maßnahme wurde nicht gefunden.'),
  zielUnbekannt: (feld: string) => new AppError(422, 'zielkonflikt.ziel_unbekannt', `${feld}: Dieses Ziel gehört nicht zu dieser Kommune.`, [{ feld }]),
  gleichesZiel: () => new AppError(422, 'zielkonflikt.gleiches_ziel', 'Ein Ziel kann nicht mit sich selbst in Konflikt stehen.'),
  doppelt: () => new AppError(409, 'zielkonflikt.doppelt', 'Für diese beiden Ziele ist schon ein Konflikt erfasst.'),
};
