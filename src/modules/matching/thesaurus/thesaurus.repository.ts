/** SQL of the thesaurus (table thesaurus_eintrag) and of the reference data versions (referenzdaten_stand). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.ts';
import type { ThesaurusEintrag } from '../matching.schemas.ts';

type K = Kysely<Database>;

const SPALTEN = ['id', 'begriff', 'synonyme', 'hinweis', 'mehrdeutig', 'domaene', 'aktualisiert_am'] as const;

type Zeile = { id: string; begriff: string; synonyme: string[]; hinweis: string; mehrdeutig: boolean; domaene: string | null; aktualisiert_am: Date | string };
const antwort = (r: Zeile): ThesaurusEintrag => ({
  id: r.id,
  begriff: r.begriff,
  synonyme: r.synonyme,
  hinweis: r.hinweis,
  mehrdeutig: r.mehrdeutig,
  domaene: r.domaene,
  aktualisiertAm: new Date(r.aktualisiert_am).toISOString(),
});

export interface ThesaurusDaten {
  begriff: string;
  synonyme: string[];
  hinweis: string;
  /** docs/decisions/0127 */
  mehrdeutig: boolean;
  domaene: string | null;
}

/** Sense of an existing group in the reference data (version 2 on, docs/decisions/0127). */
export interface Sinn {
  begriff: string;
  mehrdeutig?: boolean;
  domaene?: string | null;
  /** why (documentation in the data file only) */
  hinweis?: string;
}

