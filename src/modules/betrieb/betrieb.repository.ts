import { sql } from 'kysely';
import type { Tx } from '../../core/db/db.ts';

/**
 * SQL for backup and restore. Everything reads the catalog of the current schema (the Lotse schema,
 * also when LOTSE_DB_SCHEMA puts it elsewhere than `public`) and runs inside the caller's transaction.
 * Rows travel as PostgreSQL's own JSON text (`row_to_json`) and come back through
 * `json_populate_recordset`: the values never pass through JavaScript numbers or dates, so every type
 * (numeric, real, timestamptz, arrays, jsonb, tsvector) round-trips exactly between PGlite and a server.
 */

export interface Spalte {
  name: string;
  typ: string;
}

export interface TabellenInfo {
  name: string;
  /** Columns that are written (without generated columns), in column order. */
  spalten: Spalte[];
  /** Has a `generated always as identity` column: insert with `overriding system value`. */
  identitaetImmer: boolean;
  /** Tables it references by foreign key (other than itself). */
  verweistAuf: string[];
  /** References itself (e.g. kommune → Land/Kreis): its rows go in with one statement. */
  selbstbezug: boolean;
  /**
   * Foreign keys to other tables whose column may stay empty (nullable): where foreign keys form a cycle
   * (e.g. community_frage.akzeptierte_antwort_id ↔ community_antwort.frage_id), the order is broken at one
   * of these and the restore checks it at the end (deferred).
   */
  aufloesbar: { nach: string; constraint: string }[];
}

export interface SequenzStand {
  name: string;
  /** Value setval() takes; null when the sequence was never used. */
  wert: string | null;
}

const id = (name: string) => sql.id(name);

/** Same output in every session: UTC timestamps (the JSON form is ISO 8601 anyway). */
export async function einheitlicheSitzung(tx: Tx): Promise<void> {
  await sql`set local timezone = 'UTC'`.execute(tx);
  await sql`set local extra_float_digits = 3`.execute(tx);
}

export async function schnappschuss(tx: Tx): Promise<void> {
  await sql`set transaction isolation level repeatable read, read only`.execute(tx);
}

export async function tabellen(tx: Tx): Promise<TabellenInfo[]> {
  const spalten = await sql<{ tabelle: string; name: string; typ: string; generiert: string; identitaet: string }>`
    select c.relname as tabelle, a.attname as name, format_type(a.atttypid, a.atttypmod) as typ,
           a.attgenerated::text as generiert, a.attidentity::text as identitaet
    from pg_class c join pg_attribute a on a.attrelid = c.oid
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(tx);
  const fks = await sql<{ von: string; nach: string; constraint: string; nullbar: boolean }>`
    select c.relname as von, r.relname as nach, k.conname as constraint,
           not exists (select 1 from pg_attribute a where a.attrelid = k.conrelid and a.attnum = any (k.conkey) and a.attnotnull) as nullbar
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
    where k.contype = 'f' and k.connamespace = current_schema()::regnamespace
    order by 1, 2, 3`.execute(tx);
  const info = new Map<string, TabellenInfo>();
  for (const s of spalten.rows) {
    let t = info.get(s.tabelle);
    if (!t) info.set(s.tabelle, (t = { name: s.tabelle, spalten: [], identitaetImmer: false, verweistAuf: [], selbstbezug: false, aufloesbar: [] }));
    if (s.generiert !== '') continue;
    t.spalten.push({ name: s.name, typ: s.typ });
    if (s.identitaet === 'a') t.identitaetImmer = true;
  }
  for (const fk of fks.rows) {
    const t = info.get(fk.von);
    if (!t) continue;
    if (fk.von === fk.nach) t.selbstbezug = true;
    else if (info.has(fk.nach)) {
      if (!t.verweistAuf.includes(fk.nach)) t.verweistAuf.push(fk.nach);
      if (fk.nullbar) t.aufloesbar.push({ nach: fk.nach, constraint: fk.constraint });
    }
  }
  return [...info.values()];
}

export async function zeilenZahl(tx: Tx, tabelle: string): Promise<number> {
  const r = await sql<{ n: number | string }>`select count(*) as n from ${id(tabelle)}`.execute(tx);
  return Number(r.rows[0].n);
}

/**
 * Order-independent fingerprint of a table's whole content (all columns, generated ones included):
 * md5 over the sorted JSON rows, sorted byte-wise (collate "C") so both engines agree.
 */
export async function pruefsumme(tx: Tx, tabelle: string): Promise<string> {
  const r = await sql<{ p: string }>`
    select md5(coalesce(string_agg(j, E'\n' order by j collate "C"), '')) as p
    from (select row_to_json(t)::text as j from ${id(tabelle)} t) x`.execute(tx);
  return r.rows[0].p;
}

/** Reads a table in chunks through a cursor (constant memory on both engines); yields JSON rows. */
export async function* leseZeilen(tx: Tx, t: TabellenInfo, stueck = 2000): AsyncGenerator<string[]> {
  const spalten = sql.join(t.spalten.map((s) => id(s.name)));
  await sql`declare lotse_sicherung no scroll cursor for
    select row_to_json(x)::text as j from (select ${spalten} from ${id(t.name)}) x`.execute(tx);
  try {
    for (;;) {
      const r = await sql<{ j: string }>`fetch ${sql.raw(String(stueck))} from lotse_sicherung`.execute(tx);
      if (r.rows.length === 0) break;
      yield r.rows.map((z) => z.j);
    }
  } finally {
    await sql`close lotse_sicherung`.execute(tx);
  }
}

/** Inserts JSON rows (as written by leseZeilen) into the table, in one statement. */
export async function schreibeZeilen(tx: Tx, t: TabellenInfo, zeilen: string[]): Promise<void> {
  if (zeilen.length === 0) return;
  const spalten = sql.join(t.spalten.map((s) => id(s.name)));
  const ueberschreiben = t.identitaetImmer ? sql`overriding system value` : sql``;
  await sql`insert into ${id(t.name)} (${spalten}) ${ueberschreiben}
    select ${spalten} from json_populate_recordset(null::${id(t.name)}, ${`[${zeilen.join(',')}]`}::json)`.execute(tx);
}

export async function leere(tx: Tx, tabelle: string): Promise<void> {
  await sql`delete from ${id(tabelle)}`.execute(tx);
}

/** User triggers (e.g. the matcher's queue) must not fire while rows come back: the backup holds their results. */
export async function nutzerTrigger(tx: Tx, tabelle: string, an: boolean): Promise<void> {
  await sql`alter table ${id(tabelle)} ${sql.raw(an ? 'enable' : 'disable')} trigger user`.execute(tx);
}

export async function sequenzen(tx: Tx): Promise<SequenzStand[]> {
  const namen = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relkind = 'S' and c.relnamespace = current_schema()::regnamespace order by 1`.execute(tx);
  const stand: SequenzStand[] = [];
  for (const { name } of namen.rows) {
    const r = await sql<{ wert: string | number; benutzt: boolean }>`select last_value::text as wert, is_called as benutzt from ${id(name)}`.execute(tx);
    stand.push({ name, wert: r.rows[0].benutzt ? String(r.rows[0].wert) : null });
  }
  return stand;
}

