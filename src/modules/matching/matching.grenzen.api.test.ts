/**
 * Limits of POST /api/matching ("Trust before growth", finding 7): rate limits per client (anonymous per
 * address, signed in per account) counted in the database, so that they hold across app instances; bounded
 * work per request; a fast 503 when the matcher is saturated. Behaviour only, no timing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { baueApp } from '../../testing/testApp.ts';
import type { App } from '../../core/http/app.ts';
import { createClient, createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { TEST_KONTEN, TEST_PASSWORT } from '../../testing/fixtures.ts';
import { fuegeTestLoesungenEin } from './matching.testdaten.ts';

let env: TestUmgebung;
const apps: App[] = [];
beforeAll(async () => {
  env = await createTestApp({ seed: async (db) => void (await fuegeTestLoesungenEin(db)) });
});
afterAll(async () => {
  for (const a of apps) await a.close();
  await env?.close();
});

/** A further app instance on the same database (as a second server process would be). */
async function instanz(limits: { anonym: number; angemeldet: number }): Promise<App> {
  const app = await baueApp({ db: env.db, authRateLimit: 1000, matchingRateLimit: limits });
  await app.ready();
  apps.push(app);
  return app;
}

/** POST /api/matching from a given client address (each test its own, so that counters do not mix). */
async function matching(app: App, adresse: string, body: Record<string, unknown> = { text: 'Rechnungen digital prüfen' }, sitzung?: Sitzung) {
  const csrf = sitzung?.csrf ?? 't';
  const r = await app.inject({
    method: 'POST',
    url: '/api/matching',
    remoteAddress: adresse,
    payload: body,
    headers: { 'x-csrf-token': csrf, cookie: `lotse_csrf=${csrf}${sitzung ? `; ${sitzung.cookie}` : ''}` },
  });
  return { status: r.statusCode, json: () => r.json(), headers: r.headers };
}

interface Sitzung {
  cookie: string;
  csrf: string;
}

/** Signs in and returns the session cookie and the CSRF token the client holds afterwards. */
async function anmelden(app: App, rolle: keyof typeof TEST_KONTEN): Promise<Sitzung> {
  const c = createClient(app);
  const vorher = await c.csrfToken();
  const r = await c.post('/api/auth/login', { email: TEST_KONTEN[rolle], passwort: TEST_PASSWORT });
  expect(r.status, r.body).toBe(204);
  const cookies = [r.headers['set-cookie']].flat() as string[];
  const wert = (name: string) => cookies.find((x) => x.startsWith(`${name}=`))?.split(';')[0].slice(name.length + 1);
  return { cookie: `lotse_sitzung=${wert('lotse_sitzung')}`, csrf: wert('lotse_csrf') ?? vorher };
}

describe('Ratenbegrenzung von POST /api/matching', () => {
  it('antwortet auf die N+1-te anonyme Anfrage im Zeitfenster mit 429, deutscher Meldung und Retry-After', async () => {
    const app = await instanz({ anonym: 3, angemeldet: 10 });
    for (let i = 0; i < 3; i++) expect((await matching(app, '10.7.0.1')).status).toBe(200);
    const r = await matching(app, '10.7.0.1');
    expect(r.status).toBe(429);
    expect(r.json().error.code).toBe('anfrage.zu_viele');
    expect(r.json().error.message).toMatch(/Zu viele Anfragen/);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    // another client address has its own budget
    expect((await matching(app, '10.7.0.2')).status).toBe(200);
  });

  it('zählt gemeinsam über zwei App-Instanzen auf derselben Datenbank', async () => {
    const a = await instanz({ anonym: 3, angemeldet: 10 });
    const b = await instanz({ anonym: 3, angemeldet: 10 });
    expect((await matching(a, '10.7.1.1')).status).toBe(200);
    expect((await matching(b, '10.7.1.1')).status).toBe(200);
    expect((await matching(a, '10.7.1.1')).status).toBe(200);
    expect((await matching(b, '10.7.1.1')).status).toBe(429);
    expect((await matching(a, '10.7.1.1')).status).toBe(429);
  });

  it('gibt Angemeldeten ein eigenes, höheres Limit je Konto', async () => {
    const app = await instanz({ anonym: 2, angemeldet: 4 });
    const sitzung = await anmelden(app, 'mitglied');
    const angemeldet: number[] = [];
    for (let i = 0; i < 5; i++) angemeldet.push((await matching(app, '10.7.2.1', undefined, sitzung)).status);
    expect(angemeldet).toEqual([200, 200, 200, 200, 429]);
    // the same account from another address: still the account's budget
    expect((await matching(app, '10.7.2.2', undefined, sitzung)).status).toBe(429);
    // anonymous requests from the same address count apart from the account
    const anonym: number[] = [];
    for (let i = 0; i < 3; i++) anonym.push((await matching(app, '10.7.2.1')).status);
    expect(anonym).toEqual([200, 200, 429]);
  });

  it('zählt ungültige Anfragen nicht und schreibt für sie nichts in die Datenbank', async () => {
    const app = await instanz({ anonym: 2, angemeldet: 4 });
    const vorher = await sql<{ n: number }>`select count(*)::int as n from rate_limit_zaehler`.execute(env.db.k);
    for (let i = 0; i < 4; i++) expect((await matching(app, '10.7.3.1', { text: '' })).status).toBe(400);
    const nachher = await sql<{ n: number }>`select count(*)::int as n from rate_limit_zaehler`.execute(env.db.k);
    expect(nachher.rows[0].n).toBe(vorher.rows[0].n);
    expect((await matching(app, '10.7.3.1')).status).toBe(200);
  });

  it('räumt abgelaufene Zähler auf (keine unbegrenzt wachsende Tabelle)', async () => {
    await sql`insert into rate_limit_zaehler (schluessel, anzahl, ablauf)
      select 'alt-' || g, 1, now() - interval '1 hour' from generate_series(1, 50) g`.execute(env.db.k);
    const app = await instanz({ anonym: 5, angemeldet: 10 });
    expect((await matching(app, '10.7.4.1')).status).toBe(200);
    const alt = await sql<{ n: number }>`select count(*)::int as n from rate_limit_zaehler where schluessel like 'alt-%'`.execute(env.db.k);
    expect(alt.rows[0].n).toBe(0);
    const abgelaufen = await sql<{ n: number }>`select count(*)::int as n from rate_limit_zaehler where ablauf < now()`.execute(env.db.k);
    expect(abgelaufen.rows[0].n).toBe(0);
  });
});

