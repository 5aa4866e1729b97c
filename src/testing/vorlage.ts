/**
 * Migrated template databases for tests: built once per test run (vitest globalSetup, see
 * vorlage.setup.ts) and cloned for every test file by createTestDb(), instead of running every
 * migration for every test database. Decision and figures: docs/decisions/0009-migrationen-und-testvorlage.md
 *
 * - PGlite: the data directory of a migrated in-memory database as a tar file in
 *   os.tmpdir()/lotse-testvorlagen/pglite-<schluessel>.tar; a test file opens PGlite with `loadDataDir`.
 * - PostgreSQL: a database lotse_vorlage_<schluessel> on the server (schema `lotse`, extensions in
 *   public); a test file gets its own database via CREATE DATABASE … TEMPLATE, dropped again by close().
 *
 * The key is a hash of the migrations, the runner and the PGlite version: a changed or added
 * migration gives a new key, so a stale template is never used. Without a template (another runner,
 * LOTSE_TEST_VORLAGE=aus) createTestDb() falls back to migrating a fresh database itself.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { ROOT_DIR } from '../core/config.ts';
import { openDb } from '../core/db/db.ts';
import { MIGRATIONS_DIR, migrate, pruefsumme } from '../core/db/migrate.ts';

/** Bump when the way templates are built changes. */
const FORMAT = 1;
/** Schema inside the PostgreSQL template (and so inside every per-file test database). */
export const VORLAGE_SCHEMA = 'lotse';
export const VORLAGEN_ORDNER = path.join(os.tmpdir(), 'lotse-testvorlagen');
/** Templates of other keys unused for this long are removed by the next build. */
const AUFBEWAHRUNG_MS = 24 * 3600 * 1000;

export const vorlageAbgeschaltet = () => process.env.LOTSE_TEST_VORLAGE === 'aus';

function lies(datei: string): string {
  try {
    return fs.readFileSync(datei, 'utf8');
  } catch {
    return '';
  }
}

/** Hash over everything that shapes a freshly migrated database. */
export function vorlagenSchluessel(dir = MIGRATIONS_DIR): string {
  const h = crypto.createHash('sha256');
  h.update(`format ${FORMAT}\n`);
  h.update(lies(path.join(ROOT_DIR, 'node_modules/@electric-sql/pglite/package.json')));
  h.update(lies(path.join(ROOT_DIR, 'src/core/db/migrate.ts')));
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
    h.update(`\n${name} ${pruefsumme(fs.readFileSync(path.join(dir, name), 'utf8'))}`);
  }
  return h.digest('hex').slice(0, 16);
}

export const pgliteVorlagePfad = (schluessel: string) => path.join(VORLAGEN_ORDNER, `pglite-${schluessel}.tar`);
export const pgVorlageName = (schluessel: string) => `lotse_vorlage_${schluessel}`;

/** The connection string of another database on the same server. */
export function urlFuerDatenbank(url: string, datenbank: string): string {
  const u = new URL(url);
  u.pathname = `/${datenbank}`;
  return u.toString();
}

/** Builds the PGlite template for the current migrations unless it exists; returns its path. */
export async function bauePgliteVorlage(schluessel = vorlagenSchluessel()): Promise<string> {
  const ziel = pgliteVorlagePfad(schluessel);
  fs.mkdirSync(VORLAGEN_ORDNER, { recursive: true });
  if (fs.existsSync(ziel)) {
    const jetzt = new Date();
    fs.utimesSync(ziel, jetzt, jetzt); // "last used", for the clean-up below
  } else {
    const db = await openDb({});
    try {
      await migrate(db);
      // A checkpoint first: a clone then starts without replaying the migrations' WAL.
      await sql`checkpoint`.execute(db.k);
      const tar = await db.dumpDataDir!();
      // Write then rename: a parallel run never reads a half-written file.
      const tmp = `${ziel}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.from(await tar.arrayBuffer()));
      fs.renameSync(tmp, ziel);
    } finally {
      await db.close();
    }
  }
  for (const f of fs.readdirSync(VORLAGEN_ORDNER)) {
    const p = path.join(VORLAGEN_ORDNER, f);
    if (p !== ziel && f.startsWith('pglite-') && Date.now() - fs.statSync(p).mtimeMs > AUFBEWAHRUNG_MS) fs.rmSync(p, { force: true });
  }
  return ziel;
}

/** Builds the PostgreSQL template database unless it exists; returns its name. */
export async function bauePgVorlage(url: string, schluessel = vorlagenSchluessel()): Promise<string> {
  const name = pgVorlageName(schluessel);
  const bau = `${name}_bau`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // One builder at a time across parallel runs; the others then find the finished template.
    await admin.query('select pg_advisory_lock(74202)');
    const da = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (da.rowCount === 0) {
      await admin.query(`drop database if exists ${bau}`); // left over by a build that crashed
      await admin.query(`create database ${bau}`);
      const db = await openDb({ databaseUrl: urlFuerDatenbank(url, bau), schema: VORLAGE_SCHEMA, poolSize: 2 });
      try {
        await migrate(db);
      } finally {
        await db.close();
      }
      // Published under its final name only when complete; nobody may connect to it afterwards,
      // because CREATE DATABASE … TEMPLATE needs a template without sessions.
      await admin.query(`alter database ${bau} rename to ${name}`);
      await admin.query(`alter database ${name} with allow_connections false`);
    }
    await admin.query(`comment on database ${name} is 'Lotse-Testvorlage, zuletzt benutzt ${new Date().toISOString()}'`);
    const alt = await admin.query<{ datname: string; notiz: string | null }>(
      `select datname, shobj_description(oid, 'pg_database') as notiz from pg_database
       where datname like 'lotse\\_vorlage\\_%' and datname <> $1`, [name]);
    for (const { datname, notiz } of alt.rows) {
      const zuletzt = Date.parse(/zuletzt benutzt (\S+)/.exec(notiz ?? '')?.[1] ?? '');
      if (!(Date.now() - zuletzt < AUFBEWAHRUNG_MS) && /^lotse_vorlage_[0-9a-f]{16}(_bau)?$/.test(datname)) {
        await admin.query(`drop database if exists ${datname}`).catch(() => undefined); // in use: next time
      }
    }
  } finally {
    await admin.query('select pg_advisory_unlock(74202)').catch(() => undefined);
    await admin.end();
  }
  return name;
}

/** Name prefix of the databases and schemas of this test run (set by the globalSetup). */
export const laufPraefix = () => {
  const lauf = process.env.LOTSE_TEST_LAUF;
  return lauf && /^[0-9a-f]{8}$/.test(lauf) ? `lotse_test_${lauf}_` : 'lotse_test_';
};

/** Drops the databases and schemas of a finished run that a crashed test file did not drop itself. */
export async function raeumeLaufAuf(url: string, lauf: string): Promise<void> {
  if (!/^[0-9a-f]{8}$/.test(lauf)) return;
  const muster = `lotse\\_test\\_${lauf}\\_%`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const dbs = await admin.query<{ name: string }>('select datname as name from pg_database where datname like $1', [muster]);
    for (const { name } of dbs.rows) await admin.query(`drop database if exists ${name}`).catch(() => undefined);
    const schemas = await admin.query<{ name: string }>('select nspname as name from pg_namespace where nspname like $1', [muster]);
    for (const { name } of schemas.rows) await admin.query(`drop schema if exists ${name} cascade`).catch(() => undefined);
  } finally {
    await admin.end();
  }
}
