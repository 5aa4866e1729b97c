/** The thesaurus in memory: groups of equivalent terms, looked up by the light stems of their words. */
import { leicht, tokenisiere } from './normalisierung.rules.ts';

export interface ThesaurusGruppe {
  id: string;
  /** begriff first, then the synonyms. */
  begriffe: string[];
  /** Terms with other senses („online“ ≈ „Netz“): an expansion through this group counts clearly less (docs/decisions/0127). */
  mehrdeutig?: boolean;
  /** A Handlungsfeld: the group counts only when the query or the solution is in it („Leitungen“ ≈ „Tiefbau“). */
  domaene?: string | null;
}

/** A synonym with the sense of the group it came from. */
export interface Synonym {
  wort: string;
  mehrdeutig: boolean;
  domaene: string | null;
}

export interface ThesaurusIndex {
  gruppen: ThesaurusGruppe[];
  /** leicht-keys of a term's words joined with ' ' → indexes into gruppen. */
  nachPhrase: Map<string, number[]>;
  /** Longest term in words. */
  maxWoerter: number;
  /** Keys of all single-word terms (for the lexicon and typo correction). */
  einzelwoerter: Map<string, string>;
}

export function phrasenSchluessel(text: string): string {
  return tokenisiere(text).map((t) => leicht(t.key)).join(' ');
}

export function baueThesaurus(gruppen: ThesaurusGruppe[]): ThesaurusIndex {
  const nachPhrase = new Map<string, number[]>();
  const einzelwoerter = new Map<string, string>();
  let maxWoerter = 1;
  gruppen.forEach((g, i) => {
    for (const b of g.begriffe) {
      const toks = tokenisiere(b);
      if (!toks.length) continue;
      maxWoerter = Math.max(maxWoerter, toks.length);
      const k = toks.map((t) => leicht(t.key)).join(' ');
      const l = nachPhrase.get(k) ?? [];
      if (!l.includes(i)) l.push(i);
      nachPhrase.set(k, l);
      if (toks.length === 1) einzelwoerter.set(toks[0].key, toks[0].wort);
    }
  });
  return { gruppen, nachPhrase, maxWoerter: Math.min(maxWoerter, 5), einzelwoerter };
}

/** Synonyms of a word or phrase (all other terms of its groups). */
export function synonymeVon(text: string, th: ThesaurusIndex): string[] {
  return synonymeMitSinn(text, th).map((s) => s.wort);
}

/** Is sense a at least as safe as b (not ambiguous before ambiguous, no domain before a domain)? */
const sicherer = (a: Synonym, b: Synonym) => (a.mehrdeutig !== b.mehrdeutig ? !a.mehrdeutig : !a.domaene || !!b.domaene);

/**
 * Synonyms of a word or phrase with the sense of their group. A term in several groups keeps its safest
 * sense (an unambiguous group without a domain wins).
 */
export function synonymeMitSinn(text: string, th: ThesaurusIndex): Synonym[] {
  const k = phrasenSchluessel(text);
  const out: Synonym[] = [];
  for (const i of th.nachPhrase.get(k) ?? []) {
    const g = th.gruppen[i];
    for (const b of g.begriffe) {
      if (phrasenSchluessel(b) === k) continue;
      const s: Synonym = { wort: b, mehrdeutig: !!g.mehrdeutig, domaene: g.domaene ?? null };
      const da = out.findIndex((x) => x.wort === b);
      if (da < 0) out.push(s);
      else if (!sicherer(out[da], s)) out[da] = s;
    }
  }
  return out;
}
