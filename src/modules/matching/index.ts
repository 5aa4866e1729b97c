/**
 * Modul „matching“: findet zu einem Text passende Lösungen und begründet jeden Treffer (Komposita,
 * Umlaute, Tippfehler, Thesaurus, strukturierte Signale). Öffentliches Gesicht und Manifest.
 *
 * Andere Module rufen genau eine Funktion: `findeLoesungen()`; nach Änderungen am Text einer Lösung
 * `indexiereLoesung()`.
 */
import type { LotseModul } from '../../core/modul.ts';
import { matchingRoutes } from './matching.routes.ts';
import { matchingStart } from './matching.start.ts';
import { thesaurusReferenzdaten } from './thesaurus/thesaurus.start.ts';

export { findeLoesungen, type MatchAnfrage, type MatchErgebnis } from './matching.ts';
export { indexiereLoesung } from './matching.index.ts';
/** Unmet demand (needs without a „gut“ hit) for the Transferstelle's demand view (issue 10). */
export { ungedeckteNachfrage, pruefeBedarf, type UngedeckteNachfrage } from './ungedeckt/ungedeckt.usecases.ts';
/** Learning from the Lotsen's decisions (issue 10 item 5, docs/decisions/0124, 0139): `lernKontext(db)` before, `lerneAusEntscheidung` inside the deciding transaction. */
export { speichereLernsignale as lerneAusEntscheidung, lernKontext, type LernQuelle } from './lernen/lernen.usecases.ts';
/** Response schema of one match (other modules embed matches in their responses). */
export { matchingTreffer } from './matching.schemas.ts';

export const manifest: LotseModul = {
  name: 'matching',
  routen: matchingRoutes,
  // Reference data first (thesaurus seed versions, docs/decisions/0051); then, after the solutions (demo
  // content), the search index is built if it is missing or stale.
  start: [thesaurusReferenzdaten],
  // After the demo solutions (background): (re)builds the search index if solutions wait for it.
  hintergrund: [matchingStart],
  bench: {
    matching_qualitaet: async () => (await import('../../../bench/matching/qualitaet.ts')).run(),
    matching_latenz: async () => (await import('../../../bench/matching/latenz.ts')).run(),
    // Health of the server while the matcher is saturated (issue 7, docs/decisions/0026).
    matching_last: async () => (await import('../../../bench/matching/last.ts')).run(),
  },
};
