/**
 * Scoring of one candidate: per concept the best variant (idf × field × kind of match), times structured
 * signals (Handlungsfeld, Größenklasse, Siegel, Wirkung, Nutzung). The German reasons are built in
 * gruende.rules.ts.
 */
import { groessenklasseName, groessenklasseSpanne, type GroessenklasseArt } from '../../kommunen/index.ts';
import { EIGENE_ARTEN, FAKTOR, type Konzept, type Lexeme, type Variante } from '../anfrage/erweiterung.rules.ts';
import {
  grundFuerTeile,
  grundFuerVariante,
  grundGroessenklasse,
  grundHandlungsfeld,
  grundNutzung, grundWirkungBerichtet,
  grundSiegel,
  grundWirkung,
  type Grund,
  type GrundArt,
} from './gruende.rules.ts';

export type { Grund, GrundArt } from './gruende.rules.ts';

export type Feld = 'A' | 'B' | 'C' | 'D';
/** Weight of a match by field: A title, B summary/problem/tags, C approach, D further text. */
export const FELD_FAKTOR: Record<Feld, number> = { A: 1, B: 0.8, C: 0.55, D: 0.35 };

export interface Kandidat {
  id: string;
  externalId: string | null;
  titel: string;
  sprache: string;
  handlungsfeld: string | null;
  wirkungsstufe: number | null;
  siegel: boolean;
  /** Kommunen that use the solution: declared in the catalogue or with an adoption project in operation. */
  nutzungen: number;
  /** Adopting Kommunen that reported an effect from step 4 (consented report-backs, counted from 3 reporting). */
  wirkungBerichtet: number;
  herkunftGroessenklasse: number | null;
  /** Which table of the study the class belongs to (a Kreis class 1 is not a city class 1). */
  herkunftArt: GroessenklasseArt | null;
  /** matched lexeme → best field */
  treffer: Map<string, Feld>;
}

export interface Signale {
  handlungsfeld?: string | null;
  groessenklasse?: number | null;
  groessenklasseArt?: GroessenklasseArt | null;
}

export interface Bewertung {
  score: number;
  text: number;
  bonus: number;
  reasons: Grund[];
}

export const BONUS = { handlungsfeld: 0.15, groessenklasseGleich: 0.06, groessenklasseNah: 0.03, siegel: 0.05, wirkungJeStufe: 0.01, nutzungMax: 0.04, wirkungBerichtetMax: 0.04 };
/** Coordination: text score × (share of the query's concepts found)^exponent (0 = off). */
export const KOORDINATION = { exponent: 0 };

interface Treffer {
  wert: number;
  grund: { art: GrundArt; text: string } | null;
  /** the best-matching variant word, for the list of matched words */
  woerter: string[];
}

/** Mean idf of a variant's lexemes in one language, with the bonus for several lexemes (a phrase). */
function lexemWert(ls: string[], idf: (l: string) => number): number {
  return (ls.reduce((s, x) => s + idf(x), 0) / ls.length) * (ls.length > 1 ? 1 + 0.15 * (ls.length - 1) : 1);
}

/**
 * What the word itself (as written or in the catalogue's spelling) would weigh in this language: the upper bound of
 * an expansion through an ambiguous thesaurus group, so that a term of another sense never counts more than the word
 * (docs/decisions/0127). Infinity when the word has no lexeme in this language.
 */
function eigenWert(c: Konzept, sprache: 'de' | 'en', lex: (w: string) => Lexeme | undefined, idf: (l: string) => number): number {
  let best = 0;
  for (const v of c.varianten) {
    if (!EIGENE_ARTEN.has(v.art)) continue;
    const ls = lex(v.wort)?.[sprache] ?? [];
    if (ls.length) best = Math.max(best, lexemWert(ls, idf));
  }
  return best > 0 ? best : Infinity;
}

/** Does a variant count for this candidate (a domain variant only when the query or the solution is in the domain)? */
const imSinn = (v: Variante, k: Pick<Kandidat, 'handlungsfeld'>, s: Signale) => !v.domaene || v.domaene === s.handlungsfeld || v.domaene === k.handlungsfeld;

function variantenTreffer(
  v: Variante,
  konzeptText: string,
  k: Kandidat,
  lex: (w: string) => Lexeme | undefined,
  idf: (l: string) => number,
  deckel: number,
): Treffer | null {
  const l = lex(v.wort);
  const ls = l ? (k.sprache === 'en' ? l.en : l.de) : [];
  if (!ls.length) return null;
  let feld = 1;
  let bestesFeld: Feld = 'D';
  for (const x of ls) {
    const f = k.treffer.get(x);
    if (!f) return null;
    feld = Math.min(feld, FELD_FAKTOR[f]);
    if (FELD_FAKTOR[f] >= FELD_FAKTOR[bestesFeld]) bestesFeld = f;
  }
  const wert = v.faktor * feld * (v.mehrdeutig ? Math.min(lexemWert(ls, idf), deckel) : lexemWert(ls, idf));
  return { wert, grund: grundFuerVariante(v.art, konzeptText, v.wort, bestesFeld), woerter: [v.wort] };
}