describe('Begrenzte Arbeit je Anfrage', () => {
  // 60 distinct content words that match nothing in the test catalogue
  const fuellwoerter = Array.from({ length: 60 }, (_, i) => `zq${i}x`).join(' ');

  it('wertet nur die ersten Begriffe eines langen Textes aus', async () => {
    const app = await instanz({ anonym: 100, angemeldet: 100 });
    const vorn = await matching(app, '10.7.5.1', { text: `Glasfaserausbau ${fuellwoerter}`, limit: 50 });
    expect(vorn.status).toBe(200);
    expect(vorn.json().map((x: { externalId: string }) => x.externalId)).toContain('T-GLASFASER');
    // the same word after 60 other words lies beyond what the matcher reads
    const hinten = await matching(app, '10.7.5.1', { text: `${fuellwoerter} Glasfaserausbau`, limit: 50 });
    expect(hinten.status).toBe(200);
    expect(hinten.json()).toEqual([]);
  });

  it('antwortet bei ausgelastetem Matcher sofort mit 503, deutscher Meldung und Retry-After', async () => {
    const { auslastungFuer } = await import('./matching.auslastung.ts');
    const matcherAuslastung = auslastungFuer(env.db.kind);
    const app = await instanz({ anonym: 100, angemeldet: 100 });
    // occupy every slot and the whole waiting line, as many parallel requests would
    const belegt = await Promise.all(Array.from({ length: matcherAuslastung.parallel }, () => matcherAuslastung.betrete()));
    const wartend = Array.from({ length: matcherAuslastung.warteschlange }, () => matcherAuslastung.betrete().then((frei) => frei()));
    try {
      const r = await matching(app, '10.7.6.1');
      expect(r.status).toBe(503);
      expect(r.json().error.code).toBe('matching.ausgelastet');
      expect(r.json().error.message).toMatch(/ausgelastet/);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      belegt.forEach((frei) => frei());
      await Promise.all(wartend);
    }
    // free again: the next request is answered
    expect((await matching(app, '10.7.6.1')).status).toBe(200);
  });

  it('lässt interne Aufrufer (Eingang der Lotsen) warten statt abzulehnen', async () => {
    const { auslastungFuer } = await import('./matching.auslastung.ts');
    const matcherAuslastung = auslastungFuer(env.db.kind);
    const { findeLoesungen } = await import('./matching.ts');
    const belegt = await Promise.all(Array.from({ length: matcherAuslastung.parallel }, () => matcherAuslastung.betrete()));
    const wartend = Array.from({ length: matcherAuslastung.warteschlange }, () => matcherAuslastung.betrete().then((frei) => frei()));
    const intern = findeLoesungen(env.db, { text: 'Glasfaserausbau', limit: 3 });
    belegt.forEach((frei) => frei());
    await Promise.all(wartend);
    expect((await intern).map((x) => x.externalId)).toContain('T-GLASFASER');
  });
});
