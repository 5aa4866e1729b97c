import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';
import { wirkungDerUebernahme } from '../index.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const zaehle = async () => Number((await sql<{ n: number }>`select count(*)::int as n from uebernahme_wirkungsziel`.execute(env.db.k)).rows[0]!.n);

/** Gießen adopts a solution of München; the project started in 2022 (values before and after). */
async function baue() {
  const k = env.db.k;
  const loesung = (await k.insertInto('loesung').values({ kommune_id: KOMMUNE_B, titel: 'Lesepaten an Grundschulen', zusammenfassung: 'Ehrenamtliche lesen mit Kindern', problem: 'Lesekompetenz sinkt', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
  const projekt = (await k.insertInto('uebernahme').values({ kommune_id: KOMMUNE_A, loesung_id: loesung, loesung_version: 1, herkunft_kommune_id: KOMMUNE_B }).returning('id').executeTakeFirstOrThrow()).id;
  await k.updateTable('uebernahme').set({ erstellt_am: new Date('2022-05-01T10:00:00Z') }).where('id', '=', projekt).execute();
  const c = await env.als('mitglied');
  const ziel = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Kinder lesen sicher', stufe: 6, iooi: 'outcome' })).json().id as string;
  const [teil, lesen, abbruch] = await k.insertInto('eigener_indikator').values([
    { kommune_id: KOMMUNE_A, name: 'Teilnehmende Kinder', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich', ziel_id: ziel, stufe: 2 },
    { kommune_id: KOMMUNE_A, name: 'Sicher lesende Kinder', einheit: '%', richtung: 'hoch', rba: 'besser_gestellt', rhythmus: 'jaehrlich', ziel_id: ziel, stufe: 5 },
    { kommune_id: KOMMUNE_A, name: 'Abbrüche', einheit: '%', richtung: 'niedrig', rba: 'wie_gut', rhythmus: 'jaehrlich', ziel_id: ziel, stufe: 6 },
  ]).returning('id').execute();
  await k.insertInto('eigener_indikator_wert').values([
    { kommune_id: KOMMUNE_A, indikator_id: teil!.id, jahr: 2022, wert: 20 }, { kommune_id: KOMMUNE_A, indikator_id: teil!.id, jahr: 2024, wert: 55 },
    { kommune_id: KOMMUNE_A, indikator_id: lesen!.id, jahr: 2020, wert: 61 }, { kommune_id: KOMMUNE_A, indikator_id: lesen!.id, jahr: 2021, wert: 60 }, { kommune_id: KOMMUNE_A, indikator_id: lesen!.id, jahr: 2024, wert: 66.5 },
    { kommune_id: KOMMUNE_A, indikator_id: abbruch!.id, jahr: 2022, wert: 8 }, { kommune_id: KOMMUNE_A, indikator_id: abbruch!.id, jahr: 2024, wert: 9 },
  ]).execute();
  return { c, projekt, ziel, lesen: lesen!.id };
}

describe('Transferprojekt mit Wirkungszielen', () => {
  it('hängt Ziele an das Projekt; die Rückmeldung übernimmt erreichte Stufe und Veränderung seit Projektbeginn', async () => {
    const { c, projekt, ziel, lesen } = await baue();
    expect((await c.get(`/api/wirkung/uebernahmen/${projekt}/wirkung`)).json()).toMatchObject({ beginn: '2022-05-01', ziele: [], erreichteStufe: null, indikatoren: [] });
    const r = await c.put(`/api/wirkung/uebernahmen/${projekt}/ziele`, { zielIds: [ziel] });
    expect(r.status, r.body).toBe(200);
    const d = r.json();
    expect(d.ziele).toEqual([{ id: ziel, aussage: 'Kinder lesen sicher', stufe: 6 }]);
    // Abbrüche (Stufe 6) wurden schlechter, Sicher lesende Kinder (Stufe 5) besser → Stufe 5
    expect(d.erreichteStufe).toBe(5);
    expect(d.indikatoren.map((i: { name: string; entwicklung: string }) => [i.name, i.entwicklung])).toEqual([['Abbrüche', 'schlechter'], ['Sicher lesende Kinder', 'besser'], ['Teilnehmende Kinder', 'besser']]);
    expect(d.indikatoren.map((i: { aenderung: number }) => i.aenderung)).toEqual([1, 4.333333, 35]);
    // Ausgangspunkt 2022: der zwischen 2021 (60) und 2024 (66,5) aufgefüllte Wert 60 + 6,5/3
    const l = d.indikatoren.find((i: { id: string }) => i.id === lesen);
    expect([l.von.jahr, l.bis]).toEqual([2022, { jahr: 2024, wert: 66.5 }]);
    expect(l.von.wert).toBeCloseTo(60 + 6.5 / 3, 10);
    expect(await wirkungDerUebernahme(env.db, projekt)).toEqual(d);
    expect((await c.put(`/api/wirkung/uebernahmen/${projekt}/ziele`, { zielIds: [] })).json().ziele).toEqual([]);
  });

  it('lehnt Ziele anderer Kommunen ab und lässt fremde Kommunen nicht heran – nichts geschrieben', async () => {
    const { c, projekt, ziel } = await baue();
    await c.put(`/api/wirkung/uebernahmen/${projekt}/ziele`, { zielIds: [ziel] });
    const n = await zaehle();
    const muenchen = (await env.db.k.insertInto('wirkungsziel').values({ kommune_id: KOMMUNE_B, aussage: 'Münchner Ziel', stufe: 3, iooi: 'output' }).returning('id').executeTakeFirstOrThrow()).id;
    const quer = await c.put(`/api/wirkung/uebernahmen/${projekt}/ziele`, { zielIds: [ziel, muenchen] });
    expect([quer.status, quer.json().error.code, quer.json().error.message]).toEqual([422, 'uebernahme_wirkung.ziel_unbekannt', 'Ziel 2: Dieses Wirkungsziel gehört nicht zur übernehmenden Kommune.']);
    expect((await c.put(`/api/wirkung/uebernahmen/${projekt}/ziele`, { zielIds: ['kein-uuid'] })).status).toBe(400);
    const fremd = await env.als('fremd');
    expect((await fremd.get(`/api/wirkung/uebernahmen/${projekt}/wirkung`)).status).toBe(404);
    expect((await fremd.put(`/api/wirkung/uebernahmen/${projekt}/ziele`, { zielIds: [] })).status).toBe(404);
    expect((await c.get('/api/wirkung/uebernahmen/00000000-0000-4000-8000-000000000000/wirkung')).status).toBe(404);
    expect(await zaehle()).toBe(n);
  });
});
