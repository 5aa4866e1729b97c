import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

/** Idee → Experiment mit Stichprobe → Standard → Vorschlag an die Transferstelle → eine andere Kommune testet es. */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const anzahl = async (t: 'loesung' | 'kaizen_experiment') => Number((await env.db.k.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const faelle = (minuten: number[], tag: number) => minuten.map((m, i) => {
  const beginn = new Date(Date.UTC(2026, 0, tag, 8, i * 5));
  return { beginn: beginn.toISOString(), ende: new Date(beginn.getTime() + m * 60_000).toISOString() };
});

describe('Verbesserungen reisen', () => {
  it('vom Standard zum Lösungsentwurf und „Bei uns testen“ in München, Gießen in beiden Fällen genannt', async () => {
    const c = await env.als('mitglied');
    const idee = (await c.post('/api/kaizen/ideen', { kommuneId: KOMMUNE_A, problem: 'Montags stehen Abholende lange an.', vorschlag: 'Eigener Abholschalter am Montag.' })).json().id;
    const x = (await c.post('/api/kaizen/experimente', { kommuneId: KOMMUNE_A, ideeId: idee, titel: 'Abholschalter am Montag', hypothese: 'Mit eigenem Abholschalter sinkt die Wartezeit am Montag.', messgroesse: 'wartezeit', baselineWert: 32, zielWert: 15 })).json().id;
    await c.post(`/api/kaizen/experimente/${x}/stichprobe`, { phase: 'vorher', faelle: faelle([30, 35, 28, 33, 31, 36, 29, 32], 5) });
    await c.post(`/api/kaizen/experimente/${x}/stichprobe`, { phase: 'nachher', faelle: faelle([14, 12, 16, 13, 15, 11, 14, 17], 19) });

    // Vor der Entscheidung: 409, nichts angelegt.
    const loesungenVorher = await anzahl('loesung');
    const zuFrueh = await c.post(`/api/kaizen/experimente/${x}/transfer`);
    expect(zuFrueh.status).toBe(409);
    expect(zuFrueh.json().error.code).toBe('transfer.nicht_standard');
    expect(await anzahl('loesung')).toBe(loesungenVorher);

    await c.post(`/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'standard', ergebnis: 'Die Wartezeit am Montag hat sich halbiert.', ergebnisWert: 14, gelernt: 'Ein eigener Schalter lohnt sich nur montags.' });
    const t = await c.post(`/api/kaizen/experimente/${x}/transfer`);
    expect(t.status, t.body).toBe(201);
    const loesungId = t.json().loesungId;
    const l = await env.db.k.selectFrom('loesung').selectAll().where('id', '=', loesungId).executeTakeFirstOrThrow();
    expect(l).toMatchObject({ kommune_id: KOMMUNE_A, status: 'entwurf', titel: 'Abholschalter am Montag', wirkungsstufe: 5 });
    expect(l.problem).toContain('Montags stehen Abholende lange an.');
    expect(l.problem).toContain('Ist: 32 Minuten. Soll: 15 Minuten.');
    expect(l.zusammenfassung).toContain('Gießen');
    expect(String(l.wirkung_text)).toContain('nachher 14 Minuten (-56,2 %)');
    // Die Transferstelle liest den Entwurf.
    expect((await (await env.als('transferstelle')).get(`/api/loesungen/${loesungId}`)).status).toBe(200);
    const doppelt = await c.post(`/api/kaizen/experimente/${x}/transfer`);
    expect(doppelt.json().error.code).toBe('transfer.schon_vorgeschlagen');
    expect(await anzahl('loesung')).toBe(loesungenVorher + 1);
    expect((await c.get(`/api/kaizen/experimente/${x}/anerkennung`)).json()).toMatchObject({ loesungId, nachgetestet: 0, vorbild: null });

    // Geteilt mit allen; München testet es bei sich.
    const eintrag = (await c.post(`/api/kaizen/experimente/${x}/lernlog`, { sichtbarkeit: 'alle' })).json().id;
    const m = await env.als('fremd');
    const n = await m.post(`/api/kaizen/lernlog/${eintrag}/testen`, { kommuneId: KOMMUNE_B });
    expect(n.status, n.body).toBe(201);
    const neu = (await m.get(`/api/kaizen/experimente/${n.json().id}`)).json();
    expect(neu).toMatchObject({ kommuneId: KOMMUNE_B, titel: 'Abholschalter am Montag', messgroesse: 'wartezeit', einheit: 'Minuten', baselineMethode: 'stichprobe', baselineWert: null, entscheidung: null });
    expect((await m.get(`/api/kaizen/experimente/${n.json().id}/anerkennung`)).json()).toMatchObject({ vorbild: { titel: 'Abholschalter am Montag', kommuneName: 'Gießen, Universitätsstadt' } });
    expect((await c.get(`/api/kaizen/experimente/${x}/anerkennung`)).json().nachgetestet).toBe(1);
  });

  it('nicht geteilt, eigene Kommune oder ohne Experiment: 4xx, nichts angelegt', async () => {
    const c = await env.als('mitglied');
    const m = await env.als('fremd');
    const text = { titel: 'Von Hand', versucht: 'a', passiert: 'b', gelernt: 'c', ausgang: 'teilweise' };
    const intern = (await c.post('/api/kaizen/lernlog', { kommuneId: KOMMUNE_A, ...text, sichtbarkeit: 'kommune' })).json().id;
    const ohne = (await c.post('/api/kaizen/lernlog', { kommuneId: KOMMUNE_A, ...text, sichtbarkeit: 'anonym' })).json().id;
    const vorher = await anzahl('kaizen_experiment');
    expect((await m.post(`/api/kaizen/lernlog/${intern}/testen`, { kommuneId: KOMMUNE_B })).json().error.code).toBe('lernlog.nicht_gefunden');
    expect((await m.post(`/api/kaizen/lernlog/${ohne}/testen`, { kommuneId: KOMMUNE_B })).json().error.code).toBe('transfer.ohne_experiment');
    expect((await c.post(`/api/kaizen/lernlog/${ohne}/testen`, { kommuneId: KOMMUNE_A })).json().error.code).toBe('transfer.eigene_kommune');
    expect([403, 404]).toContain((await m.post(`/api/kaizen/lernlog/${ohne}/testen`, { kommuneId: KOMMUNE_A })).status);
    expect(await anzahl('kaizen_experiment')).toBe(vorher);
  });
});
