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

export interface GruppeImBestand {
  id: string;
  begriff: string;
  synonyme: string[];
}

export interface Doppelung {
  /** The term as the user entered it. */
  begriff: string;
  /** Main terms of the groups it already belongs to. */
  gruppen: string[];
}

/**
 * First entered term that another group already contains. `schluessel` is the key under which the
 * matcher looks terms up (case, umlauts/ß and one inflection ending folded), so a term counts as the
 * same exactly when the thesaurus would treat it as the same. `bisher` are the entry's own terms before
 * an edit: keeping them is always allowed (the seed has a few terms in two groups).
 */
export function findeDoppelung(
  eingegeben: string[],
  bestand: GruppeImBestand[],
  schluessel: (s: string) => string,
  bisher: string[] = [],
): Doppelung | null {
  const eigene = new Set(bisher.map(schluessel));
  const nachSchluessel = new Map<string, string[]>();
  for (const g of bestand) {
    for (const b of [g.begriff, ...g.synonyme]) {
      const k = schluessel(b);
      if (!k) continue;
      const l = nachSchluessel.get(k) ?? [];
      if (!l.includes(g.begriff)) l.push(g.begriff);
      nachSchluessel.set(k, l);
    }
  }
  for (const e of eingegeben) {
    const k = schluessel(e);
    if (!k || eigene.has(k)) continue;
    const gruppen = nachSchluessel.get(k);
    if (gruppen?.length) return { begriff: e.trim(), gruppen };
  }
  return null;
}
