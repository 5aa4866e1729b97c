/**
 * Error factory of the module „loesungen“: stable codes (clients and tests match on them), German messages.
 * Every error the module raises is built here.
 */
import { AppError, fehler } from '../../core/errors.ts';

export const loesungFehler = {
  nichtGefunden: () => fehler.nichtGefunden('loesung.nicht_gefunden', 'Die Lösung wurde nicht gefunden.'),
  statusUngueltig: (meldung: string, details: unknown[]) => new AppError(409, 'loesung.status_ungueltig', meldung, details),
  nichtBearbeitbar: (meldung: string) => new AppError(409, 'loesung.nicht_bearbeitbar', meldung),
  keineAenderung: () => new AppError(400, 'loesung.keine_aenderung', 'Die Anfrage enthält keine Änderung.'),
  spannen: (details: unknown[]) => fehler.validierung(details),
  begruendungFehlt: () => fehler.unverarbeitbar('pruefung.begruendung_fehlt', 'Bitte begründen Sie die Zurückweisung im Kommentar.', [{ pfad: 'kommentar' }]),
  ueberarbeitungNichtGefunden: () => fehler.nichtGefunden('ueberarbeitung.nicht_gefunden', 'Zu dieser Lösung gibt es keine offene Überarbeitung.'),
  nutzungHerkunft: () => new AppError(409, 'nutzung.herkunft', 'Die Herkunftskommune nutzt ihre Lösung bereits; bitte melden Sie die Nutzung einer anderen Kommune.'),
};

export const siegelFehler = {
  nichtVeroeffentlicht: () => new AppError(409, 'siegel.nicht_veroeffentlicht', 'Das Siegel kann nur an veröffentlichte Lösungen vergeben werden.'),
  nichtGefunden: () => new AppError(404, 'siegel.nicht_gefunden', 'Diese Lösung trägt kein Siegel.'),
  kriterienNichtErfuellt: (details: unknown[]) =>
    fehler.unverarbeitbar('siegel.kriterien_nicht_erfuellt', 'Das Siegel „Bewährt“ kann nur vergeben werden, wenn alle Kriterien erfüllt und begründet sind.', details),
  zuWenigeKommunen: (nutzendeKommunen: number, mindestens: number) =>
    fehler.unverarbeitbar('siegel.zu_wenige_kommunen', `Die Lösung wird erst in ${nutzendeKommunen} Kommune(n) genutzt; für das Siegel sind mindestens ${mindestens} nötig.`, [{ kriterium: 'mind_zwei_kommunen', nutzendeKommunen }]),
};

export const importFehler = {
  leer: () => fehler.unverarbeitbar('import.leer', 'Die Datei enthält keine Lösungen.'),
  ungueltig: (zeilenMitFehler: number, gesamt: number, details: unknown[]) =>
    fehler.unverarbeitbar('import.ungueltig', `${zeilenMitFehler} von ${gesamt} ${gesamt === 1 ? 'Zeile' : 'Zeilen'} ${zeilenMitFehler === 1 ? 'ist' : 'sind'} ungültig. Es wurde nichts importiert.`, details),
  csvUngueltig: (details: unknown[]) => fehler.unverarbeitbar('import.csv_ungueltig', 'Die CSV-Datei kann nicht gelesen werden.', details),
  jsonUngueltig: (meldung: string, details: unknown[] = []) => fehler.unverarbeitbar('import.json_ungueltig', meldung, details),
  format: () => new AppError(400, 'import.format', 'Bitte eine .json- oder .csv-Datei angeben.'),
};
