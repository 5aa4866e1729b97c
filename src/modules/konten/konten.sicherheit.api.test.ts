import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { KOMMUNE_A, TEST_KONTEN, TEST_PASSWORT } from '../../testing/fixtures.ts';
import { baueApp } from '../../testing/testApp.ts';
import type { App } from '../../core/http/app.ts';
import { tokenHash } from '../../core/auth/sitzung.ts';
import { ladeFrageboegenInDb } from '../erhebungen/frageboegen/frageboegen.usecases.ts';
import { rundeAnlegen } from '../erhebungen/runden/runden.usecases.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const cookiesAus = (h: unknown): Record<string, string> => {
  const liste = (Array.isArray(h) ? h : h ? [h] : []) as string[];
  return Object.fromEntries(liste.map((c) => [c.slice(0, c.indexOf('=')), c]));
};
const wert = (setCookie: string | undefined) => setCookie?.split(';')[0].split('=').slice(1).join('=') ?? '';

/** Signs in through raw requests and returns the cookies the server handed out. */
async function anmelden(app: App, email: string, headers: Record<string, string> = {}) {
  const h = await app.inject({ method: 'GET', url: '/api/health', headers });
  const anonym = wert(cookiesAus(h.headers['set-cookie']).lotse_csrf);
  const r = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, passwort: TEST_PASSWORT },
    headers: { ...headers, cookie: `lotse_csrf=${anonym}`, 'x-csrf-token': anonym },
  });
  expect(r.statusCode, r.body).toBe(204);
  const c = cookiesAus(r.headers['set-cookie']);
  return { anonym, sitzung: wert(c.lotse_sitzung), csrf: c.lotse_csrf ? wert(c.lotse_csrf) : anonym, setCookie: c, headers: r.headers };
}

describe('Registrierung verrät nicht, ob es ein Konto gibt', () => {
  it('antwortet für neue und vorhandene Adressen gleich und schreibt eine Nachricht in den Postausgang', async () => {
    const neu = await createClient(env.app).post('/api/auth/register', { email: 'ganz-neu@beispiel.de', name: 'Neu', passwort: 'ein-langes-passwort' });
    const vorhanden = await createClient(env.app).post('/api/auth/register', { email: TEST_KONTEN.mitglied, name: 'Eve', passwort: 'ein-langes-passwort' });
    expect(vorhanden.status).toBe(neu.status);
    expect(vorhanden.body).toBe(neu.body);
    expect(Object.keys(cookiesAus(vorhanden.headers['set-cookie']))).toEqual(Object.keys(cookiesAus(neu.headers['set-cookie'])));
    expect(neu.status).toBe(202);

    // The owner of the existing account gets a note; the new account a welcome.
    const post = await env.db.k.selectFrom('mail_ausgang').select(['an', 'art', 'betreff', 'text']).orderBy('id').execute();
    expect(post.map((p) => [p.an, p.art])).toEqual([
      ['ganz-neu@beispiel.de', 'konto.willkommen'],
      [TEST_KONTEN.mitglied, 'konto.registrierung_vorhanden'],
    ]);
    expect(post[1].text).toMatch(/bereits ein Konto/);
    // The existing account is untouched: its password still works, the attacker's does not.
    expect((await createClient(env.app).post('/api/auth/login', { email: TEST_KONTEN.mitglied, passwort: 'ein-langes-passwort' })).status).toBe(401);
    expect((await createClient(env.app).post('/api/auth/login', { email: TEST_KONTEN.mitglied, passwort: TEST_PASSWORT })).status).toBe(204);
    // The new account signs in with its password.
    expect((await createClient(env.app).post('/api/auth/login', { email: 'ganz-neu@beispiel.de', passwort: 'ein-langes-passwort' })).status).toBe(204);
  });
});

