/** Fehlerfabrik für „Verbesserungen reisen“: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';

export const transferFehler = {
  nichtStandard: () => new AppError(409, 'transfer.nicht_standard', 'An die Transferstelle gehen nur Experimente, die Standard geworden sind.'),
  ohneWirkung: () => new AppError(409, 'transfer.ohne_wirkung', 'Für den Vorschlag fehlt die gemessene Wirkung: Bitte Ausgangswert und Ergebniswert angeben.'),
  schonVorgeschlagen: () => new AppError(409, 'transfer.schon_vorgeschlagen', 'Dieses Experiment wurde schon als Lösung vorgeschlagen.'),
  eintragNichtGefunden: () => new AppError(404, 'lernlog.nicht_gefunden', 'Der Lerneintrag wurde nicht gefunden.'),
  ohneExperiment: () => new AppError(409, 'transfer.ohne_experiment', 'Dieser Eintrag beruht auf keinem Experiment; zum Nachtesten fehlen Messgröße und Methode.'),
  eigeneKommune: () => new AppError(409, 'transfer.eigene_kommune', 'Das ist ein Eintrag Ihrer eigenen Kommune.'),
  loesungNichtGefunden: () => new AppError(404, 'loesung.nicht_gefunden', 'Die Lösung wurde nicht gefunden.'),
  loesungOhneExperiment: () => new AppError(409, 'transfer.loesung_ohne_experiment', 'Diese Lösung beruht auf keinem Kaizen-Experiment; zum Nachtesten fehlen Messgröße und Methode.'),
  loesungEigeneKommune: () => new AppError(409, 'transfer.eigene_kommune', 'Diese Lösung stammt aus Ihrer eigenen Kommune.'),
};
