/**
 * German compound splitting (Komposita): known parts, linking elements (Fugen), elided e, inflected heads.
 * The lexicon is built from the catalogue, the thesaurus and a base word list.
 */
import { BASISLEXIKON, KEIN_KOPF, STOPPWOERTER } from './woerter.ts';

export interface Lexikon {
  has(key: string): boolean;
}

/** Linking elements (Fugenelemente) between the parts of a compound. */
export const FUGEN = ['', 's', 'es', 'n', 'en', 'er', 'e'] as const;
/** Inflection endings: "rechnung" is known if the lexicon holds "rechnungen". */
const ENDUNGEN = ['en', 'n', 'e', 's', 'es', 'er', 'ern'] as const;

export interface ZerlegeOptionen {
  /** Minimal length of a part (default 3; parts of length 3 must be in the lexicon exactly). */
  minTeil?: number;
  /** Minimal length of a word to be split (default 6). */
  minWort?: number;
}

/** Lexicon form of a non-final part, or null. */
function bestimmungswort(p: string, lex: Lexikon, minTeil: number): string | null {
  if (p.length < minTeil || STOPPWOERTER.has(p)) return null;
  if (lex.has(p)) return p;
  if (p.length < 4) return null;
  if (lex.has(p + 'e')) return p + 'e'; // elided e: "Schul|weg" ← "Schule"
  // known only in an inflected form ("rechnung" ← "rechnungen"): only for longer parts, short ones
  // produce false splits ("aus|s|tellen")
  if (p.length >= 5) for (const e of ENDUNGEN) if (lex.has(p + e)) return p;
  return null;
}

/** Lexicon form of the final part (head), or null. */
function grundwort(p: string, lex: Lexikon, minTeil: number): string | null {
  if (p.length < minTeil || STOPPWOERTER.has(p) || KEIN_KOPF.has(p)) return null;
  if (lex.has(p)) return p;
  if (p.length < 4) return null;
  for (const e of ENDUNGEN) {
    if (p.length - e.length >= 3 && p.endsWith(e) && lex.has(p.slice(0, -e.length)) && !KEIN_KOPF.has(p.slice(0, -e.length))) return p.slice(0, -e.length);
    if (lex.has(p + e)) return p;
  }
  return null;
}

interface Zerlegung {
  teile: string[];
  fugen: number;
  quadrate: number;
}

const besser = (a: Zerlegung, b: Zerlegung | null) =>
  !b || a.teile.length < b.teile.length || (a.teile.length === b.teile.length && (a.fugen < b.fugen || (a.fugen === b.fugen && a.quadrate > b.quadrate)));

/**
 * Splits a German compound (given as key) into known parts: "rechnungsworkflow" → ["rechnung", "workflow"],
 * "glasfaserausbau" → ["glasfaser", "ausbau"]. Handles linking elements (-s-, -es-, -n-, -en-, -er-, -e-),
 * an elided final e ("schulweg" → "schule", "weg") and inflected heads ("workflows" → "workflow").
 * Prefers the split with the fewest parts, then the fewest linking letters, then the longest parts.
 * Returns null if the word is not a compound of known parts.
 */
export function zerlege(wort: string, lex: Lexikon, opts: ZerlegeOptionen = {}): string[] | null {
  const minTeil = opts.minTeil ?? 3;
  const minWort = opts.minWort ?? 6;
  const n = wort.length;
  if (n < minWort || !/^[a-z]+$/.test(wort)) return null;
  const memo = new Map<number, Zerlegung | null>();
  const ab = (i: number): Zerlegung | null => {
    if (memo.has(i)) return memo.get(i)!;
    let best: Zerlegung | null = null;
    for (let j = i + minTeil; j <= n; j++) {
      const stueck = wort.slice(i, j);
      if (j === n) {
        if (i === 0) continue; // the whole word is not a split
        const g = grundwort(stueck, lex, minTeil);
        if (g) {
          const z = { teile: [g], fugen: 0, quadrate: stueck.length ** 2 };
          if (besser(z, best)) best = z;
        }
        continue;
      }
      const b = bestimmungswort(stueck, lex, minTeil);
      if (!b) continue;
      for (const f of FUGEN) {
        if (f && !wort.startsWith(f, j)) continue;
        const k = j + f.length;
        if (k >= n) continue;
        const rest = ab(k);
        if (!rest) continue;
        const z = { teile: [b, ...rest.teile], fugen: rest.fugen + f.length, quadrate: rest.quadrate + stueck.length ** 2 };
        if (besser(z, best)) best = z;
      }
    }
    memo.set(i, best);
    return best;
  };
  return ab(0)?.teile ?? null;
}

/** All parts of a compound, recursively (parts of parts), without duplicates. */
export function alleTeile(wort: string, lex: Lexikon, opts: ZerlegeOptionen = {}, tiefe = 2): string[] {
  const teile = zerlege(wort, lex, opts);
  if (!teile) return [];
  const out = new Set<string>(teile);
  if (tiefe > 1) for (const t of teile) for (const u of alleTeile(t, lex, opts, tiefe - 1)) out.add(u);
  return [...out];
}

/** A lexicon from sets of keys plus the built-in base lexicon. */
export function baueLexikon(...quellen: Iterable<string>[]): Set<string> {
  const s = new Set<string>(BASISLEXIKON);
  for (const q of quellen) for (const w of q) if (w.length >= 3 && !STOPPWOERTER.has(w)) s.add(w);
  return s;
}
