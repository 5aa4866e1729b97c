/** Fehlerfabrik der Prozesse und Ereignisprotokolle: stabile Codes, deutsche Meldungen. */
import { AppError, fehler } from '../../../core/errors.ts';
import type { Zeilenfehler } from './csv.rules.ts';

export const MAX_DATEI_MB = 25;

const zahl = (n: number) => n.toLocaleString('de-DE');

export const prozessFehler = {
  nichtGefunden: () => fehler.nichtGefunden('kaizen.prozess.nicht_gefunden', 'Der Prozess wurde nicht gefunden.'),
  kommuneWaehlen: () =>
    fehler.unverarbeitbar('kaizen.kommune_waehlen', 'Ihr Konto gehört zu mehreren Kommunen. Bitte geben Sie an, für welche Kommune Sie den Prozess anlegen (Feld „kommune“).', [{ pfad: 'kommune' }]),
  nameVergeben: (name: string) => fehler.konflikt('kaizen.prozess.name_vergeben', `Einen Prozess „${name}“ gibt es in dieser Kommune schon.`),
  dateiFehlt: () =>
    fehler.unverarbeitbar('kaizen.ereignisse.leer', 'Es wurde keine Datei übermittelt. Bitte senden Sie das Ereignisprotokoll als CSV (Inhaltstyp text/csv).'),
  keinCsv: () =>
    new AppError(415, 'kaizen.ereignisse.medientyp', 'Bitte senden Sie das Ereignisprotokoll als CSV-Datei (Inhaltstyp text/csv), nicht als JSON.'),
  zuGross: () =>
    new AppError(413, 'kaizen.ereignisse.zu_gross', `Die Datei ist größer als ${MAX_DATEI_MB} MB. Bitte teilen Sie das Ereignisprotokoll auf mehrere Dateien auf (z. B. je Quartal) und lesen Sie sie nacheinander ein.`),
  /** The CSV has errors: nothing was imported. Details: the first row errors and their total. */
  csvUngueltig: (fehlerliste: Zeilenfehler[], anzahl: number) =>
    fehler.unverarbeitbar(
      'kaizen.ereignisse.ungueltig',
      anzahl === 1
        ? `Das Ereignisprotokoll enthält einen Fehler; es wurde nichts übernommen. ${fehlerliste[0].meldung}`
        : `Das Ereignisprotokoll enthält ${zahl(anzahl)} Fehler; es wurde nichts übernommen. ${fehlerliste[0].meldung}${anzahl > fehlerliste.length ? ` (die ersten ${zahl(fehlerliste.length)} stehen in den Details)` : ''}`,
      [...fehlerliste, { anzahlFehler: anzahl }],
    ),
};
