import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const ZIEL = {
  kommuneId: KOMMUNE_A,
  aussage: 'Familien bekommen einen Kita-Platz, wenn sie ihn brauchen.',
  zielgruppe: 'Familien mit Kindern unter drei Jahren',
  handlungsfeld: null,
  verantwortlich: 'Amt für Kinderbetreuung',
  stufe: 6,
  iooi: 'outcome',
  sdg: 4,
};
const zaehle = async (t: 'wirkungsziel' | 'wirkungslogik_element' | 'wirkungslogik_verbindung' | 'massnahme') =>
  Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(env.db.k)).rows[0]!.n);

describe('Wirkungsziele und Wirkungslogik', () => {
  it('legt ein Ziel mit Maßnahme, Output, Outcome, Impact und Verbindungen mit Annahmen an', async () => {
    const c = await env.als('mitglied');
    const r = await c.post('/api/wirkung/ziele', ZIEL);
    expect(r.status, r.body).toBe(201);
    const id = r.json().id as string;
    const m = await c.post(`/api/wirkung/ziele/${id}/massnahmen`, { titel: 'Kindertagespflege ausbauen', budget: 420000.5, haushaltsprodukt: '36.10.01' });
    expect(m.status, m.body).toBe(201);
    const el = async (ebene: string, titel: string) => (await c.post(`/api/wirkung/ziele/${id}/elemente`, { ebene, titel })).json().id as string;
    const output = await el('output', '60 neue Plätze in der Tagespflege');
    const outcome = await el('outcome', 'Eltern finden innerhalb von drei Monaten einen Platz');
    const impact = await el('impact', 'Eltern können wie geplant arbeiten');
    for (const [von, nach, annahme] of [[m.json().id, output, 'Tagespflegepersonen lassen sich gewinnen'], [output, outcome, 'Die Plätze liegen dort, wo Bedarf ist'], [outcome, impact, '']]) {
      const v = await c.post(`/api/wirkung/ziele/${id}/verbindungen`, { von, nach, annahme });
      expect(v.status, v.body).toBe(201);
    }
    const d = (await c.get(`/api/wirkung/ziele/${id}`)).json();
    expect(d).toMatchObject({ aussage: ZIEL.aussage, stufe: 6, iooi: 'outcome', sdg: 4, darfSchreiben: true, hinweise: { nurOutputGemessen: true } });
    expect(d.massnahmen).toEqual([expect.objectContaining({ titel: 'Kindertagespflege ausbauen', budget: 420000.5, haushaltsprodukt: '36.10.01', status: 'aktiv' })]);
    expect(d.elemente.map((e: { ebene: string }) => e.ebene)).toEqual(['output', 'outcome', 'impact']);
    expect(d.verbindungen).toEqual([
      expect.objectContaining({ von: m.json().id, vonArt: 'massnahme', nach: output, annahme: 'Tagespflegepersonen lassen sich gewinnen' }),
      expect.objectContaining({ von: output, vonArt: 'element', nach: outcome }),
      expect.objectContaining({ von: outcome, nach: impact, annahme: '' }),
    ]);
    // rückwärts, doppelt, fremdes Element
    const rueck = await c.post(`/api/wirkung/ziele/${id}/verbindungen`, { von: impact, nach: output });
    expect([rueck.status, rueck.json().error.code]).toEqual([422, 'wirkungsziel.verbindung_ungueltig']);
    const doppelt = await c.post(`/api/wirkung/ziele/${id}/verbindungen`, { von: output, nach: outcome });
    expect(doppelt.status).toBe(409);
    const liste = (await c.get(`/api/wirkung/ziele?kommuneId=${KOMMUNE_A}`)).json();
    expect(liste.items).toEqual([expect.objectContaining({ id, anzahlMassnahmen: 1, anzahlIndikatoren: 0, nurOutputGemessen: true })]);
    const audit = await env.db.k.selectFrom('audit_log').select('aktion').where('kommune_id', '=', KOMMUNE_A).where('aktion', 'like', 'wirkung%').execute();
    expect(audit.length).toBeGreaterThanOrEqual(7);
    // Element entfernen nimmt seine Verbindungen mit
    expect((await c.delete(`/api/wirkung/ziele/${id}/elemente/${output}`)).status).toBe(204);
    const d2 = (await c.get(`/api/wirkung/ziele/${id}`)).json();
    expect(d2.verbindungen).toHaveLength(1);
  });

  it('weist eine Stufe 9 mit deutscher Meldung ab und schreibt nichts', async () => {
    const c = await env.als('mitglied');
    const vorher = await zaehle('wirkungsziel');
    const r = await c.post('/api/wirkung/ziele', { ...ZIEL, stufe: 9 });
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/Stufe der Wirkungstreppe: 1 bis 7/);
    expect(await zaehle('wirkungsziel')).toBe(vorher);
    const sdg = await c.post('/api/wirkung/ziele', { ...ZIEL, sdg: 18 });
    expect(sdg.status).toBe(400);
    expect(sdg.body).toMatch(/SDG/);
  });

  it('verbindet keine Elemente eines anderen Ziels und lässt andere Kommunen nicht hinein', async () => {
    const c = await env.als('mitglied');
    const a = (await c.post('/api/wirkung/ziele', ZIEL)).json().id;
    const b = (await c.post('/api/wirkung/ziele', { ...ZIEL, aussage: 'Zweites Ziel' })).json().id;
    const eb = (await c.post(`/api/wirkung/ziele/${b}/elemente`, { ebene: 'outcome', titel: 'fremd' })).json().id;
    const ea = (await c.post(`/api/wirkung/ziele/${a}/elemente`, { ebene: 'output', titel: 'eigen' })).json().id;
    const vorher = await zaehle('wirkungslogik_verbindung');
    const r = await c.post(`/api/wirkung/ziele/${a}/verbindungen`, { von: ea, nach: eb });
    expect([r.status, r.json().error.code]).toEqual([422, 'wirkungsziel.element_unbekannt']);
    expect(await zaehle('wirkungslogik_verbindung')).toBe(vorher);
    const fremd = await env.als('fremd');
    expect((await fremd.get(`/api/wirkung/ziele/${a}`)).status).toBe(404);
    expect((await fremd.post(`/api/wirkung/ziele/${a}/elemente`, { ebene: 'output', titel: 'x' })).status).toBe(404);
    expect((await fremd.get(`/api/wirkung/ziele?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
    expect((await fremd.get(`/api/wirkung/ziele?kommuneId=${KOMMUNE_B}`)).json().items).toEqual([]);
    // Eine Maßnahme einer anderen Kommune lässt sich nicht zuordnen
    const mB = await env.db.k.insertInto('massnahme').values({ kommune_id: KOMMUNE_B, titel: 'Münchner Maßnahme', budget: 1 }).returning('id').executeTakeFirstOrThrow();
    const z = await c.post(`/api/wirkung/ziele/${a}/massnahmen`, { massnahmeId: mB.id });
    expect([z.status, z.json().error.code]).toEqual([422, 'wirkungsziel.massnahme_unbekannt']);
  });
});
