/**
 * Zweiter Faktor (Issue 14, Punkt 2): Einrichtung, Anmeldung in zwei Schritten, einmalige Codes,
 * Wiederherstellungscodes, Pflicht für erhöhte Rollen (an einer Stelle durchgesetzt), Zurücksetzen durch eine
 * Administration mit Protokoll. Gegen die echte Datenbank, ohne Zeitgrenzen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../core/http/app.ts';
import { baueApp, createClient, createTestApp, type TestClient, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, TEST_KONTEN, TEST_PASSWORT } from '../../../testing/fixtures.ts';
import { aktuellerCode } from './zweiter-faktor.rules.ts';

let env: TestUmgebung;
let mitPflicht: App;
beforeAll(async () => {
  env = await createTestApp();
  mitPflicht = await baueApp({ db: env.db, authRateLimit: 1000, zweiFaktorPflicht: true });
  await mitPflicht.ready();
});
afterAll(async () => {
  await mitPflicht?.close();
  await env?.close();
});

const SCHRITT = 30_000;
/** A code of a later time step (the current one may already be used): accepted with one step of drift. */
const naechsterCode = (geheimnis: string) => aktuellerCode(geheimnis, Date.now() + SCHRITT);

async function anmelden(app: App, email: string): Promise<{ c: TestClient; status: number; body: unknown }> {
  const c = createClient(app);
  const r = await c.post('/api/auth/login', { email, passwort: TEST_PASSWORT });
  return { c, status: r.status, body: r.status === 200 ? r.json() : null };
}

/** Unused recovery codes per account set up in this file (a TOTP step may already be spent within 30 s). */
const reserve = new Map<string, string[]>();

/** Signed in fully: with a recovery code from `reserve` when the account has a second factor. */
async function angemeldet(app: App, email: string): Promise<TestClient> {
  const a = await anmelden(app, email);
  if (a.status === 200) expect((await a.c.post('/api/auth/login/zweiter-faktor', { code: reserve.get(email)!.pop()! })).status).toBe(204);
  return a.c;
}

async function richteEin(c: TestClient): Promise<{ geheimnis: string; codes: string[] }> {
  const e = await c.post('/api/konto/zweiter-faktor/einrichten', { passwort: TEST_PASSWORT });
  expect(e.status, e.body).toBe(200);
  const { geheimnis } = e.json<{ geheimnis: string }>();
  const b = await c.post('/api/konto/zweiter-faktor/bestaetigen', { code: aktuellerCode(geheimnis) });
  expect(b.status, b.body).toBe(200);
  const codes = b.json<{ wiederherstellungscodes: string[] }>().wiederherstellungscodes;
  reserve.set((await c.get('/api/auth/me')).json().konto.email, codes.slice(5));
  return { geheimnis, codes: codes.slice(0, 5) };
}

