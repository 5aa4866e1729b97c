/**
 * Fehlerfabrik des Moduls „erhebungen“: stabile Codes, deutsche Meldungen. Jeder Fehler des Moduls entsteht hier.
 */
import { AppError, fehler } from '../../core/errors.ts';
import { K_MINDEST } from './vergleich/vergleich.rules.ts';

const iso = (d: Date | string | null) => (d === null ? null : (d instanceof Date ? d : new Date(d)).toISOString());

export const erhebungFehler = {
  rundeNichtGefunden: () => new AppError(404, 'erhebung.nicht_gefunden', 'Die Erhebung wurde nicht gefunden.'),
  fragebogenNichtGefunden: () => new AppError(404, 'fragebogen.nicht_gefunden', 'Der Fragebogen wurde nicht gefunden.'),
  teamNichtGefunden: () => new AppError(404, 'erhebung.link_ungueltig', 'Dieser Link ist ungültig oder die Befragung existiert nicht mehr.'),
  bereitsAbgeschlossen: () =>
    fehler.konflikt('erhebung.bereits_abgeschlossen', 'Diese Erhebung ist bereits abgeschlossen. Starten Sie für eine neue Einschätzung eine neue Runde.'),
  antwortUngueltig: (details: unknown[]) =>
    new AppError(400, 'erhebung.antwort_ungueltig', 'Einige Antworten passen nicht zum Fragebogen. Bitte prüfen Sie die markierten Fragen.', details),
  teamModusSpeichern: () => fehler.konflikt('erhebung.team_modus', 'In einer Team-Runde antworten Beschäftigte über den anonymen Link.'),
  teamModusAbschliessen: () => fehler.konflikt('erhebung.team_modus', 'Eine Team-Runde schließt ein Kommune-Admin über „Team-Befragung beenden“.'),
  keinTeamModus: () => fehler.konflikt('erhebung.kein_team_modus', 'Diese Runde ist keine Team-Befragung.'),
  unvollstaendig: (details: unknown[]) =>
    fehler.unverarbeitbar(
      'erhebung.unvollstaendig',
      'Für einige Bereiche fehlen noch Antworten. Bitte beantworten Sie mindestens die Hälfte der Fragen je Bereich.',
      details,
    ),
  geschlossen: () => fehler.konflikt('erhebung.geschlossen', 'Diese Befragung ist beendet; Antworten sind nicht mehr möglich.'),
  bereitsAbgeschickt: () =>
    fehler.konflikt('erhebung.bereits_abgeschickt', 'Von diesem Browser wurde bereits eine Antwort abgeschickt. Je Person ist eine Antwort möglich.'),
  leer: () => fehler.unverarbeitbar('erhebung.leer', 'Bitte beantworten Sie mindestens eine Frage.'),
  zuWenigeTeamAntworten: (anzahl: number, mindestens: number) =>
    fehler.unverarbeitbar(
      'erhebung.zu_wenige_antworten',
      `Ergebnisse erscheinen erst ab ${mindestens} Antworten, damit niemand erkennbar ist. Es haben ${anzahl} Personen geantwortet.`,
      [{ anzahl, mindestens }],
    ),
  zuWenigeFuerLuecken: () =>
    fehler.unverarbeitbar('erhebung.zu_wenige_antworten', `Lücken lassen sich erst ab ${K_MINDEST} Antworten zeigen.`, [{ mindestens: K_MINDEST }]),
  teamLaeuft: (anzahl: number, schliesstAm: Date | null) =>
    fehler.unverarbeitbar(
      'erhebung.team_laeuft',
      `Die Befragung läuft noch. Ergebnisse erscheinen, wenn sie beendet ist und mindestens ${K_MINDEST} Antworten hat – so lässt sich aus Zwischenständen keine einzelne Antwort herausrechnen. Bisher: ${anzahl}.`,
      [{ anzahl, mindestens: K_MINDEST, schliesstAm: iso(schliesstAm) }],
    ),
  keineGroessenklasse: () =>
    fehler.unverarbeitbar('erhebung.keine_groessenklasse', 'Für diese Kommune ist keine Größenklasse bekannt; ein Vergleich ist nicht möglich.'),
  teamAnonym: () =>
    fehler.unverarbeitbar(
      'erhebung.team_anonym',
      'Die Einzelantworten einer Team-Befragung werden nicht exportiert, damit sie anonym bleiben. Nutzen Sie den PDF-Bericht.',
    ),
  unbekannteDimensionen: (ids: string[]) =>
    fehler.validierung(ids.map((d) => ({ ort: 'body', pfad: '/dimensionen', meldung: `Unbekannte Dimension: ${d}` }))),
};
