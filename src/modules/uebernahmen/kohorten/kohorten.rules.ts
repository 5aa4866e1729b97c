/** Pure rules of cohorts (no I/O): the default schedule, who belongs to a Verbund. */

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

/** A row of the directory as far as the Verbund rules need it. */
export interface VerzeichnisZeile { id: string; typ: string; kreis_id: string | null }

/**
 * Which kind of Verbund a Kommune can carry (decision 0140): a Landkreis for the Gemeinden of its Kreis; a Gemeinde
 * or Stadt inside a Gemeindeverband (Amt, Verbandsgemeinde, Samtgemeinde: digits 6–9 of the ARS not „0000“) for
 * the Gemeinden of that Verband. Kreisfreie Städte and Länder carry none.
 */
export function verbundArt(t: VerzeichnisZeile): 'kreis' | 'verband' | null {
  if (t.typ === 'Landkreis') return 'kreis';
  if ((t.typ === 'Gemeinde' || t.typ === 'Stadt') && t.id.slice(5, 9) !== '0000') return 'verband';
  return null;
}

/** Whether Gemeinde `g` belongs to the Verbund carried by `t` (same Kreis, or same Gemeindeverband: first 9 ARS digits). */
export function gehoertZumVerbund(t: VerzeichnisZeile, g: VerzeichnisZeile): boolean {
  const art = verbundArt(t);
  if (g.typ !== 'Gemeinde' && g.typ !== 'Stadt') return false;
  if (art === 'kreis') return g.kreis_id === t.id;
  if (art === 'verband') return g.id.slice(0, 9) === t.id.slice(0, 9);
  return false;
}