describe('CSRF-Token an die Sitzung gebunden', () => {
  const annehmen = (app: App, cookie: string, token: string) =>
    app.inject({ method: 'POST', url: '/api/einladungen/annehmen', payload: { token: 'x'.repeat(43) }, headers: { cookie, 'x-csrf-token': token } });

  it('lehnt mit Sitzung ein selbst gewähltes oder fremdes Token ab, nimmt das eigene an', async () => {
    const a = await anmelden(env.app, TEST_KONTEN.mitglied);
    const b = await anmelden(env.app, TEST_KONTEN.admin);
    expect(a.csrf).not.toBe(a.anonym);
    // Double submit with a value chosen by an attacker (e.g. a cookie planted from a sibling domain).
    const selbst = await annehmen(env.app, `lotse_sitzung=${a.sitzung}; lotse_csrf=gewaehlt-vom-angreifer`, 'gewaehlt-vom-angreifer');
    expect(selbst.statusCode, selbst.body).toBe(403);
    expect(selbst.json().error.code).toBe('auth.csrf');
    // The token of another session, and the anonymous token from before the login.
    expect((await annehmen(env.app, `lotse_sitzung=${a.sitzung}; lotse_csrf=${b.csrf}`, b.csrf)).statusCode).toBe(403);
    expect((await annehmen(env.app, `lotse_sitzung=${a.sitzung}; lotse_csrf=${a.anonym}`, a.anonym)).statusCode).toBe(403);
    // The own token passes (404: the invitation does not exist).
    const eigen = await annehmen(env.app, `lotse_sitzung=${a.sitzung}; lotse_csrf=${a.csrf}`, a.csrf);
    expect(eigen.statusCode, eigen.body).toBe(404);
  });

  it('gibt einer Sitzung mit falschem Cookie das richtige Token zurück; anonyme Anfragen bleiben möglich', async () => {
    const a = await anmelden(env.app, TEST_KONTEN.mitglied);
    const r = await env.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `lotse_sitzung=${a.sitzung}; lotse_csrf=veraltet` } });
    expect(wert(cookiesAus(r.headers['set-cookie']).lotse_csrf)).toBe(a.csrf);
    // After logout the session token no longer counts; anonymous double submit (login) works again.
    const aus = await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: `lotse_sitzung=${a.sitzung}; lotse_csrf=${a.csrf}`, 'x-csrf-token': a.csrf } });
    expect(aus.statusCode).toBe(204);
    const wieder = await anmelden(env.app, TEST_KONTEN.mitglied);
    expect(wieder.sitzung).not.toBe(a.sitzung);
  });
});

describe('Abgelaufene Sitzungen', () => {
  it('werden bei der Anmeldung gelöscht', async () => {
    const alt = new Date(Date.now() - 60_000);
    await env.db.k.insertInto('sitzung').values([
      { id: tokenHash('abgelaufen-1'), konto_id: env.kontoIds.lotse, laeuft_ab_am: alt },
      { id: tokenHash('abgelaufen-2'), konto_id: env.kontoIds.transferstelle, laeuft_ab_am: alt },
      { id: tokenHash('noch-gueltig'), konto_id: env.kontoIds.transferstelle, laeuft_ab_am: new Date(Date.now() + 3600_000) },
    ]).execute();
    await anmelden(env.app, TEST_KONTEN.mitglied);
    const ids = (await env.db.k.selectFrom('sitzung').select('id').execute()).map((s) => s.id);
    expect(ids).not.toContain(tokenHash('abgelaufen-1'));
    expect(ids).not.toContain(tokenHash('abgelaufen-2'));
    expect(ids).toContain(tokenHash('noch-gueltig'));
  });
});

