/**
 * Anmeldung über das Konto der Verwaltung (Issue 14, Punkt 1) gegen einen echten OpenID-Provider auf Loopback
 * (oidc-provider): Konto bei der ersten Anmeldung mit Kommune und Rolle, Abmelden beim Anbieter, und die Fehler
 * (falsche Audience, abgelaufenes Token, falsche Nonce, fremder Browser, Gruppe ohne Rolle, unbekannte Kommune),
 * bei denen nichts geschrieben wird.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp, createClient, createTestApp, type TestClient, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { starteTestAnbieter, type TestAnbieter } from './sso.testanbieter.ts';

let env: TestUmgebung;
let idp: TestAnbieter;
const SECRET = 'test-geheimnis-0123456789';
const REDIRECT = ['http://localhost:80/anmelden/sso', 'http://localhost/anmelden/sso'];

beforeAll(async () => {
  env = await createTestApp();
  idp = await starteTestAnbieter({
    clients: [{ clientId: 'lotse', clientSecret: SECRET, redirectUris: REDIRECT, postLogoutRedirectUris: ['http://localhost:80/', 'http://localhost/'] }],
    personen: {
      anna: { email: 'anna@giessen.test', name: 'Anna Amt', groups: ['lotse-admin', 'alle'] },
      bert: { email: 'bert@giessen.test', name: 'Bert Bau', groups: ['lotse-nutzer'] },
      ohne: { email: 'ohne@giessen.test', name: 'Olga Ohne', groups: ['kantine'] },
      land: { email: 'lena@hessen.test', name: 'Lena Land', groups: ['lotse-nutzer'], ags: KOMMUNE_A },
      unbekannt: { email: 'udo@hessen.test', name: 'Udo Unbekannt', groups: ['lotse-nutzer'], ags: '069999999999' },
    },
  });
  const admin = await env.als('plattform-admin');
  const k = await admin.post('/api/admin/sso', {
    name: 'Gießen (Test)', kommuneId: KOMMUNE_A, issuer: idp.issuer, clientId: 'lotse', clientSecret: SECRET,
    rollenZuordnung: { 'lotse-admin': 'admin', 'lotse-nutzer': 'mitglied' }, emailDomains: ['giessen.test'],
  });
  expect(k.status, k.body).toBe(201);
  const l = await admin.post('/api/admin/sso', {
    name: 'Hessen (Test)', land: '06', kommuneClaim: 'ags', issuer: idp.issuer, clientId: 'lotse', clientSecret: SECRET,
    rollenZuordnung: { 'lotse-nutzer': 'mitglied' }, emailDomains: ['hessen.test'],
  });
  expect(l.status, l.body).toBe(201);
});
afterAll(async () => {
  await idp?.close();
  await env?.close();
});

async function zaehle() {
  const r = await sql<{ n: string }>`select (select count(*) from konto) || '/' || (select count(*) from sitzung) || '/' || (select count(*) from mitgliedschaft)
    || '/' || (select count(*) from sso_identitaet) || '/' || (select count(*) from audit_log) as n`.execute(env.db.k);
  return r.rows[0].n;
}

/** Start at Lotse, sign in at the provider; returns the client (with its browser binding) and the answer. */
async function beimAnbieter(email: string, login: string): Promise<{ c: TestClient; antwort: string }> {
  const c = createClient(env.app);
  const s = await c.post('/api/auth/sso/start', { email });
  expect(s.status, s.body).toBe(200);
  const zurueck = await idp.anmelden(s.json<{ weiter: string }>().weiter, login);
  expect(zurueck.pathname).toBe('/anmelden/sso');
  return { c, antwort: zurueck.search };
}

