/**
 * Planner statistics where no autovacuum runs (core/db/statistik.ts): a table that was never analyzed, or that grew by
 * more than a fifth since, is found and analyzed; a table that did not change is left alone. Runs on the engine under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from './db.ts';
import { createLeereTestDb } from '../../testing/testDb.ts';
import { frischeStatistikAuf, veralteteStatistik } from './statistik.ts';

let db: Db;
beforeAll(async () => {
  db = await createLeereTestDb();
  await sql`create table probe_gross (id int primary key, wert text not null)`.execute(db.k);
  await sql`create table probe_klein (id int primary key)`.execute(db.k);
  await sql`insert into probe_klein select g from generate_series(1, 10) g`.execute(db.k);
});
afterAll(async () => {
  await db?.close();
});

const reltuples = async (t: string) =>
  Number((await sql<{ n: number }>`select reltuples as n from pg_class where oid = ${t}::regclass`.execute(db.k)).rows[0].n);
const fuelle = (von: number, bis: number) =>
  sql`insert into probe_gross select g, repeat('x', 40) || g from generate_series(${von}::int, ${bis}::int) g`.execute(db.k);

describe('Planer-Statistik auffrischen', () => {
  it('analysiert eine nie analysierte große Tabelle, nicht aber eine winzige', async () => {
    await fuelle(1, 20_000);
    const nur = ['probe_gross', 'probe_klein'];
    expect(await veralteteStatistik(db, nur)).toEqual(['probe_gross']);
    expect(await frischeStatistikAuf(db, { nur })).toEqual(['probe_gross']);
    expect(await reltuples('probe_gross')).toBeGreaterThan(15_000);
    expect(await veralteteStatistik(db, nur)).toEqual([]);
  });

  it('analysiert erneut erst, wenn die Tabelle um mehr als ein Fünftel gewachsen ist', async () => {
    const nur = ['probe_gross'];
    await fuelle(20_001, 21_000); // +5 %
    expect(await veralteteStatistik(db, nur)).toEqual([]);
    await fuelle(21_001, 30_000); // +50 %
    expect(await frischeStatistikAuf(db, { nur })).toEqual(['probe_gross']);
    expect(await reltuples('probe_gross')).toBeGreaterThan(25_000);
  });
});
