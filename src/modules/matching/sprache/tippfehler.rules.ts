/**
 * Typo correction: edit distance, choice of corrections, and an in-memory trigram index over the catalogue
 * vocabulary for candidates (same similarity as pg_trgm).
 */

export interface Korrektur {
  wort: string;
  abstand: number;
  /** another form of the same (correct) word, not a typo: explained as word family */
  form?: boolean;
}

/** Maximal edit distance accepted as a typo for a word of this length. */
export const maxAbstand = (laenge: number) => (laenge <= 4 ? 1 : laenge <= 7 ? 1 : laenge <= 12 ? 2 : 3);

/** Levenshtein distance (for typo candidates from the thesaurus; the catalogue vocabulary uses pg_trgm). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Levenshtein distance if it is at most `max`, otherwise some value above `max`: stops as soon as a whole row
 * exceeds `max` (row minima never decrease). Same answer as `levenshtein` wherever it is ≤ max, far cheaper
 * for the many typo candidates that are not close (a typo lookup compares a word with ~1,000 candidates).
 */
export function levenshteinBis(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let zeilenMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < zeilenMin) zeilenMin = v;
    }
    if (zeilenMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Picks typo corrections for a key from candidates (key → spelling, with document frequency):
 * within `maxAbstand`, nearest first, then the more frequent; at most two.
 */
export function waehleKorrekturen(key: string, kandidaten: { key: string; wort: string; df: number }[]): Korrektur[] {
  const max = maxAbstand(key.length);
  const nah: { key: string; wort: string; df: number; abstand: number }[] = [];
  for (const c of kandidaten) {
    if (c.key === key || Math.abs(c.key.length - key.length) > max) continue;
    const abstand = levenshteinBis(key, c.key, max);
    if (abstand <= max) nah.push({ ...c, abstand });
  }
  return nah
    .sort((a, b) => a.abstand - b.abstand || b.df - a.df || a.key.localeCompare(b.key))
    .slice(0, 2)
    .map((c) => ({ wort: c.wort, abstand: c.abstand }));
}

/** Trigrams of a key as pg_trgm forms them (word padded with two blanks in front, one behind). */
export function trigramme(key: string): string[] {
  const p = `  ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  return [...out];
}

export interface VokabelEintrag {
  key: string;
  wort: string;
  df: number;
}

/**
 * In-memory trigram index over the catalogue vocabulary (same similarity as pg_trgm:
 * shared / (|A| + |B| − shared)). Answers typo lookups in well under a millisecond.
 */
export class TrigrammIndex {
  private readonly eintraege: VokabelEintrag[];
  private readonly anzahl: Uint16Array;
  private readonly postings = new Map<string, number[]>();
  constructor(eintraege: VokabelEintrag[]) {
    this.eintraege = eintraege;
    this.anzahl = new Uint16Array(eintraege.length);
    eintraege.forEach((e, i) => {
      const ts = trigramme(e.key);
      this.anzahl[i] = ts.length;
      for (const t of ts) {
        const l = this.postings.get(t);
        if (l) l.push(i);
        else this.postings.set(t, [i]);
      }
    });
  }
  aehnlich(key: string, limit = 8, schwelle = 0.3): VokabelEintrag[] {
    const ts = trigramme(key);
    const gemeinsam = new Map<number, number>();
    for (const t of ts) for (const i of this.postings.get(t) ?? []) gemeinsam.set(i, (gemeinsam.get(i) ?? 0) + 1);
    const out: { e: VokabelEintrag; s: number }[] = [];
    for (const [i, g] of gemeinsam) {
      const s = g / (ts.length + this.anzahl[i] - g);
      if (s >= schwelle) out.push({ e: this.eintraege[i], s });
    }
    return out
      .sort((a, b) => b.s - a.s || b.e.df - a.e.df || (a.e.key < b.e.key ? -1 : 1))
      .slice(0, limit)
      .map((x) => x.e);
  }
}
