/** Pure rules of the thesaurus maintenance. */

/** Trims, removes empty entries, duplicates (case-insensitive) and the term itself from the synonyms. */
export function bereinigeSynonyme(begriff: string, synonyme: string[]): string[] {
  const gesehen = new Set([begriff.trim().toLocaleLowerCase('de-DE')]);
  const out: string[] = [];
  for (const s of synonyme.map((x) => x.trim().replace(/\s+/g, ' '))) {
    const k = s.toLocaleLowerCase('de-DE');
    if (!s || gesehen.has(k)) continue;
    gesehen.add(k);
    out.push(s);
  }
  return out;
}
