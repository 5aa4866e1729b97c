import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { sql } from 'kysely';
import { openDb, type Db } from '../core/db/db.ts';
import { migrate } from '../core/db/migrate.ts';
import { laufPraefix, pgliteVorlagePfad, pgVorlageName, urlFuerDatenbank, VORLAGE_SCHEMA, vorlageAbgeschaltet, vorlagenSchluessel } from './vorlage.ts';

export const testDbArt = () => (process.env.LOTSE_TEST_DB === 'postgres' && process.env.DATABASE_URL ? 'postgres' : 'pglite');

const zufall = () => crypto.randomBytes(6).toString('hex');

/**
 * A real, migrated database for a test file: PGlite in memory by default; with DATABASE_URL set
 * (and LOTSE_TEST_DB=postgres, as `npm test` does for its PostgreSQL pass) a database of its own on
 * that server, dropped again by `close()`. Both are clones of the template the vitest globalSetup
 * built for this run (testing/vorlage.ts); without one, a fresh database is migrated here.
 */
export async function createTestDb(): Promise<Db> {
  const url = testDbArt() === 'postgres' ? process.env.DATABASE_URL! : undefined;
  const schluessel = vorlageAbgeschaltet() ? undefined : vorlagenSchluessel();
  if (!url) {
    const pfad = schluessel && pgliteVorlagePfad(schluessel);
    if (pfad && fs.existsSync(pfad)) return openDb({ loadDataDir: new Blob([fs.readFileSync(pfad)]) });
    const db = await openDb({});
    await migrate(db);
    return db;
  }
  if (schluessel) {
    const geklont = await klonePgVorlage(url, pgVorlageName(schluessel));
    if (geklont) return geklont;
  }
  return createLeereTestDb().then(async (db) => {
    await migrate(db);
    return db;
  });
}

/**
 * An empty, unmigrated database of the engine under test (for tests of the migration runner):
 * PGlite in memory, or a fresh schema in DATABASE_URL dropped again by close().
 */
export async function createLeereTestDb(): Promise<Db> {
  if (testDbArt() === 'pglite') return openDb({});
  const schema = `${laufPraefix()}${zufall()}`;
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL!, schema, poolSize: 4 });
  return {
    ...db,
    close: async () => {
      try {
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(db.k);
      } finally {
        await db.close();
      }
    },
  };
}

/** A database of its own, copied from the template; undefined when there is no template. */
async function klonePgVorlage(url: string, vorlage: string): Promise<Db | undefined> {
  const name = `${laufPraefix()}${zufall()}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  const angelegt = await admin(async (c) => {
    const da = await c.query('select 1 from pg_database where datname = $1', [vorlage]);
    if (da.rowCount === 0) return false;
    await c.query(`create database ${name} template ${vorlage}`);
    return true;
  });
  if (!angelegt) return undefined;
  const db = await openDb({ databaseUrl: urlFuerDatenbank(url, name), schema: VORLAGE_SCHEMA, poolSize: 4 }).catch(async (err) => {
    await admin((c) => c.query(`drop database if exists ${name}`));
    throw err;
  });
  return {
    ...db,
    close: async () => {
      try {
        await db.close();
      } finally {
        // The closed pool's sessions end asynchronously: DROP DATABASE waits 5 s for them, we retry
        // beyond that. No WITH (FORCE): a terminated session would reach the closing pool as an
        // unhandled error.
        await admin(async (c) => {
          for (let versuch = 1; ; versuch++) {
            try {
              return await c.query(`drop database if exists ${name}`);
            } catch (err) {
              if ((err as { code?: string }).code !== '55006' || versuch >= 6) throw err;
            }
          }
        });
      }
    },
  };
}
