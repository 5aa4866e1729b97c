import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const heute = () => new Date().toISOString().slice(0, 10);
const inEinemJahr = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
const zaehle = async () => Number((await sql<{ n: number }>`select count(*)::int as n from massnahme_pruefung`.execute(env.db.k)).rows[0]!.n);

/** Ein Ziel mit zwei Maßnahmen und zwei Indikatoren (Stufe 2 besser werdend, Stufe 5 schlechter werdend). */
async function baue() {
  const c = await env.als('mitglied');
  const ziel = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Weniger Wartezeit im Bürgerbüro', stufe: 5, iooi: 'outcome' })).json().id as string;
  const samstag = (await c.post(`/api/wirkung/ziele/${ziel}/massnahmen`, { titel: 'Samstagsöffnung', budget: 42000, haushaltsprodukt: '12.20.01' })).json().id as string;
  const termine = (await c.post(`/api/wirkung/ziele/${ziel}/massnahmen`, { titel: 'Online-Termine', budget: 18500.5 })).json().id as string;
  const [a, b] = await env.db.k.insertInto('eigener_indikator').values([
    { kommune_id: KOMMUNE_A, name: 'Termine gebucht', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich', ziel_id: ziel, stufe: 2 },
    { kommune_id: KOMMUNE_A, name: 'Wartezeit', richtung: 'niedrig', rba: 'wie_gut', rhythmus: 'jaehrlich', ziel_id: ziel, stufe: 5 },
  ]).returning('id').execute();
  await env.db.k.insertInto('eigener_indikator_wert').values([
    { kommune_id: KOMMUNE_A, indikator_id: a!.id, jahr: 2023, wert: 100 }, { kommune_id: KOMMUNE_A, indikator_id: a!.id, jahr: 2024, wert: 140 },
    { kommune_id: KOMMUNE_A, indikator_id: b!.id, jahr: 2023, wert: 30 }, { kommune_id: KOMMUNE_A, indikator_id: b!.id, jahr: 2024, wert: 34 },
  ]).execute();
  return { c, ziel, samstag, termine };
}

describe('Stop-Doing-Review', () => {
  it('zeigt Kosten, Ziele, Nachweis und Trend; „beenden“ mit Begründung gibt das Budget frei und schreibt den Verlauf', async () => {
    const { c, ziel, samstag, termine } = await baue();
    const vorher = (await c.get(`/api/wirkung/pruefung?kommuneId=${KOMMUNE_A}`)).json();
    const s0 = vorher.items.find((m: { id: string }) => m.id === samstag);
    expect(s0).toMatchObject({ titel: 'Samstagsöffnung', budget: 42000, status: 'aktiv', nachweisStufe: 5, trend: 'gemischt', verlauf: [], stehtAn: false, pruefungAm: inEinemJahr(heute()) });
    expect(s0.ziele).toEqual([{ id: ziel, aussage: 'Weniger Wartezeit im Bürgerbüro' }]);
    expect(s0.indikatoren.map((i: { name: string; entwicklung: string }) => [i.name, i.entwicklung])).toEqual([['Termine gebucht', 'besser'], ['Wartezeit', 'schlechter']]);
    const frei0 = vorher.budgetFrei as number;

    const datum = heute();
    const r = await c.post(`/api/wirkung/massnahmen/${samstag}/pruefungen`, { entscheidung: 'beenden', begruendung: 'Im Mittel elf Vorsprachen je Samstag; das Geld wirkt bei den Online-Terminen mehr.', datum });
    expect(r.status, r.body).toBe(201);
    expect(r.json()).toMatchObject({ status: 'beendet', naechstePruefung: null });
    const f = await c.post(`/api/wirkung/massnahmen/${termine}/pruefungen`, { entscheidung: 'fortfuehren', begruendung: 'Wartezeit sinkt seit Einführung.', datum: '2026-01-15' });
    expect(f.json()).toMatchObject({ status: 'aktiv', naechstePruefung: '2027-01-15' });
    const a = await c.post(`/api/wirkung/massnahmen/${termine}/pruefungen`, { entscheidung: 'anpassen', begruendung: 'Mehr Termine am Nachmittag anbieten.', datum });
    expect(a.json()).toMatchObject({ status: 'aktiv', naechstePruefung: inEinemJahr(datum) });

    const nachher = (await c.get(`/api/wirkung/pruefung?kommuneId=${KOMMUNE_A}`)).json();
    expect(nachher.budgetFrei).toBeCloseTo(frei0 + 42000, 2);
    const s1 = nachher.items.find((m: { id: string }) => m.id === samstag);
    expect(s1).toMatchObject({ status: 'beendet', pruefungAm: null, stehtAn: false });
    expect(s1.verlauf).toEqual([expect.objectContaining({ entscheidung: 'beenden', datum, naechstePruefung: null, von: expect.any(String) })]);
    const t1 = nachher.items.find((m: { id: string }) => m.id === termine);
    expect(t1.verlauf.map((v: { entscheidung: string }) => v.entscheidung)).toEqual(['anpassen', 'fortfuehren']);
    expect(t1.pruefungAm).toBe(inEinemJahr(datum));
    const m = await env.db.k.selectFrom('massnahme').select(['status']).where('id', '=', samstag).executeTakeFirstOrThrow();
    expect(m.status).toBe('beendet');
    const audit = await env.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', samstag).where('aktion', '=', 'massnahme.geprueft').execute();
    expect(audit).toHaveLength(1);
    // Zweimal beenden geht nicht
    const nochmal = await c.post(`/api/wirkung/massnahmen/${samstag}/pruefungen`, { entscheidung: 'beenden', begruendung: 'doppelt', datum });
    expect([nochmal.status, nochmal.json().error.code]).toEqual([409, 'massnahme_pruefung.schon_beendet']);
  });

  it('verlangt eine Begründung und ein Datum, das nicht in der Zukunft liegt – und schreibt dann nichts', async () => {
    const { c, samstag } = await baue();
    const vorher = await zaehle();
    const leer = await c.post(`/api/wirkung/massnahmen/${samstag}/pruefungen`, { entscheidung: 'beenden', begruendung: '   ', datum: heute() });
    expect([leer.status, leer.json().error.code]).toEqual([422, 'massnahme_pruefung.begruendung_fehlt']);
    expect(leer.json().error.message).toMatch(/Begründung/);
    const zukunft = await c.post(`/api/wirkung/massnahmen/${samstag}/pruefungen`, { entscheidung: 'fortfuehren', begruendung: 'gut', datum: '2999-01-01' });
    expect([zukunft.status, zukunft.json().error.code]).toEqual([422, 'massnahme_pruefung.datum_zukunft']);
    const kaputt = await c.post(`/api/wirkung/massnahmen/${samstag}/pruefungen`, { entscheidung: 'vielleicht', begruendung: 'gut', datum: '2026-02-30' });
    expect(kaputt.status).toBe(400);
    expect(kaputt.body).toMatch(/Entscheidung|Datum/);
    expect(await zaehle()).toBe(vorher);
    const m = await env.db.k.selectFrom('massnahme').select(['status']).where('id', '=', samstag).executeTakeFirstOrThrow();
    expect(m.status).toBe('aktiv');
  });

  it('meldet fällige Prüfungen auf „Was steht an?“ und lässt andere Kommunen nicht hinein', async () => {
    const { c, samstag } = await baue();
    await env.db.k.updateTable('massnahme').set({ naechste_pruefung: '2020-01-01' }).where('id', '=', samstag).execute();
    const punkte = (await c.get('/api/anstehend')).json().punkte as { art: string; link: string; faellig: string }[];
    expect(punkte.filter((p) => p.art === 'wirkung.massnahme.pruefen' && p.faellig === '2020-01-01')).toHaveLength(1);
    const fremd = await env.als('fremd');
    expect((await fremd.get(`/api/wirkung/pruefung?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
    expect((await fremd.get(`/api/wirkung/pruefung?kommuneId=${KOMMUNE_B}`)).json().items).toEqual([]);
    const vorher = await zaehle();
    const r = await fremd.post(`/api/wirkung/massnahmen/${samstag}/pruefungen`, { entscheidung: 'beenden', begruendung: 'fremd', datum: heute() });
    expect(r.status).toBe(404);
    expect(await zaehle()).toBe(vorher);
    expect(((await fremd.get('/api/anstehend')).json().punkte as { art: string }[]).filter((p) => p.art === 'wirkung.massnahme.pruefen')).toEqual([]);
  });
});
