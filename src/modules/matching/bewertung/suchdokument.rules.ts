/**
 * The search document of a solution: fields A–D and, for German texts, the parts of compounds appended,
 * so that "Glasfaserausbau" is also found as "Ausbau von Glasfaser".
 */
import type { Feld } from './bewertung.rules.ts';
import { alleTeile, type Lexikon } from '../sprache/komposita.rules.ts';
import { istInhaltswort, tokenisiere } from '../sprache/normalisierung.rules.ts';
import { erkenneSprache } from '../sprache/spracherkennung.rules.ts';

export interface LoesungText {
  sprache: string;
  titel: string;
  zusammenfassung: string;
  problem: string;
  ansatz: string;
  voraussetzungen: string;
  wirkung_text: string;
  tags: string[];
}

export interface Suchdokument {
  config: 'german' | 'english';
  felder: Record<Feld, string>;
  /** key → spelling of the words of the document */
  woerter: Map<string, string>;
  /** compound parts added to the document */
  teile: string[];
}

const feldTexte = (l: LoesungText): Record<Feld, string> => ({
  A: l.titel,
  B: [l.zusammenfassung, l.problem, l.tags.join(', ')].join('\n'),
  C: l.ansatz,
  D: [l.voraussetzungen, l.wirkung_text].join('\n'),
});

/** Adds a word to a key → spelling map, preferring spellings with umlauts/ß. */
export function merkeSchreibweise(m: Map<string, string>, key: string, wort: string) {
  const da = m.get(key);
  if (!da || (!/[äöüßÄÖÜ]/.test(da) && /[äöüßÄÖÜ]/.test(wort))) m.set(key, wort);
}

/** Words (key → spelling) of a solution's texts. */
export function woerterVon(l: LoesungText): Map<string, string> {
  const m = new Map<string, string>();
  for (const text of Object.values(feldTexte(l))) for (const t of tokenisiere(text)) if (istInhaltswort(t.key)) merkeSchreibweise(m, t.key, t.original);
  return m;
}

/**
 * The search document of a solution: its fields (A title, B summary/problem/tags, C approach, D rest)
 * and, for German texts, the parts of each compound appended to the field it occurs in, so that
 * "Glasfaserausbau" is also found as "Ausbau von Glasfaser".
 */
export function suchdokument(
  l: LoesungText,
  lex: Lexikon,
  schreibweise: (key: string) => string | undefined,
  cache?: Map<string, string[]>,
): Suchdokument {
  const felder = feldTexte(l);
  const config = l.sprache === 'en' || erkenneSprache(Object.values(felder).join('\n')) === 'en' ? 'english' : 'german';
  const woerter = woerterVon(l);
  const alle = new Set<string>();
  if (config === 'german') {
    for (const f of Object.keys(felder) as Feld[]) {
      const teile = new Set<string>();
      for (const t of tokenisiere(felder[f])) {
        if (t.key.length < 6) continue;
        let ts = cache?.get(t.key);
        if (!ts) {
          ts = alleTeile(t.key, lex);
          cache?.set(t.key, ts);
        }
        for (const p of ts) teile.add(schreibweise(p) ?? woerter.get(p) ?? p);
      }
      if (teile.size) {
        felder[f] += `\n${[...teile].join(' ')}`;
        teile.forEach((x) => alle.add(x));
      }
    }
  }
  return { config, felder, woerter, teile: [...alle] };
}
