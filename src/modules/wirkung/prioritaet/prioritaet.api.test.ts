import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { strFromU8, unzipSync } from 'fflate';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B, TEST_KONTEN, TEST_PASSWORT } from '../../../testing/fixtures.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const zaehle = async () => Number((await sql<{ n: number }>`select count(*)::int as n from zielkonflikt`.execute(env.db.k)).rows[0]!.n);
/** Bytes of a download (the test client decodes bodies as UTF-8): a signed-in inject of its own. */
async function ladeBytes(url: string) {
  const kekse = new Map<string, string>();
  const merke = (h: unknown) => {
    for (const c of ([] as string[]).concat((h as string | string[] | undefined) ?? [])) {
      const [paar] = c.split(';');
      kekse.set(paar!.slice(0, paar!.indexOf('=')), paar!.slice(paar!.indexOf('=') + 1));
    }
  };
  const cookie = () => [...kekse].map(([k, v]) => `${k}=${v}`).join('; ');
  merke((await env.app.inject({ method: 'GET', url: '/api/health' })).headers['set-cookie']);
  const login = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: TEST_KONTEN.mitglied, passwort: TEST_PASSWORT }, headers: { cookie: cookie(), 'x-csrf-token': kekse.get('lotse_csrf')! } });
  expect(login.statusCode).toBe(204);
  merke(login.headers['set-cookie']);
  return env.app.inject({ method: 'GET', url, headers: { cookie: cookie() } });
}

const heute = () => new Date().toISOString().slice(0, 10);

