/** The thesaurus in memory: groups of equivalent terms, looked up by the light stems of their words. */
import { leicht, tokenisiere } from './normalisierung.rules.ts';

export interface ThesaurusGruppe {
  id: string;
  /** begriff first, then the synonyms. */
  begriffe: string[];
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
  const k = phrasenSchluessel(text);
  const out: string[] = [];
  for (const i of th.nachPhrase.get(k) ?? []) {
    for (const b of th.gruppen[i].begriffe) if (phrasenSchluessel(b) !== k && !out.includes(b)) out.push(b);
  }
  return out;
}
