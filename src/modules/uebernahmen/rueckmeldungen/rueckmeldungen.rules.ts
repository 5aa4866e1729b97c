/**
 * Pure rules of report-backs: when they are due, and the public figures of a solution (medians only from
 * at least three Kommunen). No I/O; unit tests in rueckmeldungen.rules.test.ts.
 */
import type { RueckmeldungAnlass } from '../uebernahmen.table.ts';

export const ANLAESSE: readonly RueckmeldungAnlass[] = ['golive', '6-monate', '12-monate'];
const MONATE: Record<RueckmeldungAnlass, number> = { golive: 0, '6-monate': 6, '12-monate': 12 };

/** A per-Größenklasse figure is shown only when at least this many Kommunen reported with consent. */
export const MIN_KOMMUNEN_ZAHL = 3;

/** Adds months to a date (YYYY-MM-DD), clamped to the end of the month (31 Aug + 6 → 28/29 Feb). */
export function plusMonate(datum: string, monate: number): string {
  const [j, m, t] = datum.split('-').map(Number);
  const ziel = new Date(Date.UTC(j, m - 1 + monate, 1));
  const letzter = new Date(Date.UTC(ziel.getUTCFullYear(), ziel.getUTCMonth() + 1, 0)).getUTCDate();
  ziel.setUTCDate(Math.min(t, letzter));
  return ziel.toISOString().slice(0, 10);
}

export interface Faelligkeit {
  anlass: RueckmeldungAnlass;
  faellig: string;
}

/** Report-backs still open for a project that went live on `golive` (none before go-live). */
export function offeneRueckmeldungen(golive: string | null, gemeldet: readonly RueckmeldungAnlass[]): Faelligkeit[] {
  if (!golive) return [];
  return ANLAESSE.filter((a) => !gemeldet.includes(a)).map((a) => ({ anlass: a, faellig: plusMonate(golive, MONATE[a]) }));
}

/** Median of a list of numbers (null for an empty list). */
export function median(werte: readonly number[]): number | null {
  if (!werte.length) return null;
  const s = [...werte].sort((a, b) => a - b);
  const mitte = Math.floor(s.length / 2);
  return s.length % 2 ? s[mitte] : (s[mitte - 1] + s[mitte]) / 2;
}
