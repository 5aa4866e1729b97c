import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../core/db/db.ts';

/**
 * The schema of the current schema (search_path head) as plain, comparable data: relations, columns
 * (type, nullability, default, identity), indexes, constraints, functions, triggers and views.
 * Schema names are cut out of definitions and objects of extensions are left out, so two databases
 * migrated into different schemas compare equal when their structure is equal.
 */
export async function leseKatalog(db: Db) {
  const s = (await sql<{ s: string }>`select current_schema() as s`.execute(db.k)).rows[0].s;
  const ohneSchema = (t: string | null) => (t === null ? null : t.split(`${s}.`).join(''));
  const q = async <T>(query: RawBuilder<T>) => (await query.execute(db.k)).rows;
  const relationen = await q(sql<{ name: string; art: string }>`
    select c.relname as name, c.relkind::text as art from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
    order by 1`);
  const spalten = await q(sql<Record<string, unknown>>`
    select table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default,
      character_maximum_length, numeric_precision, numeric_scale, is_identity, identity_generation,
      is_generated, generation_expression, collation_name
    from information_schema.columns where table_schema = current_schema()
    order by table_name, ordinal_position`);
  const indizes = await q(sql<{ tabelle: string; name: string; def: string }>`
    select tablename as tabelle, indexname as name, indexdef as def from pg_indexes
    where schemaname = current_schema() order by 1, 2`);
  const constraints = await q(sql<{ tabelle: string; name: string; art: string; def: string }>`
    select cl.relname as tabelle, co.conname as name, co.contype::text as art, pg_get_constraintdef(co.oid) as def
    from pg_constraint co join pg_class cl on cl.oid = co.conrelid
    where cl.relnamespace = current_schema()::regnamespace order by 1, 2`);
  const funktionen = await q(sql<{ name: string; argumente: string; ergebnis: string; quelle: string }>`
    select p.proname as name, pg_get_function_identity_arguments(p.oid) as argumente,
      pg_get_function_result(p.oid) as ergebnis, p.prosrc as quelle, p.provolatile::text as volatil
    from pg_proc p
    where p.pronamespace = current_schema()::regnamespace
      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
    order by 1, 2`);
  const trigger = await q(sql<{ tabelle: string; name: string; def: string }>`
    select c.relname as tabelle, t.tgname as name, pg_get_triggerdef(t.oid) as def
    from pg_trigger t join pg_class c on c.oid = t.tgrelid
    where not t.tgisinternal and c.relnamespace = current_schema()::regnamespace order by 1, 2`);
  const sichten = await q(sql<{ name: string; def: string }>`
    select viewname as name, definition as def from pg_views where schemaname = current_schema() order by 1`);
  return {
    relationen,
    spalten: spalten.map((c) => ({ ...c, column_default: ohneSchema(c.column_default as string | null) })),
    indizes: indizes.map((i) => ({ ...i, def: ohneSchema(i.def) })),
    constraints: constraints.map((c) => ({ ...c, def: ohneSchema(c.def) })),
    funktionen: funktionen.map((f) => ({ ...f, quelle: ohneSchema(f.quelle) })),
    trigger: trigger.map((t) => ({ ...t, def: ohneSchema(t.def) })),
    sichten: sichten.map((v) => ({ ...v, def: ohneSchema(v.def) })),
  };
}
