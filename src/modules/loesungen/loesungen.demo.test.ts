import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../core/db/db.ts';
import { createTestDb } from '../../testing/testDb.ts';
import { seedKommunen } from '../../testing/fixtures.ts';
import { BENCH_DATEI, demoLoesungen } from './loesungen.demo.ts';
import fs from 'node:fs';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  await seedKommunen(db);
});
afterAll(async () => db?.close());

describe('Demo-Katalog', () => {
  it('importiert Benchmark-Katalog und JRC-Fälle einmal und meldet den Fortschritt', async () => {
    const meldungen: string[] = [];
    await demoLoesungen(db, { demo: true, log: (m) => meldungen.push(m) });
    const bench = fs.existsSync(BENCH_DATEI) ? (JSON.parse(fs.readFileSync(BENCH_DATEI, 'utf8')) as unknown[]).length : 0;
    const n = async () => Number((await db.k.selectFrom('loesung').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await n()).toBe(853 + bench);
    expect(meldungen.some((m) => /JRC-Fälle\): 853\/853 importiert/.test(m))).toBe(true);
    const vorher = meldungen.length;
    await demoLoesungen(db, { demo: true, log: (m) => meldungen.push(m) });
    expect(meldungen.length).toBe(vorher);
    expect(await n()).toBe(853 + bench);
  });

  it('tut ohne Demo-Modus nichts', async () => {
    const leer = await createTestDb();
    await demoLoesungen(leer, { demo: false, log: () => {} });
    expect((await leer.k.selectFrom('loesung').select('id').execute()).length).toBe(0);
    await leer.close();
  });
});
