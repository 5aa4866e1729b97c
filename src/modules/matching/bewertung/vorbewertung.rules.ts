/** Candidate pre-scoring: weights per lexeme for the candidate query in SQL, within a budget of postings. */
import { FAKTOR, type Konzept, type Lexeme } from '../anfrage/erweiterung.rules.ts';


/** Maximal number of postings read for the candidate search (sum of the document frequencies). */
export const POSTING_BUDGET = 30_000;

export interface Vorbewertung {
  lexeme: string[];
  /** group per lexeme: a concept or a part of a compound (the best lexeme of a group counts) */
  gruppen: number[];
  gewichte: number[];
}

/**
 * Weights for the candidate search in SQL: per lexeme idf × kind of match, grouped by concept (and by
 * compound part, each part weighted by its share). Lexemes that occur in no or in almost every
 * document are left out (they do not separate candidates); the exact scoring happens afterwards.
 */
export function vorbewertung(
  konzepte: Konzept[],
  lex: (w: string) => Lexeme | undefined,
  idf: (l: string) => number,
  df: (l: string) => number,
  dokumente: number,
): Vorbewertung {
  const m = new Map<string, { lexem: string; gruppe: number; gewicht: number }>();
  let g = 0;
  const walk = (c: Konzept, faktor: number) => {
    const id = g++;
    for (const v of c.varianten) {
      const l = lex(v.wort);
      if (!l) continue;
      for (const ls of [l.de, l.en]) {
        for (const x of ls) {
          const d = df(x);
          if (d === 0 || (d > 0.4 * dokumente && dokumente > 50)) continue;
          const w = (faktor * v.faktor * idf(x)) / ls.length;
          const k = `${id} ${x}`;
          const da = m.get(k);
          if (!da || w > da.gewicht) m.set(k, { lexem: x, gruppe: id, gewicht: w });
        }
      }
    }
    if (c.teile?.length) for (const t of c.teile) walk(t, (faktor * FAKTOR.teile) / c.teile.length);
  };
  konzepte.forEach((c) => walk(c, 1));
  // Budget of postings: the rarest lexemes first (they separate best); frequent ones are left to the
  // exact scoring of the candidates. Keeps the candidate query fast on large catalogues.
  const dfs = new Map<string, number>();
  for (const x of m.values()) dfs.set(x.lexem, df(x.lexem));
  const reihe = [...dfs].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const erlaubt = new Set<string>();
  let summe = 0;
  for (const [l, d] of reihe) {
    if (erlaubt.size >= 3 && summe + d > POSTING_BUDGET) break;
    erlaubt.add(l);
    summe += d;
  }
  const werte = [...m.values()].filter((x) => erlaubt.has(x.lexem));
  return { lexeme: werte.map((x) => x.lexem), gruppen: werte.map((x) => x.gruppe), gewichte: werte.map((x) => Math.round(x.gewicht * 1e6) / 1e6) };
}
