/** Fehlerfabrik des Stop-Doing-Reviews: stabile Codes, deutsche Meldungen. */
import { AppError } from '../../../core/errors.ts';

export const pruefungFehler = {
  nichtGefunden: () => new AppError(404, 'massnahme.nicht_gefunden', 'Die Maßnahme wurde nicht gefunden.'),
  begruendungFehlt: () => new AppError(422, 'massnahme_pruefung.begruendung_fehlt', 'Begründung: Bitte begründen Sie die Entscheidung – ohne Begründung wird nichts gespeichert.', [{ feld: 'begruendung' }]),
  datumInZukunft: () => new AppError(422, 'massnahme_pruefung.datum_zukunft', 'Datum: Eine Entscheidung kann nicht in der Zukunft liegen.', [{ feld: 'datum' }]),
  schonBeendet: () => new AppError(409, 'massnahme_pruefung.schon_beendet', 'Diese Maßnahme ist bereits beendet.'),
};