describe('Secure-Cookies und HSTS', () => {
  const faelle: { name: string; opts: { trustProxy?: boolean; secureCookies?: boolean }; headers: Record<string, string>; sicher: boolean }[] = [
    { name: 'ohne Proxy-Vertrauen zählt X-Forwarded-Proto nicht', opts: {}, headers: { 'x-forwarded-proto': 'https' }, sicher: false },
    { name: 'mit Proxy-Vertrauen: HTTPS laut X-Forwarded-Proto', opts: { trustProxy: true }, headers: { 'x-forwarded-proto': 'https' }, sicher: true },
    { name: 'mit Proxy-Vertrauen, aber HTTP', opts: { trustProxy: true }, headers: { 'x-forwarded-proto': 'http' }, sicher: false },
    { name: 'LOTSE_SECURE_COOKIES=1 erzwingt Secure', opts: { secureCookies: true }, headers: {}, sicher: true },
  ];
  for (const f of faelle) {
    it(f.name, async () => {
      const app = await baueApp({ db: env.db, authRateLimit: 1000, ...f.opts });
      try {
        const a = await anmelden(app, TEST_KONTEN.mitglied, f.headers);
        for (const name of ['lotse_sitzung', 'lotse_csrf']) {
          expect(a.setCookie[name], name).toBeTruthy();
          expect(/;\s*Secure/i.test(a.setCookie[name]), `${name}: ${a.setCookie[name]}`).toBe(f.sicher);
        }
        const h = await app.inject({ method: 'GET', url: '/api/health', headers: f.headers });
        expect(h.headers['strict-transport-security'] !== undefined, String(h.headers['strict-transport-security'])).toBe(f.sicher);
        if (f.sicher) expect(h.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      } finally {
        await app.close();
      }
    });
  }
});

describe('Team-Cookie', () => {
  it('ist über HTTPS (vertrauter Proxy) Secure, über HTTP nicht', async () => {
    await ladeFrageboegenInDb(env.db);
    const { teamToken } = await rundeAnlegen(env.db, env.kontoIds.admin, KOMMUNE_A, {
      fragebogenId: 'lernende-organisation',
      modus: 'team',
      schliesstAm: new Date(Date.now() + 7 * 86400_000).toISOString(),
    });
    const app = await baueApp({ db: env.db, authRateLimit: 1000, trustProxy: true });
    try {
      for (const [proto, sicher] of [['https', true], ['http', false]] as const) {
        const r = await app.inject({
          method: 'PUT',
          url: `/api/team/${teamToken}/antworten`,
          payload: { antworten: {} },
          headers: { 'x-forwarded-proto': proto, cookie: 'lotse_csrf=anonym-csrf', 'x-csrf-token': 'anonym-csrf' },
        });
        expect(r.statusCode, r.body).toBeLessThan(300);
        const team = cookiesAus(r.headers['set-cookie']).lotse_team;
        expect(team, proto).toBeTruthy();
        expect(/;\s*Secure/i.test(team), `${proto}: ${team}`).toBe(sicher);
      }
    } finally {
      await app.close();
    }
  });
});

describe('Protokoll ohne Tokens', () => {
  it('schreibt Einladungs- und Team-Tokens nicht ins Anfrageprotokoll', async () => {
    const zeilen: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        zeilen.push(String(chunk));
        cb();
      },
    });
    const app = await baueApp({ db: env.db, authRateLimit: 1000, logger: { level: 'info', stream } });
    try {
      const admin = createClient(app);
      expect((await admin.post('/api/auth/login', { email: TEST_KONTEN.admin, passwort: TEST_PASSWORT })).status).toBe(204);
      const { token } = (await admin.post(`/api/kommunen/${KOMMUNE_A}/einladungen`, { rolle: 'mitglied' })).json();
      const team = 'T3amT0ken_abcdefghijklmnopqrstuvwxyz0123456';
      for (const url of [
        `/einladung/${token}`,
        `/registrieren?einladung=${token}`,
        `/anmelden?weiter=${encodeURIComponent(`/einladung/${token}`)}`,
        `/team/${team}`,
        `/api/team/${team}`,
        `/api/team/${team}/antworten?x=1`,
      ]) await app.inject({ method: 'GET', url });
      const log = zeilen.join('');
      expect(log).toContain('incoming request');
      expect(log).toContain('/api/team/[entfernt]');
      expect(log).toContain('/einladung/[entfernt]');
      expect(log).not.toContain(token);
      expect(log).not.toContain(team);
    } finally {
      await app.close();
    }
  });
});
