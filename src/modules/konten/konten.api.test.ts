import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { TEST_KONTEN, TEST_PASSWORT, KOMMUNE_A } from '../../testing/fixtures.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Konten', () => {
  it('registriert, meldet an, zeigt das Konto und meldet ab', async () => {
    const c = createClient(env.app);
    const reg = await c.post('/api/auth/register', { email: 'Neu@Beispiel.de', name: 'Neue Person', passwort: 'ein-langes-passwort' });
    expect(reg.status).toBe(202);
    expect(reg.json()).toEqual({ status: 'eingegangen' });
    // Registration does not sign in (the answer is the same for known addresses); the client signs in next.
    expect(reg.headers['set-cookie']).toBeUndefined();
    expect((await c.get('/api/auth/me')).json().konto).toBeNull();
    const ersteAnmeldung = await c.post('/api/auth/login', { email: 'neu@beispiel.de', passwort: 'ein-langes-passwort' });
    expect(ersteAnmeldung.status).toBe(204);
    expect(ersteAnmeldung.headers['set-cookie']?.toString()).toMatch(/lotse_sitzung=.*HttpOnly.*SameSite=Lax/i);
    const me = await c.get('/api/auth/me');
    expect(me.json().konto).toMatchObject({ email: 'neu@beispiel.de', name: 'Neue Person', mitgliedschaften: [] });
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).json().konto).toBeNull();
    const login = await c.post('/api/auth/login', { email: 'neu@beispiel.de', passwort: 'ein-langes-passwort' });
    expect(login.status).toBe(204);
    expect((await c.get('/api/auth/me')).json().konto.email).toBe('neu@beispiel.de');
  });

  it('ändert bei einer bekannten E-Mail-Adresse nichts am Konto', async () => {
    const c = createClient(env.app);
    const r = await c.post('/api/auth/register', { email: TEST_KONTEN.mitglied, name: 'X', passwort: 'ein-langes-passwort' });
    expect(r.status).toBe(202);
    const k = await env.db.k.selectFrom('konto').select('name').where('email', '=', TEST_KONTEN.mitglied).executeTakeFirstOrThrow();
    expect(k.name).toBe('Test mitglied');
  });

  it('gibt bei falschem Passwort und unbekannter E-Mail dieselbe Meldung', async () => {
    const c = createClient(env.app);
    const a = await c.post('/api/auth/login', { email: TEST_KONTEN.mitglied, passwort: 'falsch-falsch' });
    const b = await c.post('/api/auth/login', { email: 'gibt-es-nicht@x.de', passwort: 'falsch-falsch' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.json()).toEqual(b.json());
  });

  it('verlangt das CSRF-Token bei zustandsändernden Anfragen', async () => {
    const c = createClient(env.app);
    const r = await c.raw({ method: 'POST', url: '/api/auth/login', payload: JSON.stringify({ email: TEST_KONTEN.mitglied, passwort: TEST_PASSWORT }), headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(403);
    expect(r.json().error.code).toBe('auth.csrf');
  });

  it('ändert das Passwort und beendet andere Sitzungen', async () => {
    const a = createClient(env.app);
    const b = createClient(env.app);
    await a.post('/api/auth/register', { email: 'pw@beispiel.de', name: 'PW', passwort: 'erstes-passwort-1' });
    expect((await a.post('/api/auth/login', { email: 'pw@beispiel.de', passwort: 'erstes-passwort-1' })).status).toBe(204);
    expect((await b.post('/api/auth/login', { email: 'pw@beispiel.de', passwort: 'erstes-passwort-1' })).status).toBe(204);
    const falsch = await a.post('/api/auth/passwort', { altesPasswort: 'falsch-falsch', neuesPasswort: 'zweites-passwort-2' });
    expect(falsch.status).toBe(422);
    expect((await a.post('/api/auth/passwort', { altesPasswort: 'erstes-passwort-1', neuesPasswort: 'zweites-passwort-2' })).status).toBe(204);
    expect((await a.get('/api/auth/me')).json().konto).not.toBeNull();
    expect((await b.get('/api/auth/me')).json().konto).toBeNull();
    expect((await createClient(env.app).post('/api/auth/login', { email: 'pw@beispiel.de', passwort: 'zweites-passwort-2' })).status).toBe(204);
  });

  it('lädt per Link ein; die Einladung gilt genau einmal', async () => {
    const admin = await env.als('admin');
    const e = await admin.post(`/api/kommunen/${KOMMUNE_A}/einladungen`, { rolle: 'mitglied' });
    expect(e.status).toBe(201);
    const { token } = e.json();
    const neu = createClient(env.app);
    expect((await neu.post('/api/auth/register', { email: 'kollegin@giessen.test', name: 'Kollegin', passwort: 'ein-langes-passwort', einladung: token })).status).toBe(202);
    expect((await neu.post('/api/auth/login', { email: 'kollegin@giessen.test', passwort: 'ein-langes-passwort' })).status).toBe(204);
    expect((await neu.get('/api/auth/me')).json().konto.mitgliedschaften).toEqual([{ kommuneId: KOMMUNE_A, kommuneName: 'Gießen, Universitätsstadt', rolle: 'mitglied' }]);
    const nochmal = createClient(env.app);
    const r = await nochmal.post('/api/auth/register', { email: 'zweite@giessen.test', name: 'Z', passwort: 'ein-langes-passwort', einladung: token });
    expect(r.status).toBe(404);
    expect(r.json().error.code).toBe('einladung.ungueltig');
    // nothing written: no account for the second e-mail
    const n = await env.db.k.selectFrom('konto').select('id').where('email', '=', 'zweite@giessen.test').execute();
    expect(n).toHaveLength(0);
    const log = await admin.get(`/api/kommunen/${KOMMUNE_A}/audit`);
    expect(log.json().items.map((i: { aktion: string }) => i.aktion)).toEqual(['einladung.angenommen', 'mitglied.eingeladen']);
  });
});

describe('Begrenzung von Anmeldeversuchen', () => {
  it('antwortet nach zu vielen Versuchen mit 429 und deutscher Meldung', async () => {
    const { baueApp } = await import('../../testing/testApp.ts');
    const app = await baueApp({ db: env.db, authRateLimit: 3 });
    try {
      const c = createClient(app);
      const status: number[] = [];
      for (let i = 0; i < 4; i++) status.push((await c.post('/api/auth/login', { email: 'x@y.de', passwort: 'falsch-falsch' })).status);
      expect(status).toEqual([401, 401, 401, 429]);
      const r = await c.post('/api/auth/login', { email: TEST_KONTEN.mitglied, passwort: TEST_PASSWORT });
      expect(r.status).toBe(429);
      expect(r.json().error).toMatchObject({ code: 'anfrage.zu_viele' });
      expect(r.json().error.message).toMatch(/Zu viele Anfragen/);
    } finally {
      await app.close();
    }
  });
});
