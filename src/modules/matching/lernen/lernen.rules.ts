/**
 * Learning from the Lotsen's decisions (issue 10, item 5; docs/decisions/0124, 0139): a proposal a Kommune accepted,
 * „hilfreich“/„nicht hilfreich“ feedback and „keine passende Lösung“ are stored as signals (solution, the need's
 * concepts, +1/−1, time). A concept is keyed as the matcher understands the word: the stems of the word, of its
 * thesaurus synonyms and word family, and the head of a compound — so „Knöllchen“ and „Strafzettel“ share a key.
 * Each concept weighs by its rarity in the catalogue (idf above a floor: everyday words teach nothing).
 * A new query weighs each signal by how much of both needs' weight their shared concepts carry (the smaller share) and by
 * its age (half-life), sums per solution and saturates; the score is multiplied by at most 1 ± LERNEN.hoechstens.
 * Learning only reorders candidates the text already found; it never brings in a solution on its own.
 */
import type { Grund } from '../bewertung/gruende.rules.ts';
import type { Konzept, Lexeme } from '../anfrage/erweiterung.rules.ts';
import { schluessel } from '../sprache/normalisierung.rules.ts';

/** One concept of a need for learning: its keys (any shared key means the same concept) and its rarity weight. */
export interface LernKonzept {
  s: string[];
  g: number;
}

export interface Lernsignal {
  loesungId: string;
  /** German stems of the need's text at the time of the decision (signals before migration 0177 have only these) */
  lexeme: string[];
  /** the need's concepts at the time of the decision (null for signals before migration 0177) */
  konzepte: LernKonzept[] | null;
  /** +1 accepted / helpful, −1 not helpful / no fitting solution */
  gewicht: number;
  zeitpunkt: Date;
}

/** Parameters (chosen on the learning split of bench/matching/bedarfe.json, see docs/decisions/0139). */
export const LERNEN = {
  /** a signal counts half after so many days */
  halbwertszeitTage: 365,
  /** below this similarity of two needs (share of each need's weight on shared concepts) a signal does not count */
  mindestAehnlichkeit: 0.3,
  /** sum of weighted signals at which the learned value reaches about 0.76 (tanh 1) */
  saettigung: 1,
  /** largest change of the score (factor 1 ± hoechstens) */
  hoechstens: 0.3,
  /** from this learned value on (absolute) the hit carries a reason */
  grund: 0.15,
  /** idf below which a concept teaches nothing (its weight is idf − boden; „online“ 0.09, „Stadt“ 0.4, „Amt“ 1.0) */
  idfBoden: 1,
  /** weight of the head of a compound (and of the words of a phrase), relative to its own idf weight */
  kopf: 0.5,
};

/** Dice coefficient of two stem sets (0…1) — signals written before migration 0177. */
export function aehnlichkeit(anfrage: Set<string>, signal: string[]): number {
  const s = new Set(signal);
  if (!anfrage.size || !s.size) return 0;
  let gemeinsam = 0;
  for (const l of s) if (anfrage.has(l)) gemeinsam++;
  return (2 * gemeinsam) / (anfrage.size + s.size);
}

/**
 * The keys of a concept: the German stems of each variant (word, catalogue spelling, synonyms of unambiguous thesaurus
 * groups, word family, typo corrections). Keys are words, never thesaurus group numbers: a signal keeps the expansion
 * of the day it was written; a query expands with today's thesaurus; they meet when either side links the words.
 */
export function konzeptSchluessel(c: Konzept, lex: (w: string) => Lexeme | undefined): string[] {
  const out = new Set<string>();
  for (const v of c.varianten) {
    if (v.mehrdeutig) continue;
    const de = lex(v.wort)?.de ?? [];
    out.add(de.length ? [...de].sort().join(' ') : schluessel(v.wort));
  }
  return [...out];
}

/**
 * The concepts of a need for learning (the same function at write and at read time): each of the matcher's concepts
 * with weight max(0, gewicht − idfBoden); the head of a compound and the words of a phrase as concepts of their own
 * (times `kopf`). Concepts without weight are left out; the same keys count once (the larger weight).
 */
