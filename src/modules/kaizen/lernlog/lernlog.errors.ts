/** Fehlerfabrik des Lernlogs: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';

export const lernlogFehler = {
  experimentNichtGefunden: () => new AppError(404, 'experiment.nicht_gefunden', 'Das Experiment wurde nicht gefunden.'),
  experimentOffen: () => new AppError(409, 'lernlog.experiment_offen', 'Über dieses Experiment ist noch nicht entschieden. Ins Lernlog kommt es mit Entscheidung und „Was haben wir gelernt?“.'),
  schonEingetragen: () => new AppError(409, 'lernlog.schon_eingetragen', 'Dieses Experiment steht schon im Lernlog.'),
};
