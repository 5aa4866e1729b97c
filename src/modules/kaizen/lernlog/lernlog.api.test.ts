import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';
import { lernAktivitaet } from '../index.ts';

/** Lernlog über HTTP gegen eine echte Datenbank: Anlegen, aus einem Experiment, Sichtbarkeit, Suche. */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const anzahl = async () => Number((await env.db.k.selectFrom('kaizen_lerneintrag').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const eintrag = (extra: Record<string, unknown> = {}) => ({
  kommuneId: KOMMUNE_A,
  titel: 'Rückrufliste statt Warteschleife',
  versucht: 'Anrufende konnten sich in eine Rückrufliste eintragen statt in der Warteschleife zu bleiben.',
  passiert: 'Die Liste wurde voll, Rückrufe kamen oft erst am Folgetag.',
  gelernt: 'Rückrufe brauchen ein festes Zeitfenster im Dienstplan, sonst verdrängt der Schalter sie.',
  ausgang: 'gescheitert',
  sichtbarkeit: 'kommune',
  ...extra,
});

describe('Lerneintrag von Hand', () => {
  it('fehlende Angaben, unbekannte Sichtbarkeit, fremde Kommune: 4xx auf Deutsch, nichts geschrieben', async () => {
    const c = await env.als('mitglied');
    const vorher = await anzahl();
    const ohne = await c.post('/api/kaizen/lernlog', eintrag({ gelernt: '  ' }));
    expect(ohne.status).toBe(400);
    expect(JSON.stringify(ohne.json().error)).toMatch(/Gelernt/);
    const sicht = await c.post('/api/kaizen/lernlog', eintrag({ sichtbarkeit: 'welt' }));
    expect(sicht.status).toBe(400);
    expect(JSON.stringify(sicht.json().error)).toMatch(/Wer darf/);
    expect([403, 404]).toContain((await c.post('/api/kaizen/lernlog', eintrag({ kommuneId: KOMMUNE_B }))).status);
    expect(await anzahl()).toBe(vorher);
  });

  it('Fehlschläge werden gespeichert und im Audit-Log vermerkt', async () => {
    const c = await env.als('mitglied');
    const r = await c.post('/api/kaizen/lernlog', eintrag());
    expect(r.status, r.body).toBe(201);
    const liste = (await c.get('/api/kaizen/lernlog')).json().items;
    expect(liste.find((e: { id: string }) => e.id === r.json().id)).toMatchObject({ ausgang: 'gescheitert', eigen: true, kommuneId: KOMMUNE_A, autor: expect.any(String) });
    const audit = await env.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', r.json().id).execute();
    expect(audit.map((a) => a.aktion)).toEqual(['lernlog.angelegt']);
  });
});

describe('Sichtbarkeit', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const c = await env.als('mitglied');
    for (const s of ['kommune', 'alle', 'anonym'] as const) {
      ids[s] = (await c.post('/api/kaizen/lernlog', eintrag({ titel: `Sichtbarkeit ${s}`, sichtbarkeit: s }))).json().id;
    }
  });

  it('eine andere Kommune sieht „alle“ mit Kommune, „anonym“ ohne Kommune und Person, „kommune“ gar nicht', async () => {
    const items = (await (await env.als('fremd')).get('/api/kaizen/lernlog')).json().items as Record<string, unknown>[];
    const von = (id: string) => items.find((e) => e.id === id);
    expect(von(ids.kommune)).toBeUndefined();
    expect(von(ids.alle)).toMatchObject({ eigen: false, kommuneId: KOMMUNE_A, kommuneName: 'Gießen, Universitätsstadt', autor: null });
    expect(von(ids.anonym)).toMatchObject({ eigen: false, kommuneId: null, kommuneName: null, autor: null, experimentId: null });
    expect(JSON.stringify(von(ids.anonym))).not.toMatch(/Gießen|giessen|065310005005/i);
  });

  it('die eigene Kommune sieht alle drei; ohne Anmeldung gibt es nichts', async () => {
    const items = (await (await env.als('mitglied')).get('/api/kaizen/lernlog')).json().items as { id: string; eigen: boolean }[];
    for (const id of Object.values(ids)) expect(items.find((e) => e.id === id)?.eigen).toBe(true);
    expect((await (await env.als('anonym')).get('/api/kaizen/lernlog')).status).toBe(401);
  });

  it('Volltextsuche findet Wortformen und filtert; eine leere Suche liefert alle sichtbaren', async () => {
    const c = await env.als('fremd');
    const treffer = (await c.get(`/api/kaizen/lernlog?q=${encodeURIComponent('Rückrufe Dienstplan')}`)).json().items as { id: string }[];
    expect(treffer.map((t) => t.id).sort()).toEqual([ids.alle, ids.anonym].sort());
    expect((await c.get('/api/kaizen/lernlog?q=Warteschleifen')).json().items.length).toBeGreaterThanOrEqual(2);
    expect((await c.get('/api/kaizen/lernlog?q=Hundesteuer')).json().items).toEqual([]);
    expect((await c.get(`/api/kaizen/lernlog?q=${'x'.repeat(300)}`)).status).toBe(400);
  });
});

