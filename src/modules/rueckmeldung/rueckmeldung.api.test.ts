import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, createClient, type TestUmgebung } from '../../testing/testApp.ts';
import { RUECKMELDUNG_LIMIT } from './rueckmeldung.routes.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => {
  await env?.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const mails = () => env.db.k.selectFrom('mail_ausgang').selectAll().where('art', '=', 'rueckmeldung.barrierefreiheit').orderBy('id').execute();

describe('GET /api/betreiber', () => {
  it('liefert die Angaben aus LOTSE_BETREIBER_*, ungesetzte als null', async () => {
    vi.stubEnv('LOTSE_BETREIBER_NAME', 'Stadt Musterhausen');
    vi.stubEnv('LOTSE_BETREIBER_WEBSITE', 'https://lotse.musterhausen.example');
    vi.stubEnv('LOTSE_BETREIBER_ERKLAERUNG_DATUM', '2026-03-01');
    vi.stubEnv('LOTSE_BETREIBER_EMAIL', '');
    const r = await (await env.als('anonym')).get('/api/betreiber');
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({
      name: 'Stadt Musterhausen',
      website: 'https://lotse.musterhausen.example',
      email: null,
      loeschung: null,
      erklaerungDatum: '2026-03-01',
      erklaerungGeprueft: '2026-03-01',
    });
  });

  it('nimmt ein ungültiges Datum nicht an', async () => {
    vi.stubEnv('LOTSE_BETREIBER_ERKLAERUNG_DATUM', '1. März');
    expect((await (await env.als('anonym')).get('/api/betreiber')).json().erklaerungDatum).toBeNull();
  });
});

describe('POST /api/rueckmeldung/barrierefreiheit', () => {
  it('legt die Rückmeldung ab und schreibt eine Mail an den Betreiber in den Postausgang', async () => {
    vi.stubEnv('LOTSE_BETREIBER_EMAIL', 'barrierefreiheit@musterhausen.example');
    const c = createClient(env.app);
    const r = await c.post('/api/rueckmeldung/barrierefreiheit', { name: '  ', email: 'leser@example.org', nachricht: 'Das Diagramm hat keinen Alternativtext.', seite: '/kommunen/06531005' });
    expect(r.status, r.body).toBe(201);
    expect(r.json().weitergeleitet).toBe(true);
    const zeile = await env.db.k.selectFrom('rueckmeldung').selectAll().where('id', '=', r.json().id).executeTakeFirstOrThrow();
    expect(zeile).toMatchObject({ name: null, email: 'leser@example.org', seite: '/kommunen/06531005' });
    const m = (await mails()).at(-1)!;
    expect(m.an).toBe('barrierefreiheit@musterhausen.example');
    expect(m.text).toContain('Das Diagramm hat keinen Alternativtext.');
    expect(m.text).toContain('leser@example.org');
  });

  it('ohne Adresse des Betreibers: gespeichert, keine Mail', async () => {
    vi.stubEnv('LOTSE_BETREIBER_EMAIL', '');
    const vorher = (await mails()).length;
    const r = await createClient(env.app).post('/api/rueckmeldung/barrierefreiheit', { nachricht: 'Kontrast zu schwach.' });
    expect(r.status, r.body).toBe(201);
    expect(r.json().weitergeleitet).toBe(false);
    expect((await mails()).length).toBe(vorher);
  });

  it('prüft die Angaben: Nachricht nötig, E-Mail-Adresse gültig oder leer, Längen begrenzt', async () => {
    const c = createClient(env.app);
    for (const body of [{ nachricht: '   ' }, { nachricht: 'x', email: 'keine-adresse' }, { nachricht: 'x'.repeat(5001) }, {}]) {
      const r = await c.post('/api/rueckmeldung/barrierefreiheit', body);
      expect(r.status, r.body).toBe(400);
      expect(r.json().error.code).toBe('anfrage.ungueltig');
    }
    expect((await c.post('/api/rueckmeldung/barrierefreiheit', { nachricht: 'ok', email: '' })).status).toBe(201);
  });

  it(`begrenzt auf ${RUECKMELDUNG_LIMIT} Rückmeldungen je Minute und Client`, async () => {
    const c = createClient(env.app);
    const codes: number[] = [];
    for (let i = 0; i <= RUECKMELDUNG_LIMIT; i++) {
      const r = await c.raw({ method: 'POST', url: '/api/rueckmeldung/barrierefreiheit', payload: JSON.stringify({ nachricht: `Nr. ${i}` }), headers: { 'content-type': 'application/json', 'x-csrf-token': await c.csrfToken() } });
      codes.push(r.status);
    }
    // The tests above already sent valid feedback from the same address within this minute.
    expect(codes.filter((c) => c === 201).length).toBeLessThanOrEqual(RUECKMELDUNG_LIMIT - 3);
    expect(codes.at(-1)).toBe(429);
  });
});
