import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';
import { manifest } from '../index.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const werteZahl = async () => Number((await sql<{ n: number }>`select count(*)::int as n from eigener_indikator_wert`.execute(env.db.k)).rows[0]!.n);
const INDIKATOR = { kommuneId: KOMMUNE_A, name: 'Kita-Versorgungsquote U3', einheit: '%', richtung: 'hoch', rba: 'besser_gestellt', verantwortlich: 'Jugendamt', rhythmus: 'jaehrlich' };

async function neuerIndikator(extra: Record<string, unknown> = {}) {
  const r = await (await env.als('mitglied')).post('/api/wirkung/indikatoren', { ...INDIKATOR, ...extra });
  expect(r.status, r.body).toBe(201);
  return r.json().id as string;
}

describe('Eigene Indikatoren', () => {
  it('importiert CSV, rechnet die Prognose und meldet „Ziel kaum erreichbar“ und „nur Output gemessen“ aufgehoben', async () => {
    const c = await env.als('mitglied');
    const ziel = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Mehr Kinder unter drei in Betreuung', stufe: 6, iooi: 'outcome' })).json().id;
    expect((await c.get(`/api/wirkung/ziele/${ziel}`)).json().hinweise.nurOutputGemessen).toBe(true);
    const id = await neuerIndikator({ zielId: ziel, stufe: 6, zielWert: 60, zielJahr: 2026 });
    const csv = 'jahr;wert;stadtteil\n2019;30;\n2020;32;\n2021;33,5;Nordstadt\n2022;35;\n2023;36;\n';
    const r = await c.post(`/api/wirkung/indikatoren/${id}/import`, { format: 'csv', inhalt: csv });
    expect(r.status, r.body).toBe(201);
    expect(r.json()).toEqual({ importiert: 5 });
    const d = (await c.get(`/api/wirkung/indikatoren/${id}`)).json();
    expect(d.jahresreihe).toEqual([{ jahr: 2019, wert: 30 }, { jahr: 2020, wert: 32 }, { jahr: 2021, wert: 33.5 }, { jahr: 2022, wert: 35 }, { jahr: 2023, wert: 36 }]);
    expect(d.prognose.punkte.map((p: { jahr: number }) => p.jahr)).toEqual([2024, 2025, 2026]);
    const p26 = d.prognose.punkte[2];
    expect(p26.unten).toBeLessThan(p26.wert);
    expect(p26.oben).toBeLessThan(60); // Trend um 1,5 je Jahr → weit unter 60
    expect(d.hinweise).toMatchObject({ zielKaumErreichbar: true, gegenindikator: false });
    expect(d.zielAussage).toBe('Mehr Kinder unter drei in Betreuung');
    expect((await c.get(`/api/wirkung/ziele/${ziel}`)).json().hinweise.nurOutputGemessen).toBe(false);
  });

  it('weist eine fehlerhafte Zeile 4.711 mit Zeilennummer ab und schreibt nichts', async () => {
    const c = await env.als('mitglied');
    const id = await neuerIndikator();
    const zeilen = ['jahr;wert', ...Array.from({ length: 4709 }, (_, i) => `${2000 + (i % 20)};${i}`), '2021;zwölf'];
    const vorher = await werteZahl();
    const r = await c.post(`/api/wirkung/indikatoren/${id}/import`, { format: 'csv', inhalt: zeilen.join('\n') });
    expect(r.status).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'indikator.import_fehlerhaft', message: 'Zeile 4.711: „zwölf“ in der Spalte „wert“ ist keine Zahl. Es wurde nichts importiert.' });
    expect(await werteZahl()).toBe(vorher);
  });

  it('liest XLSX mit exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Werte');
    ws.addRows([['Jahr', 'Wert', 'Zielgruppe'], [2022, 12.5, 'Alleinerziehende'], [2023, 13, '']]);
    const b64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const id = await neuerIndikator();
    const c = await env.als('mitglied');
    const r = await c.post(`/api/wirkung/indikatoren/${id}/import`, { format: 'xlsx', inhalt: b64 });
    expect(r.status, r.body).toBe(201);
    const d = (await c.get(`/api/wirkung/indikatoren/${id}`)).json();
    expect(d.werte).toEqual([
      { jahr: 2022, datum: null, wert: 12.5, stadtteil: '', zielgruppe: 'Alleinerziehende' },
      { jahr: 2023, datum: null, wert: 13, stadtteil: '', zielgruppe: '' },
    ]);
    const kaputt = await c.post(`/api/wirkung/indikatoren/${id}/import`, { format: 'xlsx', inhalt: 'bm9jaCBrZWluIHhsc3g=' });
    expect([kaputt.status, kaputt.json().error.code]).toEqual([422, 'indikator.import_unlesbar']);
  });

  it('weist einen Wert für das Jahr 3000 und Text als Zahl ab', async () => {
    const c = await env.als('mitglied');
    const id = await neuerIndikator();
    const vorher = await werteZahl();
    const r = await c.post(`/api/wirkung/indikatoren/${id}/werte`, { jahr: 3000, wert: 1 });
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/Jahr: spätestens 2100/);
    const naechstes = new Date().getUTCFullYear() + 1;
    const z = await c.post(`/api/wirkung/indikatoren/${id}/werte`, { jahr: naechstes, wert: 1 });
    expect([z.status, z.json().error.code]).toEqual([422, 'indikator.jahr_ungueltig']);
    expect(z.json().error.message).toContain(`${naechstes} liegt in der Zukunft`);
    const t = await c.post(`/api/wirkung/indikatoren/${id}/werte`, { jahr: 2020, wert: 'viel' });
    expect(t.status).toBe(400);
    expect(t.body).toMatch(/Wert: Zahl erwartet/);
    expect(await werteZahl()).toBe(vorher);
    expect((await c.post(`/api/wirkung/indikatoren/${id}/werte`, { jahr: 2020, wert: 4.5, stadtteil: 'Weststadt' })).status).toBe(201);
    expect(await werteZahl()).toBe(vorher + 1);
  });

  it('paart Gegenindikatoren und warnt, wenn einer besser und der andere schlechter wird', async () => {
    const c = await env.als('mitglied');
    const wartezeit = await neuerIndikator({ name: 'Wartezeit Bürgerbüro', einheit: 'Minuten', richtung: 'niedrig', rba: 'wie_gut' });
    const zufrieden = await neuerIndikator({ name: 'Zufriedenheit', einheit: '%', richtung: 'hoch', rba: 'besser_gestellt', gegenindikatorId: wartezeit });
    await c.post(`/api/wirkung/indikatoren/${wartezeit}/import`, { format: 'csv', inhalt: 'jahr,wert\n2022,30\n2023,20\n' });
    await c.post(`/api/wirkung/indikatoren/${zufrieden}/import`, { format: 'csv', inhalt: 'jahr,wert\n2022,80\n2023,70\n' });
    const a = (await c.get(`/api/wirkung/indikatoren/${wartezeit}`)).json();
    expect(a.gegenindikator).toMatchObject({ id: zufrieden, name: 'Zufriedenheit' });
    expect(a.hinweise.gegenindikator).toBe(true);
    const liste = (await c.get(`/api/wirkung/indikatoren?kommuneId=${KOMMUNE_A}`)).json().items;
    expect(liste.find((i: { id: string }) => i.id === zufrieden).hinweise.gegenindikator).toBe(true);
    // Ein Indikator einer anderen Kommune ist kein Gegenindikator
    const b = await env.db.k.insertInto('eigener_indikator').values({ kommune_id: KOMMUNE_B, name: 'fremd', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich' }).returning('id').executeTakeFirstOrThrow();
    const r = await c.post('/api/wirkung/indikatoren', { ...INDIKATOR, gegenindikatorId: b.id });
    expect([r.status, r.json().error.code]).toEqual([422, 'indikator.gegenindikator_unbekannt']);
  });

  it('zeigt der Administration den Anteil aktueller Indikatoren je Einheit, ohne Personen', async () => {
    const r = await (await env.als('admin')).get(`/api/wirkung/frische?kommuneId=${KOMMUNE_A}`);
    expect(r.status).toBe(200);
    const jugendamt = r.json().items.find((x: { einheit: string }) => x.einheit === 'Jugendamt');
    expect(jugendamt.gesamt).toBeGreaterThan(0);
    expect(Object.keys(jugendamt).sort()).toEqual(['aktuell', 'anteil', 'einheit', 'gesamt']);
    expect(r.body).not.toMatch(/Test mitglied|@giessen/);
    expect((await (await env.als('mitglied')).get(`/api/wirkung/frische?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
  });

  it('zeigt überfällige Indikatoren nur der Person, die sie pflegt, auf „Was steht an?“', async () => {
    const id = await neuerIndikator({ name: 'Überfälliger Indikator' });
    await (await env.als('mitglied')).post(`/api/wirkung/indikatoren/${id}/werte`, { jahr: 2020, wert: 1 });
    const punkte = await manifest.anstehend!(env.db, { id: env.kontoIds.mitglied, email: 'x', name: 'x', rollen: [], regionen: [], mitgliedschaften: [{ kommuneId: KOMMUNE_A, rolle: 'mitglied' }] } as never);
    expect(punkte).toContainEqual(expect.objectContaining({ art: 'wirkung.indikator.ueberfaellig', link: `/wirkung/indikatoren/${id}`, faellig: '2022-03-31', handeln: true, kommuneId: KOMMUNE_A }));
    const admin = await manifest.anstehend!(env.db, { id: env.kontoIds.admin, email: 'y', name: 'y', rollen: [], regionen: [], mitgliedschaften: [{ kommuneId: KOMMUNE_A, rolle: 'admin' }] } as never);
    expect(admin.filter((p) => p.art === 'wirkung.indikator.ueberfaellig')).toEqual([]);
  });
});
