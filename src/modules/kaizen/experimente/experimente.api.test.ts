import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

/** PDCA-Experimente über HTTP gegen eine echte Datenbank. */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const anzahl = async (t: 'kaizen_experiment' | 'kaizen_stichprobe_fall') => Number((await env.db.k.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const experiment = (extra: Record<string, unknown> = {}) => ({
  kommuneId: KOMMUNE_A,
  titel: 'Abholschalter am Montag',
  hypothese: 'Wenn Abholungen einen eigenen Schalter haben, sinkt die Wartezeit am Montagvormittag.',
  messgroesse: 'wartezeit',
  baselineWert: 32,
  zielWert: 15,
  testVon: '2026-01-05',
  testBis: '2026-02-02',
  ...extra,
});
/** n Fälle mit den Dauern in Minuten, beginnend am 5. Januar. */
const faelle = (minuten: number[]) => minuten.map((m, i) => {
  const beginn = new Date(Date.UTC(2026, 0, 5, 8, i * 5));
  return { beginn: beginn.toISOString(), ende: new Date(beginn.getTime() + m * 60_000).toISOString() };
});

describe('Experiment anlegen', () => {
  it('ohne Messgröße, mit eigener Messgröße ohne Einheit oder verdrehtem Zeitraum: 4xx auf Deutsch, nichts geschrieben', async () => {
    const c = await env.als('mitglied');
    const vorher = await anzahl('kaizen_experiment');
    const ohne = await c.post('/api/kaizen/experimente', experiment({ messgroesse: undefined }));
    expect(ohne.status).toBe(400);
    expect(JSON.stringify(ohne.json().error)).toMatch(/Messgröße/);
    expect((await c.post('/api/kaizen/experimente', experiment({ messgroesse: 'eigene' }))).json().error.code).toBe('experiment.einheit_fehlt');
    expect((await c.post('/api/kaizen/experimente', experiment({ testBis: '2025-12-01' }))).json().error.code).toBe('experiment.zeitraum_ungueltig');
    expect([403, 404]).toContain((await c.post('/api/kaizen/experimente', experiment({ kommuneId: KOMMUNE_B }))).status);
    expect(await anzahl('kaizen_experiment')).toBe(vorher);
  });

  it('aus einer Idee: verknüpft, mit Einheit der Messgröße; eine fremde Idee wird abgelehnt', async () => {
    const c = await env.als('mitglied');
    const idee = (await c.post('/api/kaizen/ideen', { kommuneId: KOMMUNE_A, problem: 'Montags lange Schlangen.', vorschlag: 'Eigener Abholschalter.' })).json().id;
    const r = await c.post('/api/kaizen/experimente', experiment({ ideeId: idee }));
    expect(r.status, r.body).toBe(201);
    const d = (await c.get(`/api/kaizen/experimente/${r.json().id}`)).json();
    expect(d).toMatchObject({ ideeId: idee, ideeProblem: 'Montags lange Schlangen.', einheit: 'Minuten', stand: 'auswerten', entscheidung: null });
    const fremd = (await (await env.als('fremd')).post('/api/kaizen/ideen', { kommuneId: KOMMUNE_B, problem: 'Fremde Idee.', vorschlag: 'Fremder Vorschlag.' })).json().id;
    expect((await c.post('/api/kaizen/experimente', experiment({ ideeId: fremd }))).json().error.code).toBe('experiment.idee_unbekannt');
  });
});

describe('Stichprobe und Abschluss', () => {
  let id: string;
  beforeAll(async () => {
    id = (await (await env.als('mitglied')).post('/api/kaizen/experimente', experiment())).json().id;
  });

  it('sagt „zu klein“ bei wenigen Fällen und rechnet Median und Intervall aus Beginn und Ende', async () => {
    const c = await env.als('mitglied');
    const r = await c.post(`/api/kaizen/experimente/${id}/stichprobe`, { phase: 'vorher', faelle: faelle([30, 34, 28]) });
    expect(r.status, r.body).toBe(201);
    expect(r.json().stichprobe).toMatchObject({ urteil: 'zu_klein', vorher: { n: 3, median: 30, intervall: null } });
  });

  it('ein Fall mit Ende vor Beginn: 422 mit der Fallnummer, kein Fall gespeichert', async () => {
    const c = await env.als('mitglied');
    const vorher = await anzahl('kaizen_stichprobe_fall');
    const f = faelle([20, 22, 25]);
    f[1] = { beginn: f[1].ende, ende: f[1].beginn };
    const r = await c.post(`/api/kaizen/experimente/${id}/stichprobe`, { phase: 'nachher', faelle: f });
    expect(r.status).toBe(422);
    expect(r.json().error.message).toMatch(/Fall 2/);
    expect(await anzahl('kaizen_stichprobe_fall')).toBe(vorher);
  });

  it('mit genug Fällen: Urteil „schneller“ und ein Intervall um den Median', async () => {
    const c = await env.als('mitglied');
    await c.post(`/api/kaizen/experimente/${id}/stichprobe`, { phase: 'vorher', faelle: faelle([31, 36, 29, 33, 35, 32, 30]) });
    const r = await c.post(`/api/kaizen/experimente/${id}/stichprobe`, { phase: 'nachher', faelle: faelle([12, 15, 11, 14, 16, 13, 12, 15, 14, 13]) });
    const s = r.json().stichprobe;
    expect(s.vorher.n).toBe(10);
    expect(s.vorher.median).toBe(31.5);
    expect(s.nachher.median).toBe(13.5);
    expect(s.nachher.intervall.unten).toBeLessThanOrEqual(13.5);
    expect(s.nachher.intervall.oben).toBeGreaterThanOrEqual(13.5);
    expect(s.urteil).toBe('schneller');
  });

  it('Abschluss ohne „Was haben wir gelernt?“: 422, auch beim Beenden; danach genau einmal entschieden', async () => {
    const c = await env.als('mitglied');
    const ohne = await c.post(`/api/kaizen/experimente/${id}/abschluss`, { entscheidung: 'beenden', ergebnis: 'Hat nicht gewirkt.' });
    expect(ohne.status).toBe(422);
    expect(ohne.json().error).toMatchObject({ code: 'experiment.gelernt_fehlt' });
    expect((await c.post(`/api/kaizen/experimente/${id}/abschluss`, { entscheidung: 'standard', gelernt: 'Wirkt.' })).json().error.code).toBe('experiment.ergebnis_fehlt');
    expect((await c.get(`/api/kaizen/experimente/${id}`)).json().entscheidung).toBeNull();
    const r = await c.post(`/api/kaizen/experimente/${id}/abschluss`, { entscheidung: 'standard', ergebnis: 'Wartezeit im Median von 31,5 auf 13,5 Minuten.', ergebnisWert: 13.5, gelernt: 'Abholungen brauchen kaum Zeit, blockierten aber die Schlange.' });
    expect(r.status, r.body).toBe(200);
    expect(r.json()).toMatchObject({ entscheidung: 'standard', stand: 'entschieden', wirkungProzent: -57.8 });
    expect((await c.post(`/api/kaizen/experimente/${id}/abschluss`, { entscheidung: 'beenden', gelernt: 'x' })).status).toBe(409);
  });

  it('„Was steht an?“ nennt eigene Experimente nach dem Testzeitraum ohne Entscheidung', async () => {
    const c = await env.als('mitglied');
    const offen = (await c.post('/api/kaizen/experimente', experiment({ titel: 'Rückruf statt Warteschleife' }))).json().id;
    const punkte = JSON.stringify((await c.get('/api/anstehend')).json());
    expect(punkte).toContain(`/kaizen/experimente/${offen}`);
    expect(punkte).not.toContain(`/kaizen/experimente/${id}`);
    expect(JSON.stringify((await (await env.als('admin')).get('/api/anstehend')).json())).not.toContain(`/kaizen/experimente/${offen}`);
  });
});

describe('Demo-Experiment', () => {
  it('legt nach den Demo-Ideen ein entschiedenes Experiment mit Stichprobe an, einmal', async () => {
    const { demoIdeen } = await import('../ideen/ideen.demo.ts');
    const { demoExperimente } = await import('./experimente.demo.ts');
    const log: string[] = [];
    await demoIdeen(env.db, { demo: true, log: (m) => log.push(m) });
    await demoExperimente(env.db, { demo: true, log: (m) => log.push(m) });
    await demoExperimente(env.db, { demo: true, log: (m) => log.push(m) });
    const x = await env.db.k.selectFrom('kaizen_experiment').select('id').where('titel', '=', 'Abholschalter am Montagvormittag').execute();
    expect(x).toHaveLength(1);
    const d = (await (await env.als('mitglied')).get(`/api/kaizen/experimente/${x[0].id}`)).json();
    expect(d).toMatchObject({ entscheidung: 'standard', stand: 'entschieden' });
    expect(d.stichprobe).toMatchObject({ urteil: 'schneller', vorher: { n: 10, median: 33.5 }, nachher: { n: 10, median: 13.5 } });
  });
});

describe('A3-Übersicht', () => {
  it('liefert der eigenen Kommune ein getaggtes PDF auf einer Seite, einer anderen 404', async () => {
    const c = await env.als('mitglied');
    const id = (await c.post('/api/kaizen/experimente', experiment())).json().id;
    const r = await c.get(`/api/kaizen/experimente/${id}/a3.pdf`);
    expect(r.status, r.body.slice(0, 200)).toBe(200);
    expect(r.headers['content-type']).toMatch(/application\/pdf/);
    expect(r.body.slice(0, 5)).toBe('%PDF-');
    expect(r.body).toMatch(/\/StructTreeRoot/);
    expect((await (await env.als('fremd')).get(`/api/kaizen/experimente/${id}/a3.pdf`)).status).toBe(404);
  });
});
