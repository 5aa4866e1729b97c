import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp, createClient } from '../../../testing/testApp.ts';
import { createTestDb } from '../../../testing/testDb.ts';
import { seedKommunen, seedKonten, TEST_KONTEN, TEST_PASSWORT } from '../../../testing/fixtures.ts';
import type { Db } from '../../../core/db/db.ts';
import type { App } from '../../../core/http/app.ts';

const TOKEN = 'metriken-test-token-0123456789abcdef';
const zeilen: string[] = [];
let db: Db;
let app: App;

beforeAll(async () => {
  db = await createTestDb();
  await seedKommunen(db);
  await seedKonten(db);
  process.env.LOTSE_METRICS_TOKEN = TOKEN;
  const stream = new Writable({ write(chunk, _enc, fertig) { zeilen.push(...String(chunk).split('\n').filter(Boolean)); fertig(); } });
  app = await baueApp({ db, authRateLimit: 1000, logger: { level: 'info', stream } });
  await app.ready();
});
afterAll(async () => {
  delete process.env.LOTSE_METRICS_TOKEN;
  await app?.close();
  await db?.close();
});

/**
 * A strict reader of the Prometheus text format (version 0.0.4) – no maintained JavaScript parser is on
 * the package lists of this project, so the test checks every line itself: HELP/TYPE comments, then
 * samples `name{label="value",…} number`.
 */
function leseProm(text: string): { name: string; labels: Record<string, string>; wert: number }[] {
  const proben: { name: string; labels: Record<string, string>; wert: number }[] = [];
  const typen = new Map<string, string>();
  for (const zeile of text.split('\n')) {
    if (zeile === '') continue;
    const kommentar = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(zeile);
    if (kommentar) {
      if (kommentar[1] === 'TYPE') {
        expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(kommentar[3]);
        typen.set(kommentar[2], kommentar[3]);
      }
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.eE+-]+|NaN|\+Inf|-Inf)( -?[0-9]+)?$/.exec(zeile);
    expect(m, `keine gültige Zeile: ${zeile}`).not.toBeNull();
    const labels: Record<string, string> = {};
    for (const l of (m![3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    const basis = m![1].replace(/_(bucket|sum|count)$/, '');
    expect(typen.has(m![1]) || typen.has(basis), `ohne TYPE: ${m![1]}`).toBe(true);
    proben.push({ name: m![1], labels, wert: Number(m![4]) });
  }
  return proben;
}

describe('Metriken unter /metrics', () => {
  it('nur mit dem Bearer-Token', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const falsch = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer falsch' } });
    expect(falsch.statusCode).toBe(401);
    expect(falsch.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(falsch.body).not.toContain('lotse_http');
  });

  it('liefert gültiges Prometheus-Format mit Anfragedauer je Routenmuster, Matcher und Job-Warteschlange', async () => {
    const id = '11111111-2222-4333-8444-555555555555';
    await app.inject({ method: 'GET', url: `/api/bedarfe/${id}` });
    await app.inject({ method: 'GET', url: '/api/kommunen?q=giessen' });
    const r = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const proben = leseProm(r.body);
    const routen = new Set(proben.filter((p) => p.name === 'lotse_http_anfrage_dauer_sekunden_count').map((p) => p.labels.route));
    expect(routen).toContain('/api/bedarfe/:id');
    expect(routen).toContain('/api/kommunen');
    // Never the raw URL: no id, no query.
    expect(r.body).not.toContain(id);
    expect(r.body).not.toContain('giessen');
    expect(proben.some((p) => p.name === 'lotse_jobs' || r.body.includes('# TYPE lotse_jobs gauge'))).toBe(true);
    expect(r.body).toContain('# TYPE lotse_matching_dauer_sekunden histogram');
    if (db.kind === 'postgres') expect(proben.find((p) => p.name === 'lotse_db_pool_hoechstens')?.wert).toBe(4);
  });
});

describe('Protokoll ohne Personendaten und Geheimnisse', () => {
  it('eine Anmeldung (erfolgreich und fehlgeschlagen) hinterlässt weder Passwort noch E-Mail noch Sitzungstoken', async () => {
    zeilen.length = 0;
    const c = createClient(app);
    const ok = await c.raw({
      method: 'POST', url: '/api/auth/login',
      payload: JSON.stringify({ email: TEST_KONTEN.admin, passwort: TEST_PASSWORT }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': await c.csrfToken(), authorization: 'Bearer geheim-im-kopf' },
    });
    expect(ok.status).toBe(204);
    const sitzung = String([ok.headers['set-cookie']].flat().find((x) => String(x).startsWith('lotse_sitzung='))).split(';')[0].split('=')[1];
    expect(sitzung.length).toBeGreaterThan(20);
    const falsch = await c.post('/api/auth/login', { email: TEST_KONTEN.mitglied, passwort: 'falsches-passwort-xyz' });
    expect(falsch.status).toBe(401);
    await c.get('/api/auth/me');
    expect(zeilen.length).toBeGreaterThan(3);
    for (const z of zeilen) {
      const obj = JSON.parse(z) as Record<string, unknown>; // structured: every line is JSON
      expect(typeof obj.level).toBe('number');
    }
    const alles = zeilen.join('\n');
    expect(alles).toContain('/api/auth/login');
    for (const geheim of [TEST_PASSWORT, 'falsches-passwort-xyz', TEST_KONTEN.admin, TEST_KONTEN.mitglied, sitzung, 'geheim-im-kopf', await c.csrfToken()]) {
      expect(alles, geheim).not.toContain(geheim);
    }
  });

  it('schwärzt Personendaten auch, wenn Code sie ausdrücklich protokolliert', async () => {
    zeilen.length = 0;
    app.log.info({ email: 'person@example.org', passwort: 'x-geheim-1', headers: { cookie: 'lotse_sitzung=abc' }, konto: { email: 'b@example.org' } }, 'Test');
    const alles = zeilen.join('\n');
    expect(alles).toContain('[entfernt]');
    expect(alles).not.toMatch(/person@example\.org|b@example\.org|x-geheim-1|lotse_sitzung=abc/);
  });
});
