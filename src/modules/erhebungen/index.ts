/**
 * Modul „erhebungen“: Selbstchecks „Lernende Organisation“ und „Digitale Kommune“ (Fragebögen als Daten,
 * Runden, Teambefragung, Vergleich aus veröffentlichten Bereichen, Studienwerte, Lücken → Bedarfe,
 * PDF, CSV). Manifest.
 */
import type { LotseModul } from '../../core/modul.ts';
import { erhebungenRoutes } from './erhebungen.routes.ts';
import { erhebungenHintergrund, fragebogenStart } from './erhebungen.demo.ts';

/** The latest submitted self-check answers of a Kommune (for the transferability check of „uebernahmen“). */
export { letzteAntworten, type LetzteAntworten } from './runden/letzte-antworten.ts';

export const manifest: LotseModul = {
  name: 'erhebungen',
  routen: erhebungenRoutes,
  // Questionnaires (always), demo rounds, then the scheduled peer comparison (docs/decisions/0042).
  start: [fragebogenStart],
  hintergrund: [erhebungenHintergrund],
  bench: {
    erhebungen: async () => (await import('../../../bench/erhebungen/peer.ts')).run(),
    // Lösungsvorschläge zu Lücken gegen die Labeldatei, vorher/nachher (Issue 10, Punkt 3; Entscheidung 0126).
    luecken_qualitaet: async () => (await import('../../../bench/erhebungen/luecken-qualitaet.ts')).run(),
  },
};
