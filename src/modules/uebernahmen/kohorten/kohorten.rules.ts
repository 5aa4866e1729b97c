/** Pure rules of cohorts (no I/O): the default schedule. */

/** `tag` (YYYY-MM-DD) plus `monate` months; the day is clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function plusMonate(tag: string, monate: number): string {
  const [j, m, d] = tag.split('-').map(Number);
  const erster = new Date(Date.UTC(j, m - 1 + monate, 1));
  const letzter = new Date(Date.UTC(erster.getUTCFullYear(), erster.getUTCMonth() + 1, 0)).getUTCDate();
  erster.setUTCDate(Math.min(d, letzter));
  return erster.toISOString().slice(0, 10);
}

/** URBACT's schedule: a transfer plan by month 3, a review at month 12. */
export function zeitplan(start: string): { transferplanBis: string; reviewAm: string } {
  return { transferplanBis: plusMonate(start, 3), reviewAm: plusMonate(start, 12) };
}
