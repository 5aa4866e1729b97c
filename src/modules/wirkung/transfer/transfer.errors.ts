/** Fehlerfabrik der Wirkungsziele eines Transferprojekts: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';

export const transferFehler = {
  nichtGefunden: () => new AppError(404, 'uebernahme.nicht_gefunden', 'Das Transferprojekt wurde nicht gefunden.'),
  zielUnbekannt: (n: number) => new AppError(422, 'uebernahme_wirkung.ziel_unbekannt', `Ziel ${n}: Dieses Wirkungsziel gehört nicht zur übernehmenden Kommune.`, [{ feld: 'zielIds' }]),
};