export function lernKonzepte(konzepte: Konzept[], lex: (w: string) => Lexeme | undefined, gewicht: (c: Konzept) => number, p = LERNEN): LernKonzept[] {
  const nach = new Map<string, LernKonzept>();
  const dazu = (c: Konzept, faktor: number) => {
    const g = faktor * Math.max(0, gewicht(c) - p.idfBoden);
    if (!(g > 0)) return;
    const s = konzeptSchluessel(c, lex);
    if (!s.length) return;
    const id = [...s].sort().join('|');
    const da = nach.get(id);
    if (!da || da.g < g) nach.set(id, { s, g: Math.round(g * 1000) / 1000 });
  };
  for (const c of konzepte) {
    dazu(c, 1);
    if (c.teileArt === 'kompositum' && c.teile?.length) dazu(c.teile[c.teile.length - 1], p.kopf);
    else if (c.teileArt === 'phrase') for (const t of c.teile ?? []) dazu(t, p.kopf);
  }
  return [...nach.values()];
}

/** All keys of a need's concepts (for the indexed lookup). */
export const alleSchluessel = (k: LernKonzept[]) => [...new Set(k.flatMap((c) => c.s))];

/**
 * Similarity of two needs by their concepts (0…1): the share of each need's weight that lies on concepts the other
 * need shares, the smaller of the two. Both needs must be mostly about the shared concepts: one shared rare word in
 * two otherwise different needs („Tablets“ for lending devices vs. for training teachers) is not enough.
 */
export function konzeptAehnlichkeit(anfrage: LernKonzept[], signal: LernKonzept[]): number {
  const summe = (k: LernKonzept[]) => k.reduce((s, c) => s + c.g, 0);
  const qa = summe(anfrage);
  const sa = summe(signal);
  if (!(qa > 0) || !(sa > 0)) return 0;
  const geteilt = (k: LernKonzept[], andere: Set<string>) => summe(k.filter((c) => c.s.some((x) => andere.has(x))));
  return Math.min(geteilt(anfrage, new Set(alleSchluessel(signal))) / qa, geteilt(signal, new Set(alleSchluessel(anfrage))) / sa);
}

/** A query as the learning sees it: its concepts and (for signals before migration 0177) its stems. */
export interface LernAnfrage {
  konzepte: LernKonzept[];
  lexeme: Set<string>;
}

/** Similarity of a query to a signal's need: by concepts; signals without concepts (before 0177) by their stems. */
export function signalAehnlichkeit(a: LernAnfrage, s: Lernsignal): number {
  return s.konzepte ? konzeptAehnlichkeit(a.konzepte, s.konzepte) : aehnlichkeit(a.lexeme, s.lexeme);
}

/** Learned value per solution in −1…1 (tanh of the weighted, decayed sum); solutions without signals are absent. */
export function gelernteWerte(anfrage: LernAnfrage, signale: Lernsignal[], jetzt: Date, p = LERNEN): Map<string, number> {
  const summe = new Map<string, number>();
  for (const s of signale) {
    const sim = signalAehnlichkeit(anfrage, s);
    if (sim < p.mindestAehnlichkeit) continue;
    const tage = Math.max(0, (jetzt.getTime() - s.zeitpunkt.getTime()) / 86_400_000);
    const wert = s.gewicht * sim * 0.5 ** (tage / p.halbwertszeitTage);
    summe.set(s.loesungId, (summe.get(s.loesungId) ?? 0) + wert);
  }
  const out = new Map<string, number>();
  for (const [id, x] of summe) if (x !== 0) out.set(id, Math.tanh(x / p.saettigung));
  return out;
}

/** Factor on the score for a learned value (1 without learning). */
export const lernFaktor = (wert: number, p = LERNEN) => 1 + p.hoechstens * Math.max(-1, Math.min(1, wert));

/** The reason shown with the hit, or null when the learned value is too small to speak of. */
export function grundGelernt(wert: number, p = LERNEN): Grund | null {
  if (wert >= p.grund) return { art: 'gelernt', text: 'Von Lotsen in ähnlichen Fällen vorgeschlagen' };
  if (wert <= -p.grund) return { art: 'gelernt', text: 'In ähnlichen Fällen von Lotsen als unpassend bewertet' };
  return null;
}
