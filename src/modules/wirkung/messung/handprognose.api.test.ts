import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const zaehle = async () => Number((await sql<{ n: number }>`select count(*)::int as n from eigene_handprognose`.execute(env.db.k)).rows[0]!.n);
const jahr = new Date().getUTCFullYear();

describe('Eigene (von Hand gezeichnete) Prognose über der „weiter so“-Prognose', () => {
  it('speichert Werte je künftigem Jahr, ersetzt sie beim nächsten Speichern, lässt Holt-Prognose und Hinweise unverändert', async () => {
    const c = await env.als('mitglied');
    const id = (await c.post('/api/wirkung/indikatoren', { kommuneId: KOMMUNE_A, name: 'Ganztagsplätze Grundschule', einheit: '%', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich', zielWert: 95, zielJahr: jahr + 3 })).json().id as string;
    for (const [j, w] of [[jahr - 4, 40], [jahr - 3, 44], [jahr - 2, 47], [jahr - 1, 52]]) expect((await c.post(`/api/wirkung/indikatoren/${id}/werte`, { jahr: j, wert: w })).status).toBe(201);
    const vorher = (await c.get(`/api/wirkung/indikatoren/${id}`)).json();
    expect(vorher.handprognose).toEqual([]);

    const r = await c.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [{ jahr: jahr + 2, wert: 80 }, { jahr: jahr + 1, wert: 65 }] });
    expect(r.status, r.body).toBe(200);
    const d = (await c.get(`/api/wirkung/indikatoren/${id}`)).json();
    expect(d.handprognose).toEqual([{ jahr: jahr + 1, wert: 65 }, { jahr: jahr + 2, wert: 80 }]);
    expect(d.prognose).toEqual(vorher.prognose);
    expect(d.hinweise).toEqual(vorher.hinweise);

    expect((await c.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [{ jahr: jahr + 3, wert: 90 }] })).status).toBe(200);
    expect((await c.get(`/api/wirkung/indikatoren/${id}`)).json().handprognose).toEqual([{ jahr: jahr + 3, wert: 90 }]);
    expect((await c.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [] })).status).toBe(200);
    expect((await c.get(`/api/wirkung/indikatoren/${id}`)).json().handprognose).toEqual([]);
    const audit = await env.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', id).where('aktion', '=', 'indikator.handprognose').execute();
    expect(audit).toHaveLength(3);
  });

  it('lehnt vergangene Jahre, doppelte Jahre, Jahr 3000 und Text als Wert ab und schreibt nichts; fremde Kommunen nicht', async () => {
    const c = await env.als('mitglied');
    const id = (await c.post('/api/wirkung/indikatoren', { kommuneId: KOMMUNE_A, name: 'Vereinsmitglieder', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich' })).json().id as string;
    await c.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [{ jahr: jahr + 1, wert: 1 }] });
    const n = await zaehle();
    const alt = await c.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [{ jahr: jahr + 1, wert: 2 }, { jahr: jahr - 1, wert: 3 }] });
    expect([alt.status, alt.json().error.code]).toEqual([422, 'indikator.handprognose_vergangenheit']);
    expect(alt.json().error.message).toContain(String(jahr - 1));
    const doppelt = await c.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [{ jahr: jahr + 1, wert: 2 }, { jahr: jahr + 1, wert: 3 }] });
    expect([doppelt.status, doppelt.json().error.code]).toEqual([422, 'indikator.handprognose_doppelt']);
    const fern = await c.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [{ jahr: 3000, wert: 2 }] });
    expect(fern.status).toBe(400);
    expect(fern.body).toMatch(/2100/);
    const text = await c.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [{ jahr: jahr + 1, wert: 'viel' }] });
    expect(text.status).toBe(400);
    expect(await zaehle()).toBe(n);
    expect((await c.get(`/api/wirkung/indikatoren/${id}`)).json().handprognose).toEqual([{ jahr: jahr + 1, wert: 1 }]);
    const fremd = await env.als('fremd');
    expect((await fremd.put(`/api/wirkung/indikatoren/${id}/handprognose`, { werte: [] })).status).toBe(404);
    expect(await zaehle()).toBe(n);
  });
});
