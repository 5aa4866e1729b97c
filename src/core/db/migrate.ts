import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { ROOT_DIR } from '../config.ts';
import type { Db } from './db.ts';

export const MIGRATIONS_DIR = path.join(ROOT_DIR, 'migrations');

const LOCK = 74201;
const NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

/** Refusal to migrate: the files in migrations/ do not fit what the database has applied. */
export class MigrationsFehler extends Error {
  constructor(readonly probleme: string[]) {
    super(`Lotse migriert die Datenbank nicht:\n- ${probleme.join('\n- ')}`);
    this.name = 'MigrationsFehler';
  }
}

export interface MigrationsDatei {
  name: string;
  text: string;
  pruefsumme: string;
}

/**
 * sha256 (hex) of a migration file. CRLF is normalised to LF first, so a Windows checkout
 * (git autocrlf) does not count as a change; every other byte does (docs/decisions/0009).
 */
export function pruefsumme(text: string): string {
  return crypto.createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** All migration files of a folder in apply order (name order); refuses misnamed or doubly numbered files. */
export function leseMigrationen(dir = MIGRATIONS_DIR): MigrationsDatei[] {
  const sqlDateien = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.sql')).sort();
  const probleme: string[] = [];
  const nummern = new Map<string, string>();
  const dateien: MigrationsDatei[] = [];
  for (const name of sqlDateien) {
    const m = NAME.exec(name);
    if (!m) {
      probleme.push(`Die Datei ${name} in ${dir} passt nicht zum Namensschema NNNN_name.sql (vier Ziffern, Unterstrich, `
        + 'Kleinbuchstaben, Ziffern oder Unterstriche) und würde nie angewendet. Benennen Sie sie um.');
      continue;
    }
    const frueher = nummern.get(m[1]);
    if (frueher) {
      probleme.push(`Die Migrationen ${frueher} und ${name} tragen dieselbe Nummer ${m[1]}. Jede Migration braucht eine `
        + `eigene Nummer: benennen Sie die noch nicht angewendete um, mit der nächsten freien Nummer (${naechsteNummer(sqlDateien)}).`);
    }
    nummern.set(m[1], name);
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    dateien.push({ name, text, pruefsumme: pruefsumme(text) });
  }
  if (probleme.length) throw new MigrationsFehler(probleme);
  return dateien;
}

function naechsteNummer(namen: string[]): string {
  const hoechste = Math.max(0, ...namen.map((n) => Number(/^(\d{4})_/.exec(n)?.[1] ?? 0)));
  return String(hoechste + 1).padStart(4, '0');
}

interface Angewendet {
  name: string;
  pruefsumme: string | null;
}

/** Compares the folder with schema_migration; returns the pending files or the reasons to refuse. */
export function pruefeReihenfolge(dateien: MigrationsDatei[], angewendet: Angewendet[]): { offen: MigrationsDatei[]; probleme: string[] } {
  const probleme: string[] = [];
  const nachName = new Map(dateien.map((d) => [d.name, d]));
  const erledigt = new Set(angewendet.map((a) => a.name));
  const naechste = naechsteNummer([...dateien.map((d) => d.name), ...erledigt]);
  for (const a of angewendet) {
    const datei = nachName.get(a.name);
    if (!datei) {
      probleme.push(`Die Migration ${a.name} ist in der Datenbank als angewendet vermerkt, die Datei fehlt aber. Entweder ist `
        + 'die Datenbank neuer als dieser Programmstand (starten Sie den passenden Stand) oder die Datei wurde gelöscht oder '
        + 'umbenannt (stellen Sie sie unter ihrem alten Namen wieder her).');
    } else if (a.pruefsumme !== null && a.pruefsumme !== datei.pruefsumme) {
      probleme.push(`Die Migration ${a.name} wurde nach dem Anwenden verändert (Prüfsumme in der Datenbank `
        + `${a.pruefsumme.slice(0, 12)}…, Datei jetzt ${datei.pruefsumme.slice(0, 12)}…). Eine angewendete Migration darf `
        + `sich nicht mehr ändern: stellen Sie den ursprünglichen Inhalt wieder her (z. B. git checkout -- migrations/${a.name}) `
        + `und legen Sie die Änderung als neue Migration mit der nächsten freien Nummer an (${naechste}_….sql).`);
    }
  }
  const neueste = [...erledigt].sort().at(-1);
  const offen = dateien.filter((d) => !erledigt.has(d.name));
  for (const d of offen) {
    if (neueste !== undefined && d.name < neueste) {
      probleme.push(`Die Migration ${d.name} ist noch nicht angewendet, sortiert aber vor der zuletzt angewendeten Migration `
        + `${neueste}. Migrationen laufen in einer einzigen Reihenfolge: benennen Sie die Datei so um, dass ihre Nummer nach `
        + `der höchsten vorhandenen liegt (${naechste}${d.name.slice(4)}).`);
    }
  }
  return { offen, probleme };
}

/**
 * Applies every `migrations/NNNN_name.sql` not yet applied, in name order, each in its own transaction,
 * and records its sha256. Before applying anything it refuses (MigrationsFehler, German text) when an
 * applied migration's file changed or vanished, or when a new file sorts before the newest applied one.
 * The same files run on PGlite and PostgreSQL. On PostgreSQL a session advisory lock (held on one pooled
 * connection; scripts run on a second one) keeps concurrent starts from migrating at the same time.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const dateien = leseMigrationen(dir);
  if (db.kind === 'pglite') return migriere(db, dateien);
  return db.k.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${LOCK})`.execute(conn);
    try {
      return await migriere(db, dateien);
    } finally {
      await sql`select pg_advisory_unlock(${LOCK})`.execute(conn);
    }
  });
}

async function migriere(db: Db, dateien: MigrationsDatei[]): Promise<string[]> {
  // Extensions live in schema public so that several Lotse schemas can share one database.
  // `pruefsumme` came after the table: added here, filled for rows applied before it existed.
  await db.script(`
    create extension if not exists pg_trgm with schema public;
    create extension if not exists unaccent with schema public;
    create extension if not exists fuzzystrmatch with schema public;
    create table if not exists schema_migration (name text primary key, angewendet_am timestamptz not null default now());
    alter table schema_migration add column if not exists pruefsumme text;`);
  const nachName = new Map(dateien.map((d) => [d.name, d]));
  const ohne = await sql<{ name: string }>`select name from schema_migration where pruefsumme is null`.execute(db.k);
  for (const { name } of ohne.rows) {
    const datei = nachName.get(name);
    if (datei) await sql`update schema_migration set pruefsumme = ${datei.pruefsumme} where name = ${name} and pruefsumme is null`.execute(db.k);
  }
  const angewendet = await sql<Angewendet>`select name, pruefsumme from schema_migration order by name`.execute(db.k);
  const { offen, probleme } = pruefeReihenfolge(dateien, angewendet.rows);
  if (probleme.length) throw new MigrationsFehler(probleme);
  const applied: string[] = [];
  for (const d of offen) {
    try {
      // Names match NAME and checksums are hex, so inlining them is safe.
      await db.script(`${d.text}\n;insert into schema_migration (name, pruefsumme) values ('${d.name}', '${d.pruefsumme}');`);
    } catch (err) {
      throw new Error(`Migration ${d.name} fehlgeschlagen: ${(err as Error).message}`, { cause: err });
    }
    applied.push(d.name);
  }
  return applied;
}
