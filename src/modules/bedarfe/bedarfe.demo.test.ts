import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/testDb.ts';
import { seedKommunen, KOMMUNE_A } from '../../testing/fixtures.ts';
import type { Db } from '../../core/db/db.ts';
import { demoBedarfe, DEMO_BEDARFE } from './bedarfe.demo.ts';

const MARBURG = '065340014014';
let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  await seedKommunen(db); // Gießen, keine Demo-Konten
  await seedKommunen(db, [
    { id: MARBURG, ags: '06534014', name: 'Marburg, Universitätsstadt', kurzname: 'Marburg', typ: 'Stadt', einwohner: 77_000, land: 'HE', land_id: '060000000000', kreis_id: null, groessenklasse: 4, such_name: 'marburg' },
  ]);
  // Nur eine der beiden Lösungen, die die Demo vorschlägt, ist veröffentlicht.
  await db.k.insertInto('loesung').values({ titel: 'Online-Terminvergabe für Bürgerbüro und Kfz-Zulassung', zusammenfassung: 's', problem: 'p', status: 'veroeffentlicht' }).execute();
});
afterAll(async () => db?.close());

describe('Demo-Bedarfe', () => {
  const log: string[] = [];
  it('legt nichts an, wenn die Demo aus ist', async () => {
    await demoBedarfe(db, { demo: false, log: (m) => log.push(m) });
    expect(await db.k.selectFrom('bedarf').select('id').execute()).toHaveLength(0);
  });

  it('legt die Bedarfe einmal an, mit Verlauf und Vorschlägen, soweit es die Lösungen gibt', async () => {
    await demoBedarfe(db, { demo: true, log: (m) => log.push(m) });
    await demoBedarfe(db, { demo: true, log: (m) => log.push(m) });
    const rows = await db.k.selectFrom('bedarf').select(['titel', 'kommune_id', 'status', 'erstellt_von', 'quelle']).execute();
    expect(rows).toHaveLength(DEMO_BEDARFE.length);
    expect(rows.every((r) => r.erstellt_von === null && r.quelle === 'demo')).toBe(true);
    expect(rows.filter((r) => r.kommune_id === KOMMUNE_A).map((r) => r.status).sort()).toEqual(['in_klaerung', 'keine_passende_loesung', 'neu', 'neu']);
    const status = Object.fromEntries(rows.filter((r) => r.kommune_id === MARBURG).map((r) => [r.titel, r.status]));
    expect(status).toEqual({ 'Lange Schlangen im Bürgerbüro': 'in_umsetzung', 'Schlaglöcher und kaputte Laternen melden': 'neu' });
    expect(await db.k.selectFrom('bedarf_vorschlag').select('kommune_id').execute()).toEqual([{ kommune_id: MARBURG }]);
    const audit = await db.k.selectFrom('audit_log').select('aktion').where('objekt_typ', '=', 'bedarf').execute();
    expect(audit.length).toBe(6 + 3 + 1 + 3); // 6 erfasst, 3 Statuswechsel in Gießen; in Marburg 1 Vorschlag, 3 Statuswechsel
    expect(log).toHaveLength(1);
  });
});