describe('Zwei-Faktor-Anmeldung', () => {
  it('Einrichtung: Passwort nötig, QR-Code und Geheimnis, aktiv erst nach dem ersten richtigen Code; zehn Wiederherstellungscodes; protokolliert', async () => {
    const { c } = await anmelden(env.app, TEST_KONTEN.mitglied);
    expect((await c.get('/api/konto/zweiter-faktor')).json()).toMatchObject({ aktiv: false, erforderlich: false, wiederherstellungscodesUebrig: 0 });
    const falsch = await c.post('/api/konto/zweiter-faktor/einrichten', { passwort: 'falsch-falsch' });
    expect(falsch.status).toBe(422);
    const e = await c.post('/api/konto/zweiter-faktor/einrichten', { passwort: TEST_PASSWORT });
    const { geheimnis, adresse, qrSvg } = e.json<{ geheimnis: string; adresse: string; qrSvg: string }>();
    expect(adresse).toContain(`secret=${geheimnis}`);
    expect(qrSvg).toMatch(/^<svg/);
    expect((await c.get('/api/konto/zweiter-faktor')).json().aktiv).toBe(false);
    const ohne = await c.post('/api/konto/zweiter-faktor/bestaetigen', { code: '000000' === aktuellerCode(geheimnis) ? '111111' : '000000' });
    expect(ohne.status).toBe(401);
    expect(ohne.json().error.code).toBe('zweiter_faktor.code_falsch');
    const b = await c.post('/api/konto/zweiter-faktor/bestaetigen', { code: aktuellerCode(geheimnis) });
    expect(b.status).toBe(200);
    expect(b.json().wiederherstellungscodes).toHaveLength(10);
    expect((await c.get('/api/konto/zweiter-faktor')).json()).toMatchObject({ aktiv: true, wiederherstellungscodesUebrig: 10 });
    expect((await c.post('/api/konto/zweiter-faktor/einrichten', { passwort: TEST_PASSWORT })).json().error.code).toBe('zweiter_faktor.schon_aktiv');
    const audit = await env.db.k.selectFrom('plattform_audit_log').select(['aktion', 'objekt_id']).where('aktion', '=', 'zweiter_faktor.eingerichtet').execute();
    expect(audit.map((a) => a.objekt_id)).toContain(env.kontoIds.mitglied);
    // Secrets and recovery codes never appear in the audit log.
    const alles = JSON.stringify(await env.db.k.selectFrom('plattform_audit_log').selectAll().execute());
    expect(alles).not.toContain(geheimnis);
    for (const code of b.json().wiederherstellungscodes) expect(alles).not.toContain(code);
  });

  it('Anmeldung in zwei Schritten: Passwort allein gibt keine Sitzung; der Code gibt sie; ein Code gilt nur einmal', async () => {
    const { geheimnis } = await richteEin((await anmelden(env.app, TEST_KONTEN['lotse-fremd'])).c);
    const erster = await anmelden(env.app, TEST_KONTEN['lotse-fremd']);
    expect(erster.status).toBe(200);
    expect(erster.body).toEqual({ zweiterFaktor: true });
    expect((await erster.c.get('/api/auth/me')).json().konto).toBeNull();
    const code = naechsterCode(geheimnis);
    const ok = await erster.c.post('/api/auth/login/zweiter-faktor', { code });
    expect(ok.status, ok.body).toBe(204);
    expect((await erster.c.get('/api/auth/me')).json().konto.email).toBe(TEST_KONTEN['lotse-fremd']);
    // Same code, new login: refused (replay).
    const zweiter = await anmelden(env.app, TEST_KONTEN['lotse-fremd']);
    const wieder = await zweiter.c.post('/api/auth/login/zweiter-faktor', { code });
    expect(wieder.status).toBe(401);
    expect(wieder.json().error.code).toBe('zweiter_faktor.code_falsch');
    // Without the cookie of the first step there is nothing to complete.
    const fremd = await createClient(env.app).post('/api/auth/login/zweiter-faktor', { code: naechsterCode(geheimnis) });
    expect(fremd.json().error.code).toBe('zweiter_faktor.anmeldung_abgelaufen');
  });

  it('Wiederherstellungscode: einmal gültig; nach fünf falschen Codes endet die begonnene Anmeldung', async () => {
    const { codes } = await richteEin((await anmelden(env.app, TEST_KONTEN.transferstelle)).c);
    const a = await anmelden(env.app, TEST_KONTEN.transferstelle);
    expect((await a.c.post('/api/auth/login/zweiter-faktor', { code: codes[0].toUpperCase() })).status).toBe(204);
    const b = await anmelden(env.app, TEST_KONTEN.transferstelle);
    expect((await b.c.post('/api/auth/login/zweiter-faktor', { code: codes[0] })).status).toBe(401);
    for (let i = 0; i < 4; i++) expect((await b.c.post('/api/auth/login/zweiter-faktor', { code: 'zzzz-zzzz' })).status).toBe(401);
    // Fifth failure done (1 + 4): even a valid code no longer completes this login.
    const gesperrt = await b.c.post('/api/auth/login/zweiter-faktor', { code: codes[1] });
    expect(gesperrt.json().error.code).toBe('zweiter_faktor.anmeldung_abgelaufen');
    const c = await anmelden(env.app, TEST_KONTEN.transferstelle);
    expect((await c.c.post('/api/auth/login/zweiter-faktor', { code: codes[1] })).status).toBe(204);
    expect((await c.c.get('/api/konto/zweiter-faktor')).json().wiederherstellungscodesUebrig).toBe(8);
  });

  it('Pflicht für erhöhte Rollen: ohne zweiten Faktor wirkt eine Admin nur als Mitglied; mit ihm voll', async () => {
    const ohne = await anmelden(mitPflicht, TEST_KONTEN.admin);
    expect(ohne.status).toBe(204);
    const ich = (await ohne.c.get('/api/auth/me')).json().konto;
    expect(ich.zweiterFaktorFehlt).toBe(true);
    expect(ich.mitgliedschaften).toEqual([expect.objectContaining({ kommuneId: KOMMUNE_A, rolle: 'mitglied' })]);
    expect((await ohne.c.get(`/api/kommunen/${KOMMUNE_A}/mitglieder`)).status).toBe(403);
    expect((await ohne.c.get('/api/konto/zweiter-faktor')).json()).toMatchObject({ aktiv: false, erforderlich: true });
    const { geheimnis } = await richteEin(ohne.c);
    // The running session counts from now on (the factor is checked per request); a new login asks for a code.
    expect((await ohne.c.get(`/api/kommunen/${KOMMUNE_A}/mitglieder`)).status).toBe(200);
    const neu = await anmelden(mitPflicht, TEST_KONTEN.admin);
    expect(neu.status).toBe(200);
    expect((await neu.c.post('/api/auth/login/zweiter-faktor', { code: naechsterCode(geheimnis) })).status).toBe(204);
    expect((await neu.c.get('/api/auth/me')).json().konto).toMatchObject({ zweiterFaktorFehlt: false, mitgliedschaften: [expect.objectContaining({ rolle: 'admin' })] });
    expect((await neu.c.get(`/api/kommunen/${KOMMUNE_A}/mitglieder`)).status).toBe(200);
    // Platform roles are withheld the same way; a plain member is not affected by the duty.
    const plattform = await anmelden(mitPflicht, TEST_KONTEN['plattform-admin']);
    expect((await plattform.c.get('/api/auth/me')).json().konto).toMatchObject({ zweiterFaktorFehlt: true, rollen: [] });
    expect((await plattform.c.get('/api/admin/audit')).status).toBe(403);
    const fremd = await anmelden(mitPflicht, TEST_KONTEN.fremd);
    expect((await fremd.c.get('/api/auth/me')).json().konto.zweiterFaktorFehlt).toBe(true);
  });

  it('Zurücksetzen: Kommune-Admin für eigene Mitglieder ohne Plattformrolle, Plattform-Admin für alle; protokolliert; fremde Kommune 403', async () => {
    for (const email of [TEST_KONTEN.mitglied, TEST_KONTEN['lotse-fremd']]) {
      const a = await anmelden(env.app, email);
      if (a.status === 204) await richteEin(a.c); // on its own (-t) this test sets the factors up itself
    }
    const admin = await angemeldet(env.app, TEST_KONTEN.admin);
    const fremd = await angemeldet(env.app, TEST_KONTEN.fremd);
    expect((await fremd.post(`/api/kommunen/${KOMMUNE_A}/mitglieder/${env.kontoIds.mitglied}/zweiter-faktor/zuruecksetzen`)).status).toBe(403);
    const r = await admin.post(`/api/kommunen/${KOMMUNE_A}/mitglieder/${env.kontoIds.mitglied}/zweiter-faktor/zuruecksetzen`);
    expect(r.status, r.body).toBe(204);
    const log = await env.db.k.selectFrom('audit_log').select(['aktion', 'objekt_id', 'konto_id']).where('aktion', '=', 'zweiter_faktor.zurueckgesetzt').execute();
    expect(log).toEqual([{ aktion: 'zweiter_faktor.zurueckgesetzt', objekt_id: env.kontoIds.mitglied, konto_id: env.kontoIds.admin }]);
    expect((await anmelden(env.app, TEST_KONTEN.mitglied)).status).toBe(204);
    // A Kommune admin may not reset a person with a platform role (no escalation), the platform admin may.
    expect((await admin.post(`/api/kommunen/${KOMMUNE_A}/mitglieder/${env.kontoIds['lotse-fremd']}/zweiter-faktor/zuruecksetzen`)).status).toBe(403);
    expect((await (await angemeldet(env.app, TEST_KONTEN.mitglied)).post(`/api/admin/konten/${env.kontoIds['lotse-fremd']}/zweiter-faktor/zuruecksetzen`)).status).toBe(403);
    const plattform = await angemeldet(env.app, TEST_KONTEN['plattform-admin']);
    const p = await plattform.post(`/api/admin/konten/${env.kontoIds['lotse-fremd']}/zweiter-faktor/zuruecksetzen`);
    expect(p.status, p.body).toBe(204);
    expect((await anmelden(env.app, TEST_KONTEN['lotse-fremd'])).status).toBe(204);
    expect((await plattform.post('/api/admin/konten/nicht-uuid/zweiter-faktor/zuruecksetzen')).status).toBe(400);
  });

  it('Abschalten braucht Passwort und gültigen Code; danach ohne Code anmelden', async () => {
    const { c } = await anmelden(env.app, TEST_KONTEN.lotse);
    const { geheimnis } = await richteEin(c);
    expect((await c.post('/api/konto/zweiter-faktor/abschalten', { passwort: TEST_PASSWORT, code: '12345' })).status).toBe(400);
    expect((await c.post('/api/konto/zweiter-faktor/abschalten', { passwort: 'falsch-falsch', code: naechsterCode(geheimnis) })).status).toBe(422);
    expect((await c.post('/api/konto/zweiter-faktor/abschalten', { passwort: TEST_PASSWORT, code: naechsterCode(geheimnis) })).status).toBe(204);
    expect((await c.get('/api/konto/zweiter-faktor')).json().aktiv).toBe(false);
    expect((await anmelden(env.app, TEST_KONTEN.lotse)).status).toBe(204);
  });
});