describe('Priorisierung und Zielkonflikte', () => {
  it('zeigt Wirkung, Aufwand, Ziele und das durch „beenden“ frei gewordene Budget; exportiert ein PDF', async () => {
    const c = await env.als('mitglied');
    const ziel = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Kinder lernen schwimmen', stufe: 5, iooi: 'outcome' })).json().id as string;
    const kurs = (await c.post(`/api/wirkung/ziele/${ziel}/massnahmen`, { titel: 'Schwimmkurse in der 3. Klasse', budget: 30000 })).json().id as string;
    const bad = (await c.post(`/api/wirkung/ziele/${ziel}/massnahmen`, { titel: 'Lehrschwimmbecken sanieren', budget: 900000 })).json().id as string;
    const e = await c.put(`/api/wirkung/massnahmen/${kurs}/einschaetzung`, { wirkungErwartet: 5, aufwand: 2 });
    expect(e.status, e.body).toBe(200);
    await c.put(`/api/wirkung/massnahmen/${bad}/einschaetzung`, { wirkungErwartet: 2, aufwand: 5 });
    const falsch = await c.put(`/api/wirkung/massnahmen/${bad}/einschaetzung`, { wirkungErwartet: 6, aufwand: 5 });
    expect(falsch.status).toBe(400);
    expect(falsch.body).toMatch(/Erwartete Wirkung: 1 bis 5/);

    const vorher = (await c.get(`/api/wirkung/prioritaet?kommuneId=${KOMMUNE_A}`)).json();
    const k = vorher.items.find((m: { id: string }) => m.id === kurs);
    expect(k).toMatchObject({ wirkungErwartet: 5, aufwand: 2, feld: 'zuerst', ziele: [{ id: ziel, aussage: 'Kinder lernen schwimmen' }] });
    expect(vorher.items.find((m: { id: string }) => m.id === bad)).toMatchObject({ feld: 'hinterfragen', wirkungErwartet: 2 });
    expect(vorher.items.findIndex((m: { id: string }) => m.id === kurs)).toBeLessThan(vorher.items.findIndex((m: { id: string }) => m.id === bad));

    expect((await c.post(`/api/wirkung/massnahmen/${bad}/pruefungen`, { entscheidung: 'beenden', begruendung: 'Sanierung unwirtschaftlich; Kurse im Hallenbad des Kreises.', datum: heute() })).status).toBe(201);
    const nachher = (await c.get(`/api/wirkung/prioritaet?kommuneId=${KOMMUNE_A}`)).json();
    expect(nachher.budgetFrei - vorher.budgetFrei).toBeCloseTo(900000, 2);
    expect(vorher.budgetAktiv - nachher.budgetAktiv).toBeCloseTo(900000, 2);

    const pdf = await c.get(`/api/wirkung/prioritaet.pdf?kommuneId=${KOMMUNE_A}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
    expect(pdf.body.slice(0, 5)).toBe('%PDF-');
    expect(pdf.body).toMatch(/\/StructTreeRoot/);
  });

  it('markiert zwei Ziele als Konflikt mit Beschreibung und Auflösung, lehnt fremde und gleiche Ziele ab', async () => {
    const c = await env.als('mitglied');
    const a = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Mehr Wohnraum schaffen', stufe: 6, iooi: 'impact' })).json().id as string;
    const b = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Keine neuen Flächen versiegeln', stufe: 6, iooi: 'impact' })).json().id as string;
    const r = await c.post('/api/wirkung/zielkonflikte', { kommuneId: KOMMUNE_A, zielA: a, zielB: b, beschreibung: 'Neubau braucht Fläche.', aufloesung: 'Vorrang für Aufstockung und Brachflächen.' });
    expect(r.status, r.body).toBe(201);
    const d = (await c.get(`/api/wirkung/prioritaet?kommuneId=${KOMMUNE_A}`)).json();
    expect(d.zielkonflikte).toContainEqual({ id: r.json().id, zielA: { id: a, aussage: 'Mehr Wohnraum schaffen' }, zielB: { id: b, aussage: 'Keine neuen Flächen versiegeln' }, beschreibung: 'Neubau braucht Fläche.', aufloesung: 'Vorrang für Aufstockung und Brachflächen.' });
    const n = await zaehle();
    const doppelt = await c.post('/api/wirkung/zielkonflikte', { kommuneId: KOMMUNE_A, zielA: b, zielB: a, beschreibung: 'andersherum' });
    expect([doppelt.status, doppelt.json().error.code]).toEqual([409, 'zielkonflikt.doppelt']);
    const gleich = await c.post('/api/wirkung/zielkonflikte', { kommuneId: KOMMUNE_A, zielA: a, zielB: a, beschreibung: 'x' });
    expect([gleich.status, gleich.json().error.code]).toEqual([422, 'zielkonflikt.gleiches_ziel']);
    const fremdesZiel = (await env.db.k.insertInto('wirkungsziel').values({ kommune_id: KOMMUNE_B, aussage: 'Münchner Ziel', stufe: 3, iooi: 'output' }).returning('id').executeTakeFirstOrThrow()).id;
    const quer = await c.post('/api/wirkung/zielkonflikte', { kommuneId: KOMMUNE_A, zielA: a, zielB: fremdesZiel, beschreibung: 'x' });
    expect([quer.status, quer.json().error.code]).toEqual([422, 'zielkonflikt.ziel_unbekannt']);
    const leer = await c.post('/api/wirkung/zielkonflikte', { kommuneId: KOMMUNE_A, zielA: a, zielB: fremdesZiel, beschreibung: ' ' });
    expect(leer.status).toBe(400);
    expect(await zaehle()).toBe(n);
    const fremd = await env.als('fremd');
    expect((await fremd.get(`/api/wirkung/prioritaet?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
    expect((await fremd.get(`/api/wirkung/prioritaet.pdf?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
    expect((await fremd.post('/api/wirkung/zielkonflikte', { kommuneId: KOMMUNE_A, zielA: a, zielB: b, beschreibung: 'x' })).status).toBe(403);
  });

  it('exportiert die Ratsvorlage auch als DOCX: Überschrift, Maßnahmen mit Einordnung und Zielkonflikte stehen im Dokument', async () => {
    const c = await env.als('mitglied');
    const ziel = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Mehr Grün in der Innenstadt', stufe: 5, iooi: 'outcome' })).json().id as string;
    const anderes = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Mehr Parkplätze am Markt', stufe: 3, iooi: 'output' })).json().id as string;
    const m = (await c.post(`/api/wirkung/ziele/${ziel}/massnahmen`, { titel: 'Baumpatenschaften & Entsiegelung', budget: 12500 })).json().id as string;
    await c.put(`/api/wirkung/massnahmen/${m}/einschaetzung`, { wirkungErwartet: 4, aufwand: 1 });
    await c.post('/api/wirkung/zielkonflikte', { kommuneId: KOMMUNE_A, zielA: ziel, zielB: anderes, beschreibung: 'Bäume brauchen Fläche am Markt.', aufloesung: 'Parkhaus statt Randparken.' });
    const r = await ladeBytes(`/api/wirkung/prioritaet.docx?kommuneId=${KOMMUNE_A}`);
    expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    expect(r.headers['content-type']).toMatch(/application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/);
    expect(r.headers['content-disposition']).toMatch(/priorisierung-065310005005\.docx/);
    const dateien = unzipSync(new Uint8Array(r.rawPayload));
    const xml = strFromU8(dateien['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Was wollen wir damit erreichen?');
    expect(text).toContain('Baumpatenschaften &amp; Entsiegelung');
    expect(text).toContain('Hohe Wirkung, geringer Aufwand – zuerst');
    expect(text).toContain('Mehr Grün in der Innenstadt');
    expect(text).toContain('Parkhaus statt Randparken.');
    expect(xml).toMatch(/<w:tbl>/);
    expect(strFromU8(dateien['docProps/core.xml']!)).toContain('Priorisierung der Maßnahmen');
    const fremd = await env.als('fremd');
    expect((await fremd.get(`/api/wirkung/prioritaet.docx?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
  });
});