describe('Lerneintrag aus einem Experiment', () => {
  const experiment = { kommuneId: KOMMUNE_A, titel: 'Terminbuchung online', hypothese: 'Mit Online-Terminen sinkt die Wartezeit im Bürgerbüro.', messgroesse: 'wartezeit', baselineWert: 30 };

  it('vor der Entscheidung 409; danach mit Hypothese, Ergebnis und Gelerntem vorbefüllt, nur einmal', async () => {
    const c = await env.als('mitglied');
    const x = (await c.post('/api/kaizen/experimente', experiment)).json().id;
    const vorher = await anzahl();
    const zuFrueh = await c.post(`/api/kaizen/experimente/${x}/lernlog`, { sichtbarkeit: 'alle' });
    expect(zuFrueh.status).toBe(409);
    expect(zuFrueh.json().error.code).toBe('lernlog.experiment_offen');
    expect(await anzahl()).toBe(vorher);
    await c.post(`/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'beenden', ergebnis: 'Kaum jemand buchte online.', ergebnisWert: 29, gelernt: 'Ohne Hinweis auf der Startseite findet niemand die Buchung.' });
    const r = await c.post(`/api/kaizen/experimente/${x}/lernlog`, { sichtbarkeit: 'alle' });
    expect(r.status, r.body).toBe(201);
    const e = (await c.get('/api/kaizen/lernlog?q=Startseite')).json().items.find((i: { id: string }) => i.id === r.json().id);
    expect(e).toMatchObject({ titel: 'Terminbuchung online', versucht: experiment.hypothese, passiert: 'Kaum jemand buchte online.', gelernt: 'Ohne Hinweis auf der Startseite findet niemand die Buchung.', ausgang: 'gescheitert', experimentId: x });
    const doppelt = await c.post(`/api/kaizen/experimente/${x}/lernlog`, { sichtbarkeit: 'alle' });
    expect(doppelt.status).toBe(409);
    expect(doppelt.json().error.code).toBe('lernlog.schon_eingetragen');
    expect([403, 404]).toContain((await (await env.als('fremd')).post(`/api/kaizen/experimente/${x}/lernlog`, { sichtbarkeit: 'alle' })).status);
  });
});

describe('Lernaktivität für die Selbsteinschätzung', () => {
  it('zählt entschiedene Experimente, Lerneinträge und entschiedene Ideen der letzten 12 Monate je Kommune', async () => {
    const vorher = await lernAktivitaet(env.db, KOMMUNE_A);
    const fremdVorher = await lernAktivitaet(env.db, KOMMUNE_B);
    const c = await env.als('mitglied');
    await c.post('/api/kaizen/lernlog', eintrag({ titel: 'Zählung' }));
    const alt = (await c.post('/api/kaizen/lernlog', eintrag({ titel: 'Alt' }))).json().id;
    await env.db.k.updateTable('kaizen_lerneintrag').set({ erstellt_am: new Date(Date.now() - 400 * 86400_000) }).where('id', '=', alt).execute();
    const x = (await c.post('/api/kaizen/experimente', { kommuneId: KOMMUNE_A, titel: 'Zählung', hypothese: 'Zählung der Aktivität', messgroesse: 'anzahl' })).json().id;
    await c.post(`/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'anpassen', gelernt: 'Wir zählen.' });
    const idee = (await c.post('/api/kaizen/ideen', { kommuneId: KOMMUNE_A, problem: 'Zählung', vorschlag: 'Zählen' })).json().id;
    const s = await (await env.als('admin')).post(`/api/kaizen/ideen/${idee}/status`, { status: 'verworfen', grund: 'Doppelt vorhanden.' });
    expect(s.status, s.body).toBeLessThan(300);
    const nachher = await lernAktivitaet(env.db, KOMMUNE_A);
    expect(nachher).toMatchObject({
      experimenteEntschieden: vorher.experimenteEntschieden + 1,
      lerneintraege: vorher.lerneintraege + 1,
      ideenEntschieden: vorher.ideenEntschieden + 1,
    });
    expect(await lernAktivitaet(env.db, KOMMUNE_B)).toEqual(fremdVorher);
  });
});
