import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../core/db/db.ts';
import { createTestDb } from '../../testing/testDb.ts';
import { seedKommunen } from '../../testing/fixtures.ts';
import { fuehreAus } from '../../cli.ts';
import { JRC_DATEI } from './loesungen.jrc.ts';

let db: Db;
let dir: string;
beforeAll(async () => {
  db = await createTestDb();
  await seedKommunen(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-loesungen-'));
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const lauf = async (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fuehreAus(['import-loesungen', ...args], { db: async () => db, out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};
const anzahl = async () => Number((await db.k.selectFrom('loesung').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('npm run lotse -- import-loesungen', () => {
  it('importiert eine JSON-Datei und meldet nicht gefundene Herkunft', async () => {
    const datei = path.join(dir, 'l.json');
    fs.writeFileSync(datei, JSON.stringify([
      { externalId: 'K1', title: 'A', summary: 'S', problem: 'P', originName: 'Lich' },
      { externalId: 'K2', title: 'B', summary: 'S', problem: 'P', origin: 'Nirgendwo' },
    ]));
    const r = await lauf([datei]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 Lösungen: 2 neu, 0 aktualisiert, 0 unverändert/);
    expect(r.out).toMatch(/Zeile 2 \(K2\): Nirgendwo/);
  });

  it('importiert die JRC-Datei direkt (853 Fälle)', async () => {
    const r = await lauf([JRC_DATEI]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/853 Lösungen: 853 neu/);
    expect(await anzahl()).toBe(855);
  });

  it('importiert bei einer fehlerhaften CSV-Zeile nichts und nennt die Zeile', async () => {
    const datei = path.join(dir, 'l.csv');
    fs.writeFileSync(datei, 'externalId,title,summary,problem,evidenceStep\nK3,T,S,P,3\nK4,T,S,,2\n');
    const vorher = await anzahl();
    const r = await lauf([datei]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Zeile 2, problem/);
    expect(await anzahl()).toBe(vorher);
  });

  it('meldet falsche Aufrufe', async () => {
    expect((await lauf([])).code).toBe(2);
    expect((await lauf([path.join(dir, 'fehlt.json')])).code).toBe(1);
    expect((await lauf([path.join(dir, 'l.json'), '--unbekannt'])).code).toBe(2);
  });
});