function konzeptTreffer(c: Konzept, k: Kandidat, s: Signale, lex: (w: string) => Lexeme | undefined, idf: (l: string) => number): Treffer | null {
  let best: Treffer | null = null;
  const deckel = eigenWert(c, k.sprache === 'en' ? 'en' : 'de', lex, idf);
  for (const v of c.varianten) {
    if (!imSinn(v, k, s)) continue;
    const t = variantenTreffer(v, c.text, k, lex, idf, deckel);
    if (t && (!best || t.wert > best.wert)) best = t;
  }
  if (c.teile?.length) {
    const ts = c.teile.map((t) => konzeptTreffer(t, k, s, lex, idf));
    const getroffen = ts.filter((t): t is Treffer => !!t);
    if (getroffen.length) {
      const faktor = c.teileArt === 'phrase' ? FAKTOR.phrase : FAKTOR.teile;
      const wert = (faktor * getroffen.reduce((s, t) => s + t.wert, 0)) / c.teile.length;
      if (!best || wert > best.wert) {
        const namen = c.teile.map((t) => t.text);
        const gef = c.teile.filter((_, i) => ts[i]).map((t) => t.text);
        const innen = getroffen.map((t) => t.grund).filter((g): g is NonNullable<Treffer['grund']> => !!g && g.art !== 'begriff');
        best = { wert, grund: grundFuerTeile(c.text, c.teileArt ?? 'kompositum', namen, gef, innen), woerter: getroffen.flatMap((t) => t.woerter) };
      }
    }
  }
  return best;
}

/** Best possible weight of a concept (for normalising the score to about 0…1). */
export function konzeptGewicht(c: Konzept, lex: (w: string) => Lexeme | undefined, idf: (l: string) => number, df: (l: string) => number): number {
  let best = 0;
  const deckel = { de: eigenWert(c, 'de', lex, idf), en: eigenWert(c, 'en', lex, idf) };
  for (const v of c.varianten) {
    const l = lex(v.wort);
    for (const sprache of ['de', 'en'] as const) {
      const ls = l?.[sprache] ?? [];
      if (!ls.length || ls.some((x) => df(x) === 0)) continue;
      const w = ls.reduce((s, x) => s + idf(x), 0) / ls.length;
      best = Math.max(best, v.faktor * (v.mehrdeutig ? Math.min(w, deckel[sprache]) : w));
    }
  }
  if (c.teile?.length) {
    const w = c.teile.reduce((s, t) => s + konzeptGewicht(t, lex, idf, df), 0) / c.teile.length;
    best = Math.max(best, FAKTOR.teile * w);
  }
  return best;
}

/** Inverse document frequency (BM25 form, always > 0). */
export const idfWert = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/**
 * Score of one candidate: text relevance (sum over concepts of the best variant: idf × field × kind of
 * match) times (1 + bonus for structured signals). Returns the German explanations.
 */
export function bewerte(
  konzepte: Konzept[],
  k: Kandidat,
  s: Signale,
  lex: (w: string) => Lexeme | undefined,
  idf: (l: string) => number,
  norm: number,
): Bewertung {
  const gruende: { wert: number; g: Grund }[] = [];
  let text = 0;
  let gefunden = 0;
  for (const c of konzepte) {
    const t = konzeptTreffer(c, k, s, lex, idf);
    if (!t) continue;
    text += t.wert;
    gefunden++;
    if (t.grund) gruende.push({ wert: t.wert, g: c.stelle ? { ...t.grund, stelle: c.stelle } : t.grund });
  }
  gruende.sort((a, b) => b.wert - a.wert);
  const reasons: Grund[] = gruende.map((x) => x.g);
  let bonus = 0;
  if (s.handlungsfeld && k.handlungsfeld && s.handlungsfeld === k.handlungsfeld) {
    bonus += BONUS.handlungsfeld;
    reasons.push(grundHandlungsfeld(k.handlungsfeld));
  }
  if (s.groessenklasse && k.herkunftGroessenklasse && s.groessenklasseArt && k.herkunftArt === s.groessenklasseArt) {
    const d = Math.abs(s.groessenklasse - k.herkunftGroessenklasse);
    const name = groessenklasseSpanne(k.herkunftArt, k.herkunftGroessenklasse) ? groessenklasseName(k.herkunftArt, k.herkunftGroessenklasse) : String(k.herkunftGroessenklasse);
    if (d === 0) {
      bonus += BONUS.groessenklasseGleich;
      reasons.push(grundGroessenklasse('gleich', name));
    } else if (d === 1) {
      bonus += BONUS.groessenklasseNah;
      reasons.push(grundGroessenklasse('nah', name));
    }
  }
  if (k.siegel) {
    bonus += BONUS.siegel;
    reasons.push(grundSiegel());
  }
  if (k.wirkungsstufe) {
    bonus += BONUS.wirkungJeStufe * k.wirkungsstufe;
    reasons.push(grundWirkung(k.wirkungsstufe));
  }
  if (k.nutzungen > 0) {
    bonus += BONUS.nutzungMax * Math.min(1, Math.log2(1 + k.nutzungen) / 3);
    reasons.push(grundNutzung(k.nutzungen));
  }
  if (k.wirkungBerichtet > 0) {
    bonus += BONUS.wirkungBerichtetMax * Math.min(1, Math.log2(1 + k.wirkungBerichtet) / 3);
    reasons.push(grundWirkungBerichtet(k.wirkungBerichtet));
  }
  if (KOORDINATION.exponent && konzepte.length) text *= (gefunden / konzepte.length) ** KOORDINATION.exponent;
  const score = norm > 0 ? (text / norm) * (1 + bonus) : 0;
  return { score, text, bonus, reasons };
}