describe('Anmeldung über das Konto der Verwaltung', () => {
  it('die Anmeldeseite erfährt, dass es Anbieter gibt; eine fremde Domain bekommt eine klare Meldung', async () => {
    const c = createClient(env.app);
    expect((await c.get('/api/auth/sso')).json()).toEqual({ verfuegbar: true });
    const r = await c.post('/api/auth/sso/start', { email: 'x@anderswo.test' });
    expect(r.status).toBe(404);
    expect(r.json().error.code).toBe('sso.kein_anbieter');
  });

  it('erste Anmeldung legt das Konto mit Kommune und Rolle an; Abmelden führt zum Anbieter', async () => {
    const { c, antwort } = await beimAnbieter('anna@giessen.test', 'anna');
    const r = await c.post('/api/auth/sso/abschluss', { antwort });
    expect(r.status, r.body).toBe(204);
    const me = (await c.get('/api/auth/me')).json().konto;
    expect(me.email).toBe('anna@giessen.test');
    expect(me.name).toBe('Anna Amt');
    expect(me.mitgliedschaften).toEqual([expect.objectContaining({ kommuneId: KOMMUNE_A, rolle: 'admin' })]);
    // Kein eigener zweiter Faktor: der Anbieter ist zuständig (Entscheidung 0134) – die Rolle bleibt auch mit Pflicht.
    const sitzung = String([r.headers['set-cookie']].flat().find((x) => String(x).startsWith('lotse_sitzung='))).split(';')[0];
    const mitPflicht = await baueApp({ db: env.db, authRateLimit: 1000, zweiFaktorPflicht: true });
    const streng = (await mitPflicht.inject({ url: '/api/auth/me', headers: { cookie: sitzung } })).json().konto;
    await mitPflicht.close();
    expect(streng.zweiterFaktorFehlt).toBe(false);
    expect(streng.mitgliedschaften).toEqual([expect.objectContaining({ kommuneId: KOMMUNE_A, rolle: 'admin' })]);
    expect((await c.get(`/api/kommunen/${KOMMUNE_A}/mitglieder`)).status).toBe(200);
    // Das Client-Secret steht nirgends im Klartext.
    const zeilen = await sql<{ t: string }>`select s::text as t from sso_anbieter s`.execute(env.db.k);
    for (const z of zeilen.rows) expect(z.t).not.toContain(SECRET);
    expect((await env.als('plattform-admin').then((a) => a.get('/api/admin/sso'))).body).not.toContain(SECRET);

    const aus = await c.post('/api/auth/logout');
    expect(aus.status, aus.body).toBe(200);
    const weiter = new URL(aus.json<{ weiter: string }>().weiter);
    expect(weiter.origin).toBe(idp.issuer);
    expect(weiter.searchParams.get('client_id')).toBe('lotse');
    expect((await c.get('/api/auth/me')).json().konto).toBeNull();

    // Zweite Anmeldung: dasselbe Konto, kein zweites.
    const vorher = await zaehle();
    const zweite = await beimAnbieter('anna@giessen.test', 'anna');
    expect((await zweite.c.post('/api/auth/sso/abschluss', { antwort: zweite.antwort })).status).toBe(204);
    expect(vorher.split('/')[0]).toBe((await zaehle()).split('/')[0]);
  });

  it('ein Anbieter für ein Land nimmt die Kommune aus dem Claim', async () => {
    const { c, antwort } = await beimAnbieter('lena@hessen.test', 'land');
    expect((await c.post('/api/auth/sso/abschluss', { antwort })).status).toBe(204);
    const me = (await c.get('/api/auth/me')).json().konto;
    expect(me.mitgliedschaften).toEqual([expect.objectContaining({ kommuneId: KOMMUNE_A, rolle: 'mitglied' })]);
  });

  const fehler: [string, string, string, number, ((c: Record<string, unknown>) => Record<string, unknown>) | null][] = [
    ['falsche Audience', 'bert@giessen.test', 'bert', 401, (c) => ({ ...c, aud: 'ein-anderer-client' })],
    ['abgelaufenes ID-Token', 'bert@giessen.test', 'bert', 401, (c) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
    ['falsche Nonce', 'bert@giessen.test', 'bert', 401, (c) => ({ ...c, nonce: 'nicht-meine' })],
    ['Gruppe ohne Rolle', 'ohne@giessen.test', 'ohne', 403, null],
    ['unbekannte Kommune im Claim', 'udo@hessen.test', 'unbekannt', 403, null],
  ];
  const codes = ['sso.audience_falsch', 'sso.token_abgelaufen', 'sso.nonce_ungueltig', 'sso.keine_rolle', 'sso.kommune_unbekannt'];
  fehler.forEach(([titel, email, login, status, manipulation], i) => {
    it(`${titel} → ${status} ${codes[i]}, nichts geschrieben`, async () => {
      const { c, antwort } = await beimAnbieter(email, login);
      idp.manipuliere(manipulation);
      const vorher = await zaehle();
      const r = await c.post('/api/auth/sso/abschluss', { antwort });
      idp.manipuliere(null);
      expect(r.status, r.body).toBe(status);
      expect(r.json().error.code).toBe(codes[i]);
      expect(r.json().error.message).toMatch(/[äöüß]|Bitte|Ihr/);
      expect(await zaehle()).toBe(vorher);
      expect((await c.get('/api/auth/me')).json().konto).toBeNull();
    });
  });

  it('state aus einem anderen Browser oder ein zweites Mal → sso.state_ungueltig, nichts geschrieben', async () => {
    const { c, antwort } = await beimAnbieter('bert@giessen.test', 'bert');
    const vorher = await zaehle();
    const fremd = await createClient(env.app).post('/api/auth/sso/abschluss', { antwort });
    expect(fremd.status).toBe(400);
    expect(fremd.json().error.code).toBe('sso.state_ungueltig');
    const falsch = await c.post('/api/auth/sso/abschluss', { antwort: antwort.replace(/state=[^&]+/, 'state=erfunden') });
    expect(falsch.json().error.code).toBe('sso.state_ungueltig');
    expect(await zaehle()).toBe(vorher);
    expect((await c.post('/api/auth/sso/abschluss', { antwort })).status).toBe(204);
    const nochmal = await c.post('/api/auth/sso/abschluss', { antwort });
    expect(nochmal.json().error.code).toBe('sso.state_ungueltig');
  });
});
