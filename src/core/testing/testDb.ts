import crypto from 'node:crypto';
import { sql } from 'kysely';
import { openDb, type Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';

/**
 * A real, migrated database for a test file: PGlite in memory by default; with DATABASE_URL set
 * (and LOTSE_TEST_DB=postgres, as `npm test` does for its PostgreSQL pass) a fresh schema on that
 * server, dropped again by `close()`.
 */
export async function createTestDb(): Promise<Db> {
  const url = process.env.LOTSE_TEST_DB === 'postgres' ? process.env.DATABASE_URL : undefined;
  if (!url) {
    const db = await openDb({});
    await migrate(db);
    return db;
  }
  const schema = `lotse_test_${crypto.randomBytes(6).toString('hex')}`;
  const db = await openDb({ databaseUrl: url, schema, poolSize: 4 });
  await migrate(db);
  const close = db.close;
  return {
    ...db,
    close: async () => {
      await sql.raw(`drop schema if exists ${schema} cascade`).execute(db.k);
      await close();
    },
  };
}

export const testDbArt = () => (process.env.LOTSE_TEST_DB === 'postgres' && process.env.DATABASE_URL ? 'postgres' : 'pglite');
