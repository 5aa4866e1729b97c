/**
 * Test databases on PostgreSQL: each test file's database (a clone of the run's template) is dropped
 * again by close(), and closing leaves no session behind that would block dropping it.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDb } from '../core/db/db.ts';
import { createTestDb, testDbArt } from './testDb.ts';
import { laufPraefix, urlFuerDatenbank } from './vorlage.ts';

const url = process.env.DATABASE_URL!;
async function mitAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
const gibtEs = (name: string) => mitAdmin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);

describe.skipIf(testDbArt() !== 'postgres')('Testdatenbanken auf PostgreSQL', () => {
  it('close() löscht die Datenbank bzw. das Schema der Testdatei wieder', async () => {
    const db = await createTestDb();
    const { datenbank, schema } = (await sql<{ datenbank: string; schema: string }>`
      select current_database() as datenbank, current_schema() as schema`.execute(db.k)).rows[0];
    await db.close();
    if (datenbank.startsWith('lotse_test_')) expect(await gibtEs(datenbank)).toBe(false);
    else {
      const rest = await mitAdmin((c) => c.query('select 1 from pg_namespace where nspname = $1', [schema]));
      expect(rest.rowCount).toBe(0);
    }
  });

  it('close() beendet alle Sitzungen, auch wenn nie eine Abfrage lief (sonst scheitert DROP DATABASE)', async () => {
    const name = `${laufPraefix()}${crypto.randomBytes(6).toString('hex')}`;
    await mitAdmin((c) => c.query(`create database ${name}`));
    try {
      const db = await openDb({ databaseUrl: urlFuerDatenbank(url, name), schema: 'lotse', poolSize: 2 });
      await db.close();
      await mitAdmin((c) => c.query(`drop database ${name}`));
      expect(await gibtEs(name)).toBe(false);
    } finally {
      await mitAdmin((c) => c.query(`drop database if exists ${name}`)).catch(() => undefined);
    }
  });
});
