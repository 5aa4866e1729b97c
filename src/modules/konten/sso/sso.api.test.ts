/**
 * Anmeldung über das Konto der Verwaltung (Issue 14, Punkt 1) gegen einen echten OpenID-Provider auf Loopback
 * (oidc-provider): Konto bei der ersten Anmeldung mit Kommune und Rolle, Abmelden beim Anbieter, und die Fehler
 * (falsche Audience, abgelaufenes Token, falsche Nonce, fremder Browser, Gruppe ohne Rolle, unbekannte Kommune),
 * bei denen nichts geschrieben wird. Dazu das Bearbeiten eines Anbieters (die Verknüpfung der Konten bleibt, das
 * Secret steht nirgends) und der verlangte zweite Faktor beim Anbieter (acr/amr im ID-Token).
 */
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp, createClient, createTestApp, type TestClient, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, TEST_KONTEN, TEST_PASSWORT } from '../../../testing/fixtures.ts';
import { starteTestAnbieter, type TestAnbieter } from './sso.testanbieter.ts';

let env: TestUmgebung;
let idp: TestAnbieter;
const SECRET = 'test-geheimnis-0123456789';
const SECRET2 = 'zweites-geheimnis-9876543210';
const NIL = '00000000-0000-4000-8000-000000000000';
const REDIRECT = ['http://localhost:80/anmelden/sso', 'http://localhost/anmelden/sso'];

