import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { DATENBLATT } from './datenblatt.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Datenblatt für den Personalrat', () => {
  it('nennt jede Spalte einer kaizen-Tabelle, die auf ein Konto verweist – und nur Spalten, die es gibt', async () => {
    const r = await sql<{ tabelle: string; spalte: string }>`
      select tc.table_name as tabelle, kcu.column_name as spalte
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema() and ccu.table_name = 'konto' and tc.table_name like 'kaizen\\_%'`.execute(env.db.k);
    expect(r.rows.length).toBeGreaterThan(3);
    const blatt = new Set(DATENBLATT.map((f) => `${f.tabelle}.${f.spalte}`));
    expect(r.rows.map((x) => `${x.tabelle}.${x.spalte}`).filter((s) => !blatt.has(s))).toEqual([]);
    const spalten = await sql<{ s: string }>`select table_name || '.' || column_name as s from information_schema.columns where table_schema = current_schema()`.execute(env.db.k);
    const alle = new Set(spalten.rows.map((x) => x.s));
    expect([...blatt].filter((s) => !alle.has(s))).toEqual([]);
  });
});
