/**
 * Learning signals from the Lotsen's decisions (issue 10, item 5; docs/decisions/0124, 0139): written with the decision
 * (feedback route of this module; status changes of a need through `lerneAusStatus`, called by module bedarfe in
 * its transaction), read by the matcher for every query (one indexed query: signals sharing a concept key with it).
 * The concepts of a need are computed by the matcher's own query expansion, at write and at read time alike.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.ts';
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { alleLexeme, alleVariantenWoerter, erweitereAnfrage, ohneFremdenStamm, type Konzept, type Lexeme } from '../anfrage/erweiterung.rules.ts';
import { idfWert, konzeptGewicht } from '../bewertung/bewertung.rules.ts';
import { begrenzeText } from '../matching.auslastung.ts';
import { dokumentFrequenzen, erweiterungsKontext, kontext, leseStand, lexeme, type MatchingKontext } from '../matching.repository.ts';
import { woerterbuch } from '../sprache/woerterbuch.ts';
import { alleSchluessel, gelernteWerte, lernKonzepte, type LernKonzept, type Lernsignal } from './lernen.rules.ts';

type K = Kysely<Database>;
export type LernQuelle = 'vorschlag_angenommen' | 'hilfreich' | 'nicht_hilfreich' | 'keine_passende_loesung';
const GEWICHT: Record<LernQuelle, number> = { vorschlag_angenommen: 1, hilfreich: 1, nicht_hilfreich: -1, keine_passende_loesung: -1 };

/** How many signals (newest first) a query reads at most. */
export const SIGNALE_JE_ANFRAGE = 2000;

/** German stems of a text (PostgreSQL's german configuration, stop words dropped) — the same for signal and query. */
const STAEMME = (text: string) => sql<string[]>`array(select distinct x from unnest(tsvector_to_array(to_tsvector('german', ${text}))) as x)`;

/** What writing a signal needs of the matcher (vocabulary and thesaurus); load it before the deciding transaction. */
export interface LernKontext {
  kind: Db['kind'];
  matching: MatchingKontext;
  dokumente: number;
}

export async function lernKontext(db: Db): Promise<LernKontext> {
  const stand = await leseStand(db.k);
  return { kind: db.kind, matching: await kontext(db, stand), dokumente: stand.dokumente };
}

/**
 * The concepts of a need's text for learning, as the matcher expands a query (without typo corrections, which
 * only a query gets). Runs inside the caller's transaction.
 */
export async function konzepteVon(tx: K, text: string, lk: LernKontext): Promise<LernKonzept[]> {
  const konzepte = erweitereAnfrage(begrenzeText(text), erweiterungsKontext(lk.matching));
  if (!konzepte.length) return [];
  const lex = ohneFremdenStamm(await lexeme({ kind: lk.kind, k: tx } as Db, alleVariantenWoerter(konzepte)), await woerterbuch());
  const dfs = await dokumentFrequenzen(tx, alleLexeme(konzepte, lex));
  const n = Math.max(lk.dokumente, 1);
  return lernGewichtet(konzepte, lex, (l) => dfs.get(l) ?? 0, n);
}

/** The concepts with their rarity weight (the matcher's concept weight, idf of the catalogue). */
function lernGewichtet(konzepte: Konzept[], lex: (w: string) => Lexeme | undefined, df: (l: string) => number, n: number): LernKonzept[] {
  const idf = (l: string) => idfWert(n, df(l));
  return lernKonzepte(konzepte, lex, (c) => konzeptGewicht(c, lex, idf, df));
}

/**
 * Stores one signal per solution for a need text, with an audit entry (inside the caller's transaction). `kontext`
 * comes from `lernKontext(db)`, loaded before the transaction (PGlite has one connection, the pool would wait for it).
 */
export async function speichereLernsignale(
  tx: K,
  e: { quelle: LernQuelle; text: string; loesungIds: string[]; kommuneId: string | null; bedarfId: string | null; kontoId: string | null; kontext: LernKontext },
): Promise<number> {
  const ids = [...new Set(e.loesungIds)];
  if (!ids.length || !e.text.trim()) return 0;
  const text = e.text.slice(0, 2000);
  const konzepte = await konzepteVon(tx, text, e.kontext);
  const r = await sql<{ n: number }>`
    with s as (select ${STAEMME(text)} as l)
    insert into matching_lernsignal (kommune_id, bedarf_id, loesung_id, quelle, gewicht, lexeme, konzepte, konzept_gewichte)
    select ${e.kommuneId}, ${e.bedarfId}::uuid, x, ${e.quelle}, ${GEWICHT[e.quelle]}, s.l, ${alleSchluessel(konzepte)}::text[], ${JSON.stringify(konzepte)}::jsonb
    from unnest(${ids}::uuid[]) as x, s
    where cardinality(s.l) > 0
    returning 1 as n`.execute(tx);
  if (r.rows.length) {
    await protokolliere(tx, {
      kommuneId: e.kommuneId,
      kontoId: e.kontoId,
      aktion: 'matching.lernsignal',
      objektTyp: e.bedarfId ? 'bedarf' : 'loesung',
      objektId: e.bedarfId ?? ids[0],
      details: { quelle: e.quelle, loesungen: ids, konzepte: konzepte.map((c) => c.s[0]) },
    });
  }
  return r.rows.length;
}

/**
 * Learned values per solution for a query (called once by the matcher, after its query expansion): its concepts,
 * and the signals (newest first) that share a concept key with it — or, for signals before migration 0177, a stem.
 */
export async function gelerntFuerAnfrage(
  k: K,
  text: string,
  konzepte: Konzept[],
  lex: (w: string) => Lexeme | undefined,
  df: (l: string) => number,
  n: number,
  jetzt = new Date(),
): Promise<Map<string, number>> {
  const anfrage = lernGewichtet(konzepte, lex, df, Math.max(n, 1));
  const r = await sql<{ anfrage: string[]; loesung_id: string | null; gewicht: number | null; lexeme: string[] | null; konzept_gewichte: LernKonzept[] | null; erstellt_am: Date | string | null }>`
    with q as (select ${STAEMME(text)} as l)
    select q.l as anfrage, s.loesung_id, s.gewicht, s.lexeme, s.konzept_gewichte, s.erstellt_am
    from q left join lateral (
      select loesung_id, gewicht, lexeme, konzept_gewichte, erstellt_am from matching_lernsignal
      where konzepte && ${alleSchluessel(anfrage)}::text[] or (konzepte is null and lexeme && q.l)
      order by erstellt_am desc limit ${SIGNALE_JE_ANFRAGE}
    ) s on true`.execute(k);
  const signale: Lernsignal[] = r.rows
    .filter((x) => x.loesung_id)
    .map((x) => ({ loesungId: x.loesung_id!, gewicht: Number(x.gewicht), lexeme: x.lexeme ?? [], konzepte: x.konzept_gewichte, zeitpunkt: new Date(x.erstellt_am!) }));
  if (!signale.length) return new Map();
  return gelernteWerte({ konzepte: anfrage, lexeme: new Set(r.rows[0]?.anfrage ?? []) }, signale, jetzt);
}
