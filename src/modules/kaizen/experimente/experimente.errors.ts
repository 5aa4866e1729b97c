/** Fehlerfabrik der Experimente: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';
import type { AbschlussPruefung } from './experimente.rules.ts';

export const experimentFehler = {
  nichtGefunden: () => new AppError(404, 'experiment.nicht_gefunden', 'Das Experiment wurde nicht gefunden.'),
  einheitFehlt: () => new AppError(422, 'experiment.einheit_fehlt', 'Bei einer eigenen Messgröße nennen Sie bitte die Einheit (zum Beispiel „Rückfragen je Woche“).'),
  zeitraum: () => new AppError(422, 'experiment.zeitraum_ungueltig', 'Das Ende des Testzeitraums liegt vor seinem Beginn.'),
  ideeUnbekannt: () => new AppError(422, 'experiment.idee_unbekannt', 'Diese Idee gibt es in Ihrer Kommune nicht.'),
  stundenUnvollstaendig: () => new AppError(422, 'experiment.stunden_unvollstaendig', 'Zu eingesparten Stunden gehören die Art (laufend je Jahr oder einmalig) und wer sie bestätigt hat (eine Funktion, z. B. Amtsleitung).'),
  fallUngueltig: (zeilen: number[]) =>
    new AppError(422, 'experiment.fall_ungueltig', `Bei ${zeilen.length === 1 ? 'Fall' : 'den Fällen'} ${zeilen.join(', ')} liegt das Ende vor dem Beginn. Es wurde nichts gespeichert.`, zeilen.map((zeile) => ({ zeile }))),
  abschluss(p: Exclude<AbschlussPruefung, { ok: true }>): AppError {
    switch (p.grund) {
      case 'gelernt_fehlt':
        return new AppError(422, 'experiment.gelernt_fehlt', 'Bitte schreiben Sie auf, was Sie gelernt haben – auch wenn das Experiment nicht gewirkt hat.');
      case 'standard_ohne_ergebnis':
        return new AppError(422, 'experiment.ergebnis_fehlt', 'Bevor etwas Standard wird, beschreiben Sie bitte das Ergebnis.');
      default:
        return new AppError(409, 'experiment.schon_entschieden', 'Über dieses Experiment ist schon entschieden.');
    }
  },
};
