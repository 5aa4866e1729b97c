/**
 * Planner statistics where no autovacuum runs. PGlite is a single-user PostgreSQL: nobody runs ANALYZE, so after a
 * catalogue grew from 300 to 10,000 solutions the planner still believes the old value distribution (or has none)
 * and picks plans that read whole tables (measured: matcher candidate query 60–75 ms instead of 7–9 ms on 10,000
 * solutions). PostgreSQL's own activity counters are not kept in PGlite, so the test is the one autovacuum would
 * make from the table's size: a table is analyzed when it was never analyzed and holds more than a few pages, or
 * when its size in pages moved by more than a fifth since the last ANALYZE. One statement per table, so a PGlite
 * event loop is handed back between tables. docs/decisions/0143.
 */
import { sql } from 'kysely';
import type { Db } from './db.ts';

/** Pages (8 KB) a never-analyzed table must have before it is worth analyzing. */
export const MINDEST_SEITEN = 8;
/** Share by which a table's size must have changed since its last ANALYZE. */
export const AENDERUNG = 0.2;

/** Tables of the current schema whose statistics are missing or stale (see above), optionally only among `nur`. */
export async function veralteteStatistik(db: Db, nur?: string[]): Promise<string[]> {
  const r = await sql<{ relname: string }>`
    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname = current_schema()
      and (${nur ?? null}::text[] is null or c.relname = any(${nur ?? null}::text[]))
      and (
        (c.reltuples < 0 and pg_relation_size(c.oid) >= ${MINDEST_SEITEN * 8192})
        or (c.reltuples >= 0 and abs(pg_relation_size(c.oid) / 8192.0 - c.relpages) > greatest(${MINDEST_SEITEN}::float8, ${AENDERUNG}::float8 * c.relpages))
      )
    order by c.relname`.execute(db.k);
  return r.rows.map((x) => x.relname);
}

/** Analyzes the tables with missing or stale statistics; returns their names. */
export async function frischeStatistikAuf(db: Db, opts: { nur?: string[] } = {}): Promise<string[]> {
  const tabellen = await veralteteStatistik(db, opts.nur);
  for (const t of tabellen) await sql`analyze ${sql.id(t)}`.execute(db.k);
  return tabellen;
}