beforeAll(async () => {
  env = await createTestApp();
  idp = await starteTestAnbieter({
    clients: [
      { clientId: 'lotse', clientSecret: SECRET, redirectUris: REDIRECT, postLogoutRedirectUris: ['http://localhost:80/', 'http://localhost/'] },
      { clientId: 'lotse-zwei', clientSecret: SECRET2, redirectUris: REDIRECT },
    ],
    personen: {
      anna: { email: 'anna@giessen.test', name: 'Anna Amt', groups: ['lotse-admin', 'alle'] },
      bert: { email: 'bert@giessen.test', name: 'Bert Bau', groups: ['lotse-nutzer'] },
      ohne: { email: 'ohne@giessen.test', name: 'Olga Ohne', groups: ['kantine'] },
      land: { email: 'lena@hessen.test', name: 'Lena Land', groups: ['lotse-nutzer'], ags: KOMMUNE_A },
      unbekannt: { email: 'udo@hessen.test', name: 'Udo Unbekannt', groups: ['lotse-nutzer'], ags: '069999999999' },
      carla: { email: 'carla@wetzlar.test', name: 'Carla Chef', groups: ['lotse-leitung'], amr: ['pwd'] },
      dora: { email: 'dora@wetzlar.test', name: 'Dora Doppelt', groups: ['lotse-leitung'], amr: ['pwd', 'otp'] },
      emil: { email: 'emil@wetzlar.test', name: 'Emil Ebene', groups: ['lotse-leitung'], acr: 'urn:lotse:test:mfa', amr: ['pwd'] },
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

// ---- Anbieter bearbeiten -------------------------------------------------------------------------------

describe('Anbieter bearbeiten (PATCH /api/admin/sso/:id)', () => {
  let id = '';
  let admin: TestClient;
  beforeAll(async () => {
    admin = await env.als('plattform-admin');
    const r = await admin.post('/api/admin/sso', {
      name: 'Wetzlar (Test)', kommuneId: KOMMUNE_A, issuer: idp.issuer, clientId: 'lotse', clientSecret: SECRET,
      rollenZuordnung: { 'lotse-leitung': 'mitglied' }, emailDomains: ['wetzlar.test'],
    });
    expect(r.status, r.body).toBe(201);
    id = r.json().id;
  });

  async function meldeAn(login: string, email = `${login}@wetzlar.test`) {
    const { c, antwort } = await beimAnbieter(email, login);
    const r = await c.post('/api/auth/sso/abschluss', { antwort });
    return { c, r };
  }
  const verknuepft = async () =>
    (await env.db.k.selectFrom('sso_identitaet').select(['subjekt', 'konto_id']).where('anbieter_id', '=', id).orderBy('subjekt').execute());
  async function stand() {
    const zeile = await sql<{ t: string }>`select s::text as t from sso_anbieter s where id = ${id}`.execute(env.db.k);
    const audit = await sql<{ n: string }>`select count(*)::text as n from plattform_audit_log`.execute(env.db.k);
    return `${zeile.rows[0]?.t}|${audit.rows[0].n}|${JSON.stringify(await verknuepft())}|${await zaehle()}`;
  }

  it('eine falsche Gruppenzuordnung wird korrigiert: Verknüpfung und Secret bleiben, die Rolle folgt bei der nächsten Anmeldung', async () => {
    const erste = await meldeAn('carla');
    expect(erste.r.status, erste.r.body).toBe(204);
    const konto = (await erste.c.get('/api/auth/me')).json().konto;
    expect(konto.mitgliedschaften).toEqual([expect.objectContaining({ kommuneId: KOMMUNE_A, rolle: 'mitglied' })]);
    expect(await verknuepft()).toEqual([{ subjekt: 'carla', konto_id: konto.id }]);

    const r = await admin.patch(`/api/admin/sso/${id}`, { rollenZuordnung: { 'lotse-leitung': 'admin', 'lotse-gast': 'mitglied' } });
    expect(r.status, r.body).toBe(200);
    expect(r.json()).toMatchObject({ id, name: 'Wetzlar (Test)', clientId: 'lotse', rollenZuordnung: { 'lotse-leitung': 'admin', 'lotse-gast': 'mitglied' }, emailDomains: ['wetzlar.test'] });
    expect(r.json()).not.toHaveProperty('clientSecret');
    expect(r.body).not.toContain(SECRET);
    expect(await verknuepft()).toEqual([{ subjekt: 'carla', konto_id: konto.id }]);
    // Die laufende Sitzung behält ihre Rolle bis zur nächsten Anmeldung.
    expect((await erste.c.get('/api/auth/me')).json().konto.mitgliedschaften).toEqual([expect.objectContaining({ rolle: 'mitglied' })]);

    const konten = (await zaehle()).split('/')[0];
    const zweite = await meldeAn('carla'); // das unveränderte Secret funktioniert weiter
    expect(zweite.r.status, zweite.r.body).toBe(204);
    const danach = (await zweite.c.get('/api/auth/me')).json().konto;
    expect(danach.id).toBe(konto.id);
    expect(danach.mitgliedschaften).toEqual([expect.objectContaining({ kommuneId: KOMMUNE_A, rolle: 'admin' })]);
    expect((await zaehle()).split('/')[0]).toBe(konten);

    const eintrag = await env.db.k.selectFrom('plattform_audit_log').select(['aktion', 'details']).where('objekt_id', '=', id).where('aktion', '=', 'sso.anbieter_geaendert').executeTakeFirstOrThrow();
    const details = (typeof eintrag.details === 'string' ? JSON.parse(eintrag.details) : eintrag.details) as Record<string, unknown>;
    expect(details.geaendert).toEqual(['rollenZuordnung']);
  });

  it('ein neues Client-Secret wird neu verschlüsselt und steht in keiner Antwort, keinem Protokoll und keinem Audit-Eintrag', async () => {
    const zeilen: string[] = [];
    const stream = new Writable({ write(chunk, _enc, cb) { zeilen.push(String(chunk)); cb(); } });
    const app = await baueApp({ db: env.db, authRateLimit: 1000, logger: { level: 'info', stream } });
    try {
      const c = createClient(app);
      expect((await c.post('/api/auth/login', { email: TEST_KONTEN['plattform-admin'], passwort: TEST_PASSWORT })).status).toBe(204);
      const r = await c.patch(`/api/admin/sso/${id}`, { clientId: 'lotse-zwei', clientSecret: SECRET2 });
      expect(r.status, r.body).toBe(200);
      expect(r.json().clientId).toBe('lotse-zwei');
      expect(r.body).not.toContain(SECRET2);
      expect((await c.get('/api/admin/sso')).body).not.toContain(SECRET2);
      const log = zeilen.join('');
      expect(log).toContain('/api/admin/sso/');
      expect(log).not.toContain(SECRET2);
    } finally {
      await app.close();
    }
    for (const tabelle of ['sso_anbieter', 'plattform_audit_log', 'audit_log', 'einstellung']) {
      const inhalt = await sql<{ t: string }>`select t::text as t from ${sql.table(tabelle)} t`.execute(env.db.k);
      for (const z of inhalt.rows) {
        expect(z.t).not.toContain(SECRET2);
        expect(z.t).not.toContain(SECRET);
      }
    }
    const eintrag = await env.db.k.selectFrom('plattform_audit_log').select('details').where('objekt_id', '=', id).where('aktion', '=', 'sso.anbieter_geaendert').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const details = (typeof eintrag.details === 'string' ? JSON.parse(eintrag.details) : eintrag.details) as Record<string, unknown>;
    expect(details.geaendert).toEqual(['clientId', 'clientSecret']);
    // Der Anbieter kennt für „lotse-zwei“ nur das neue Secret: die Anmeldung gelingt nur, wenn es entschlüsselt ankommt.
    const { r } = await meldeAn('carla');
    expect(r.status, r.body).toBe(204);
  });

  it('ein anderer Issuer löst die Verknüpfungen (sub gilt nur je Issuer); die Konten bleiben und werden über die Adresse neu verknüpft', async () => {
    const vorher = await verknuepft();
    expect(vorher).toHaveLength(1);
    const { c } = await meldeAn('carla');
    const weg = await admin.patch(`/api/admin/sso/${id}`, { issuer: 'http://127.0.0.1:9/anderer' });
    expect(weg.status, weg.body).toBe(200);
    expect(await verknuepft()).toEqual([]);
    expect((await c.get('/api/auth/me')).json().konto).toBeNull(); // Sitzungen über den alten Issuer enden
    const zurueck = await admin.patch(`/api/admin/sso/${id}`, { issuer: idp.issuer });
    expect(zurueck.status, zurueck.body).toBe(200);
    const { r } = await meldeAn('carla');
    expect(r.status, r.body).toBe(204);
    expect(await verknuepft()).toEqual(vorher);
  });

  const falsch: [string, string, unknown, number, string, string?][] = [
    ['unbekannter Anbieter', NIL, { name: 'x' }, 404, 'sso.anbieter_nicht_gefunden'],
    ['ungültige Kennung', 'abc', { name: 'x' }, 400, 'anfrage.ungueltig'],
    ['leere Änderung', '', {}, 400, 'anfrage.ungueltig'],
    ['unbekanntes Feld', '', { clientSecret: 'neu-geheim', geheim: 1 }, 400, 'anfrage.ungueltig'],
    ['leeres Secret', '', { clientSecret: '' }, 400, 'anfrage.ungueltig'],
    ['ungültige Domain', '', { emailDomains: ['keine domain'] }, 400, 'anfrage.ungueltig'],
    ['Land zusätzlich zur Kommune', '', { land: '06' }, 422, 'sso.konfiguration_ungueltig', '/kommuneId'],
    ['weder Kommune noch Land', '', { kommuneId: null }, 422, 'sso.konfiguration_ungueltig', '/kommuneId'],
    ['Land ohne Claim', '', { kommuneId: null, land: '06' }, 422, 'sso.konfiguration_ungueltig', '/kommuneClaim'],
    ['unbekannte Kommune', '', { kommuneId: '069999999999' }, 422, 'sso.konfiguration_ungueltig', '/kommuneId'],
    ['Issuer über http außerhalb von Loopback', '', { issuer: 'http://idp.example/', clientSecret: 'neu-geheim' }, 422, 'sso.konfiguration_ungueltig', '/issuer'],
    ['zweiter Faktor ohne Werte', '', { mfaVerlangen: true }, 422, 'sso.konfiguration_ungueltig', '/mfaAmr'],
  ];
  for (const [titel, anderesId, body, status, code, pfad] of falsch) {
    it(`${titel} → ${status} ${code}, nichts geschrieben`, async () => {
      const vorher = await stand();
      const r = await admin.patch(`/api/admin/sso/${anderesId || id}`, body);
      expect(r.status, r.body).toBe(status);
      expect(r.json().error.code).toBe(code);
      expect(r.json().error.message).toMatch(/[äöüß]|Bitte|Diese/);
      if (pfad) expect(r.json().error.details).toEqual([expect.objectContaining({ pfad, meldung: expect.stringMatching(/[äöüß]|Bitte/) })]);
      expect(await stand()).toBe(vorher);
    });
  }

  describe('zweiten Faktor beim Anbieter verlangen (acr/amr im ID-Token)', () => {
    it('verlangte amr-Werte: ohne zweiten Faktor abgelehnt (nichts geschrieben), mit OTP angemeldet', async () => {
      const r = await admin.patch(`/api/admin/sso/${id}`, { mfaVerlangen: true, mfaAmr: ['mfa', 'otp', 'hwk'] });
      expect(r.status, r.body).toBe(200);
      expect(r.json()).toMatchObject({ mfaVerlangen: true, mfaAmr: ['mfa', 'otp', 'hwk'], mfaAcr: [] });
      const { c, antwort } = await beimAnbieter('carla@wetzlar.test', 'carla');
      const vorher = await stand();
      const abgelehnt = await c.post('/api/auth/sso/abschluss', { antwort });
      expect(abgelehnt.status, abgelehnt.body).toBe(403);
      expect(abgelehnt.json().error.code).toBe('sso.mfa_fehlt');
      expect(abgelehnt.json().error.message).toMatch(/zweite[nm]? Faktor/);
      expect(await stand()).toBe(vorher);
      expect((await c.get('/api/auth/me')).json().konto).toBeNull();
      const dora = await meldeAn('dora');
      expect(dora.r.status, dora.r.body).toBe(204);
      expect((await dora.c.get('/api/auth/me')).json().konto.email).toBe('dora@wetzlar.test');
    });

    it('verlangte acr-Werte werden beim Anbieter angefragt (acr_values) und im ID-Token geprüft', async () => {
      const r = await admin.patch(`/api/admin/sso/${id}`, { mfaAmr: [], mfaAcr: ['urn:lotse:test:mfa'] });
      expect(r.status, r.body).toBe(200);
      const start = await createClient(env.app).post('/api/auth/sso/start', { email: 'emil@wetzlar.test' });
      expect(new URL(start.json().weiter).searchParams.get('acr_values')).toBe('urn:lotse:test:mfa');
      expect((await meldeAn('emil')).r.status).toBe(204);
      const dora = await meldeAn('dora'); // amr otp zählt jetzt nicht mehr
      expect(dora.r.status).toBe(403);
      expect(dora.r.json().error.code).toBe('sso.mfa_fehlt');
      // Ausschalten: die Werte bleiben gespeichert, gelten aber nicht.
      const aus = await admin.patch(`/api/admin/sso/${id}`, { mfaVerlangen: false });
      expect(aus.json()).toMatchObject({ mfaVerlangen: false, mfaAcr: ['urn:lotse:test:mfa'] });
      expect((await meldeAn('carla')).r.status).toBe(204);
    });

    it('beim Einrichten: zweiter Faktor verlangt ohne Werte → abgelehnt, nichts angelegt', async () => {
      const vorher = await env.db.k.selectFrom('sso_anbieter').select('id').execute();
      const r = await admin.post('/api/admin/sso', {
        name: 'Ohne Werte', kommuneId: KOMMUNE_A, issuer: idp.issuer, clientId: 'lotse', clientSecret: SECRET,
        rollenZuordnung: {}, emailDomains: ['ohne-werte.test'], mfaVerlangen: true,
      });
      expect(r.status, r.body).toBe(400);
      expect(r.json().error.details).toEqual([expect.objectContaining({ pfad: '/mfaAmr' })]);
      expect(await env.db.k.selectFrom('sso_anbieter').select('id').execute()).toHaveLength(vorher.length);
    });
  });
});
