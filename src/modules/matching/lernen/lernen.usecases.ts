/**
 * Learning signals from the Lotsen's decisions (issue 10, item 5; docs/decisions/0124): written with the decision
 * (feedback route of this module; status changes of a need through `lerneAusStatus`, called by module bedarfe in
 * its transaction), read by the matcher for every query (only signals sharing a stem with the query).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.ts';
import { protokolliere } from '../../../core/audit.ts';
import type { Lernsignal } from './lernen.rules.ts';

type K = Kysely<Database>;
export type LernQuelle = 'vorschlag_angenommen' | 'hilfreich' | 'nicht_hilfreich' | 'keine_passende_loesung';
const GEWICHT: Record<LernQuelle, number> = { vorschlag_angenommen: 1, hilfreich: 1, nicht_hilfreich: -1, keine_passende_loesung: -1 };

/** How many signals (newest first) a query reads at most. */
export const SIGNALE_JE_ANFRAGE = 2000;

/** German stems of a text (PostgreSQL's german configuration, stop words dropped) — the same for signal and query. */
const STAEMME = (text: string) => sql<string[]>`array(select distinct x from unnest(tsvector_to_array(to_tsvector('german', ${text}))) as x)`;

/** Stores one signal per solution for a need text, with an audit entry (inside the caller's transaction). */
export async function speichereLernsignale(
  tx: K,
  e: { quelle: LernQuelle; text: string; loesungIds: string[]; kommuneId: string | null; bedarfId: string | null; kontoId: string | null },
): Promise<number> {
  const ids = [...new Set(e.loesungIds)];
  if (!ids.length || !e.text.trim()) return 0;
  const r = await sql<{ n: number }>`
    with s as (select ${STAEMME(e.text.slice(0, 2000))} as l)
    insert into matching_lernsignal (kommune_id, bedarf_id, loesung_id, quelle, gewicht, lexeme)
    select ${e.kommuneId}, ${e.bedarfId}::uuid, x, ${e.quelle}, ${GEWICHT[e.quelle]}, s.l
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
      details: { quelle: e.quelle, loesungen: ids },
    });
  }
  return r.rows.length;
}

/** The query's stems and the signals (newest first) whose need shares at least one of them. */
export async function ladeLernsignale(k: K, text: string): Promise<{ anfrage: Set<string>; signale: Lernsignal[] }> {
  const r = await sql<{ anfrage: string[]; loesung_id: string | null; gewicht: number | null; lexeme: string[] | null; erstellt_am: Date | string | null }>`
    with q as (select ${STAEMME(text)} as l)
    select q.l as anfrage, s.loesung_id, s.gewicht, s.lexeme, s.erstellt_am
    from q left join lateral (
      select loesung_id, gewicht, lexeme, erstellt_am from matching_lernsignal
      where lexeme && q.l order by erstellt_am desc limit ${SIGNALE_JE_ANFRAGE}
    ) s on true`.execute(k);
  const anfrage = new Set(r.rows[0]?.anfrage ?? []);
  const signale = r.rows
    .filter((x) => x.loesung_id)
    .map((x) => ({ loesungId: x.loesung_id!, gewicht: Number(x.gewicht), lexeme: x.lexeme ?? [], zeitpunkt: new Date(x.erstellt_am!) }));
  return { anfrage, signale };
}
