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

describe('„Bei uns testen“ auf der Lösungsseite', () => {
  /** Gießen: Experiment → Standard → Lösungsentwurf; veröffentlicht wie nach der Prüfung der Transferstelle. */
  async function loesungAusExperiment(titel: string, veroeffentlicht = true) {
    const c = await env.als('mitglied');
    const x = (await c.post('/api/kaizen/experimente', { kommuneId: KOMMUNE_A, titel, hypothese: 'Mit einer Checkliste vorab kommen weniger zweimal.', messgroesse: 'fehlerquote', baselineMethode: 'zaehlung', baselineWert: 21, zielWert: 10 })).json().id as string;
    await c.post(`/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'standard', ergebnis: 'Nur noch 7 % kamen ein zweites Mal.', ergebnisWert: 7, gelernt: 'Der Hinweis muss in die Terminmail.' });
    const loesungId = (await c.post(`/api/kaizen/experimente/${x}/transfer`)).json().loesungId as string;
    if (veroeffentlicht) await env.db.k.updateTable('loesung').set({ status: 'veroeffentlicht' }).where('id', '=', loesungId).execute();
    return { x, loesungId };
  }

  it('eine andere Kommune legt das verknüpfte Experiment an (Messgröße, Einheit, Methode, Vorbild, Nennung mit Kommune)', async () => {
    const { x, loesungId } = await loesungAusExperiment('Checkliste in der Terminmail');
    const m = await env.als('fremd');
    expect((await m.get(`/api/kaizen/loesungen/${loesungId}/nachtest`)).json()).toEqual({ testbar: true });
    const r = await m.post(`/api/kaizen/loesungen/${loesungId}/testen`, { kommuneId: KOMMUNE_B });
    expect(r.status, r.body).toBe(201);
    const neu = (await m.get(`/api/kaizen/experimente/${r.json().id}`)).json();
    expect(neu).toMatchObject({ kommuneId: KOMMUNE_B, titel: 'Checkliste in der Terminmail', hypothese: 'Mit einer Checkliste vorab kommen weniger zweimal.', messgroesse: 'fehlerquote', einheit: 'Prozent', baselineMethode: 'zaehlung', baselineWert: null, zielWert: null, entscheidung: null });
    const zeile = await env.db.k.selectFrom('kaizen_experiment').select(['vorbild_id', 'vorbild_eintrag_id']).where('id', '=', r.json().id).executeTakeFirstOrThrow();
    expect(zeile).toEqual({ vorbild_id: x, vorbild_eintrag_id: null });
    expect((await m.get(`/api/kaizen/experimente/${r.json().id}/anerkennung`)).json()).toMatchObject({ vorbild: { titel: 'Checkliste in der Terminmail', kommuneName: 'Gießen, Universitätsstadt' } });
    expect((await (await env.als('mitglied')).get(`/api/kaizen/experimente/${x}/anerkennung`)).json().nachgetestet).toBe(1);
  });

  it('nicht für die Herkunftskommune, ohne Experiment, nicht veröffentlicht oder ohne Anmeldung: 4xx, nichts angelegt', async () => {
    const { loesungId } = await loesungAusExperiment('Checkliste Eigen');
    const { loesungId: entwurf } = await loesungAusExperiment('Checkliste Entwurf', false);
    const ohne = (await env.db.k.insertInto('loesung').values({ kommune_id: KOMMUNE_A, titel: 'Ohne Experiment', zusammenfassung: 'x', problem: 'y', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
    const c = await env.als('mitglied');
    const m = await env.als('fremd');
    const vorher = await anzahl('kaizen_experiment');
    expect((await c.get(`/api/kaizen/loesungen/${loesungId}/nachtest`)).json()).toEqual({ testbar: true });
    const eigen = await c.post(`/api/kaizen/loesungen/${loesungId}/testen`, { kommuneId: KOMMUNE_A });
    expect([eigen.status, eigen.json().error.code]).toEqual([409, 'transfer.eigene_kommune']);
    expect((await m.get(`/api/kaizen/loesungen/${ohne}/nachtest`)).json()).toEqual({ testbar: false });
    const o = await m.post(`/api/kaizen/loesungen/${ohne}/testen`, { kommuneId: KOMMUNE_B });
    expect([o.status, o.json().error.code]).toEqual([409, 'transfer.loesung_ohne_experiment']);
    expect(o.json().error.message).toMatch(/Experiment/);
    expect((await m.get(`/api/kaizen/loesungen/${entwurf}/nachtest`)).json()).toEqual({ testbar: false });
    const e = await m.post(`/api/kaizen/loesungen/${entwurf}/testen`, { kommuneId: KOMMUNE_B });
    expect([e.status, e.json().error.code]).toEqual([404, 'loesung.nicht_gefunden']);
    expect(e.body).not.toMatch(/Gießen|Checkliste/);
    expect((await m.post(`/api/kaizen/loesungen/${loesungId}/testen`, { kommuneId: KOMMUNE_A })).status).toBe(403);
    const anonym = await env.als('anonym');
    expect((await anonym.get(`/api/kaizen/loesungen/${loesungId}/nachtest`)).status).toBe(401);
    expect((await anonym.post(`/api/kaizen/loesungen/${loesungId}/testen`, { kommuneId: KOMMUNE_B })).status).toBe(401);
    expect((await (await env.als('transferstelle')).post(`/api/kaizen/loesungen/${loesungId}/testen`, { kommuneId: KOMMUNE_B })).status).toBe(403);
    expect(await anzahl('kaizen_experiment')).toBe(vorher);
  });
});
