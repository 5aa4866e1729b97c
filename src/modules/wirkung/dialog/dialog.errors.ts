/** Fehlerfabrik des Wirkungsdialogs: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';

export const dialogFehler = {
  nichtGefunden: () => new AppError(404, 'wirkungsdialog.nicht_gefunden', 'Der Wirkungsdialog wurde nicht gefunden.'),
  eintragNichtGefunden: () => new AppError(404, 'wirkungsdialog.eintrag_nicht_gefunden', 'Dieser Eintrag gehört nicht zu diesem Wirkungsdialog.'),
  ohneGegenstand: () => new AppError(422, 'wirkungsdialog.ohne_gegenstand', 'Gegenstand: Bitte wählen Sie ein Wirkungsziel oder mindestens einen eigenen Indikator.', [{ feld: 'zielId' }]),
  zielUnbekannt: () => new AppError(422, 'wirkungsdialog.ziel_unbekannt', 'Wirkungsziel: Dieses Ziel gehört nicht zu dieser Kommune.', [{ feld: 'zielId' }]),
  indikatorUnbekannt: (feld: string) => new AppError(422, 'wirkungsdialog.indikator_unbekannt', `${feld}: Dieser Indikator gehört nicht zu dieser Kommune.`, [{ feld }]),
  leitfrageFehlt: () => new AppError(422, 'wirkungsdialog.leitfrage_fehlt', 'Leitfrage: Eine Antwort gehört zu einer der Leitfragen – bitte eine wählen.', [{ feld: 'leitfrage' }]),
  keineHypothese: () => new AppError(422, 'wirkungsdialog.keine_hypothese', 'Nur aus einer Hypothese kann ein Bedarf werden.'),
  schonBedarf: () => new AppError(409, 'wirkungsdialog.schon_bedarf', 'Aus dieser Hypothese ist bereits ein Bedarf geworden.'),
};