/** Sets a sequence to the backed-up state (never below what the restored rows already use). */
export async function setzeSequenz(tx: Tx, s: SequenzStand): Promise<void> {
  const qualifiziert = `${await schemaName(tx)}.${s.name}`;
  if (s.wert === null) await sql`select setval(${qualifiziert}::regclass, 1, false)`.execute(tx);
  else await sql`select setval(${qualifiziert}::regclass, ${s.wert}::bigint, true)`.execute(tx);
}

/** Every column owned by a sequence (identity, serial): moves the sequence past the highest restored value. */
export async function sequenzenNachZeilen(tx: Tx): Promise<void> {
  const spalten = await sql<{ tabelle: string; spalte: string; seq: string }>`
    select c.relname as tabelle, a.attname as spalte, pg_get_serial_sequence(quote_ident(c.relname), a.attname) as seq
    from pg_class c join pg_attribute a on a.attrelid = c.oid
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
      and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`.execute(tx);
  for (const s of spalten.rows) {
    // s.seq comes from the catalog, already quoted and schema-qualified.
    await sql`select setval(${s.seq}::regclass, m, true)
      from (select max(${id(s.spalte)})::bigint as m from ${id(s.tabelle)}) x
      where m is not null and m > (select case when is_called then last_value else last_value - 1 end from ${sql.raw(s.seq)})`.execute(tx);
  }
}

async function schemaName(tx: Tx): Promise<string> {
  const r = await sql<{ s: string }>`select quote_ident(current_schema()) as s`.execute(tx);
  return r.rows[0].s;
}

export async function angewendeteMigrationen(tx: Tx): Promise<{ name: string; pruefsumme: string | null }[]> {
  const r = await sql<{ name: string; pruefsumme: string | null }>`select name, pruefsumme from schema_migration order by name`.execute(tx);
  return r.rows;
}

/**
 * Checks these foreign keys only at the end of the transaction (restore of tables whose keys form a cycle):
 * `alter constraint … deferrable initially deferred`; `pruefeVerzoegerteJetzt` checks and makes them
 * immediate again, all inside the restore's transaction.
 */
export async function verzoegere(tx: Tx, fks: { tabelle: string; constraint: string }[]): Promise<void> {
  for (const fk of fks) await sql`alter table ${id(fk.tabelle)} alter constraint ${id(fk.constraint)} deferrable initially deferred`.execute(tx);
}

export async function pruefeVerzoegerteJetzt(tx: Tx, fks: { tabelle: string; constraint: string }[]): Promise<void> {
  if (!fks.length) return;
  await sql`set constraints all immediate`.execute(tx);
  for (const fk of fks) await sql`alter table ${id(fk.tabelle)} alter constraint ${id(fk.constraint)} not deferrable`.execute(tx);
}