export async function listeEintraege(k: K, q: { q?: string; limit: number; offset: number }) {
  let base = k.selectFrom('thesaurus_eintrag');
  if (q.q) {
    const muster = `%${q.q.toLocaleLowerCase('de-DE').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where(sql<boolean>`(lower(begriff) like ${muster} or exists (select 1 from unnest(synonyme) s where lower(s) like ${muster}))`);
  }
  const [rows, n] = await Promise.all([
    base.select([...SPALTEN]).orderBy(sql`lower(begriff)`).orderBy('id').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(antwort), total: Number(n.n) };
}

/** Is the term (case-insensitive) used by another entry than `ausser`? */
export async function begriffVergeben(k: K, begriff: string, ausser?: string): Promise<boolean> {
  let q = k.selectFrom('thesaurus_eintrag').select('id').where(sql`lower(begriff)`, '=', begriff.toLocaleLowerCase('de-DE'));
  if (ausser) q = q.where('id', '!=', ausser);
  return !!(await q.executeTakeFirst());
}

/** All groups except `ausser` (for the duplicate check); locks the table against a parallel insert of the same term. */
export async function gruppenZumVergleich(k: K, ausser?: string) {
  await sql`lock table thesaurus_eintrag in share row exclusive mode`.execute(k);
  let q = k.selectFrom('thesaurus_eintrag').select(['id', 'begriff', 'synonyme']);
  if (ausser) q = q.where('id', '!=', ausser);
  return q.execute();
}

/** The terms of one entry (before an edit). */
export async function begriffeVon(k: K, id: string): Promise<string[]> {
  const r = await k.selectFrom('thesaurus_eintrag').select(['begriff', 'synonyme']).where('id', '=', id).executeTakeFirst();
  return r ? [r.begriff, ...r.synonyme] : [];
}

/** Sense of one entry (to keep it when a change leaves the fields out). */
export async function sinnVon(k: K, id: string): Promise<{ mehrdeutig: boolean; domaene: string | null } | undefined> {
  return k.selectFrom('thesaurus_eintrag').select(['mehrdeutig', 'domaene']).where('id', '=', id).executeTakeFirst();
}

export async function fuegeEintragEin(k: K, kontoId: string, e: ThesaurusDaten): Promise<ThesaurusEintrag> {
  const r = await k
    .insertInto('thesaurus_eintrag')
    .values({ begriff: e.begriff, synonyme: e.synonyme, hinweis: e.hinweis, mehrdeutig: e.mehrdeutig, domaene: e.domaene, aktualisiert_von: kontoId })
    .returning([...SPALTEN])
    .executeTakeFirstOrThrow();
  return antwort(r);
}

export async function aendereEintrag(k: K, kontoId: string, id: string, e: ThesaurusDaten): Promise<ThesaurusEintrag | undefined> {
  const r = await k
    .updateTable('thesaurus_eintrag')
    .set({ begriff: e.begriff, synonyme: e.synonyme, hinweis: e.hinweis, mehrdeutig: e.mehrdeutig, domaene: e.domaene, aktualisiert_von: kontoId, aktualisiert_am: new Date() })
    .where('id', '=', id)
    .returning([...SPALTEN])
    .executeTakeFirst();
  return r && antwort(r);
}

/** Deletes an entry; returns its term, or undefined if there was none. */
export async function loescheEintrag(k: K, id: string): Promise<string | undefined> {
  const r = await k.deleteFrom('thesaurus_eintrag').where('id', '=', id).returning('begriff').executeTakeFirst();
  return r?.begriff;
}

// ---- Reference data versions -------------------------------------------------------------------------

/** Has this schema migration been applied (schema_migration is the migration runner's table)? */
export async function migrationAngewendet(k: K, name: string): Promise<boolean> {
  const r = await sql<{ n: number }>`select count(*)::int as n from schema_migration where name = ${name}`.execute(k);
  return Number(r.rows[0]?.n ?? 0) > 0;
}

/**
 * Claims a version of a reference data set: inserts the row and returns true, or returns false if the
 * version was applied before. Inside a transaction a concurrent start waits here until the first commits.
 */
export async function beanspruche(k: K, bereich: string, version: number): Promise<boolean> {
  const r = await sql<{ version: number }>`
    insert into referenzdaten_stand (bereich, version) values (${bereich}, ${version})
    on conflict do nothing returning version`.execute(k);
  return r.rows.length > 0;
}

export async function vermerkeEingespielt(k: K, bereich: string, version: number, eingespielt: number): Promise<void> {
  await sql`update referenzdaten_stand set eingespielt = ${eingespielt} where bereich = ${bereich} and version = ${version}`.execute(k);
}

/** Inserts groups whose term is not taken yet (case-insensitive); existing entries stay as they are. */
export async function fuegeGruppenEin(k: K, gruppen: ThesaurusDaten[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < gruppen.length; i += 200) {
    const b = gruppen.slice(i, i + 200);
    const r = await sql`
      insert into thesaurus_eintrag (begriff, synonyme, hinweis, mehrdeutig, domaene)
      select x.b, coalesce((select array_agg(s order by o) from jsonb_array_elements_text(x.s) with ordinality as t(s, o)), '{}'), x.h, x.m, x.d
      from jsonb_to_recordset(${JSON.stringify(b.map((g) => ({ b: g.begriff, s: g.synonyme, h: g.hinweis, m: g.mehrdeutig, d: g.domaene })))}::jsonb)
        as x(b text, s jsonb, h text, m boolean, d text)
      on conflict do nothing`.execute(k);
    n += Number(r.numAffectedRows ?? 0);
  }
  return n;
}

/**
 * Sets the senses of existing groups (by term, case-insensitive), only where both fields are still unset, so a
 * decision of the Transferstelle is never overwritten. The reason stays in the data file. Returns the count.
 */
export async function setzeSinne(k: K, sinne: Sinn[]): Promise<number> {
  if (!sinne.length) return 0;
  const r = await sql`
    update thesaurus_eintrag t
    set mehrdeutig = coalesce(x.m, false), domaene = x.d
    from jsonb_to_recordset(${JSON.stringify(sinne.map((s) => ({ b: s.begriff, m: s.mehrdeutig ?? false, d: s.domaene ?? null })))}::jsonb)
      as x(b text, m boolean, d text)
    where lower(t.begriff) = lower(x.b) and not t.mehrdeutig and t.domaene is null`.execute(k);
  return Number(r.numAffectedRows ?? 0);
}
