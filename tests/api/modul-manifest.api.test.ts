import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, type TestUmgebung } from '../../src/testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../src/testing/fixtures.ts';
import { buildApp, type App } from '../../src/core/http/app.ts';
import { bereiteVor } from '../../src/core/start.ts';
import { alleModule } from '../../src/modules/index.ts';
import { manifest as notizen } from '../fixtures/beispielmodul/index.ts';

/**
 * A module is its folder plus one line in the module list: the example module of
 * docs/how-to/neues-modul.md brings its routes, its own permission rule, a start task and a CLI command,
 * and nothing in core or in another module changes.
 */
let env: TestUmgebung;
let app: App;

beforeAll(async () => {
  env = await createTestApp();
  app = await buildApp({ db: env.db, module: [...alleModule, notizen], authRateLimit: 1000 });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await env?.close();
});

async function als(rolle: 'mitglied' | 'fremd' | 'transferstelle') {
  const c = createClient(app);
  const r = await c.post('/api/auth/login', { email: { mitglied: 'mitglied@giessen.test', fremd: 'admin@muenchen.test', transferstelle: 'transfer@lotse.test' }[rolle], passwort: 'test-passwort-123' });
  expect(r.status).toBeLessThan(300);
  return c;
}

describe('Ein Modul = ein Ordner + eine Zeile', () => {
  it('registriert Routen und die eigene Berechtigungsregel des Moduls', async () => {
    const eigen = await als('mitglied');
    const r = await eigen.post(`/api/kommunen/${KOMMUNE_A}/notizen`, { text: 'Bürgerbüro: neue Öffnungszeiten testen' });
    expect(r.status).toBe(201);
    expect(r.json()).toEqual({ kommuneId: KOMMUNE_A, text: 'Bürgerbüro: neue Öffnungszeiten testen', zeichen: 38 });
    // The module's rule: other Kommunen and the Transferstelle may not write notes of Gießen.
    expect((await (await als('fremd')).post(`/api/kommunen/${KOMMUNE_A}/notizen`, { text: 'x' })).status).toBe(403);
    expect((await (await als('transferstelle')).post(`/api/kommunen/${KOMMUNE_A}/notizen`, { text: 'x' })).status).toBe(403);
    expect((await (await als('fremd')).post(`/api/kommunen/${KOMMUNE_B}/notizen`, { text: 'München' })).status).toBe(201);
    // Its error factory and its schemas take part in the common error shape and the OpenAPI document.
    const leer = await eigen.post(`/api/kommunen/${KOMMUNE_A}/notizen`, { text: '   ' });
    expect(leer.json().error.code).toBe('notiz.leer');
    expect(app.apiRouten).toContain('POST /api/kommunen/:kommuneId/notizen');
    const doku = (await createClient(app).get('/api/openapi.json')).json();
    expect(doku.paths['/api/kommunen/{kommuneId}/notizen'].post.responses['201']).toBeDefined();
  });

  it('ohne die Zeile gibt es das Modul nicht', async () => {
    expect(env.app.apiRouten).not.toContain('POST /api/kommunen/:kommuneId/notizen');
  });

  it('führt die Start-Aufgaben aller Module in Listenreihenfolge aus', async () => {
    const log: string[] = [];
    await bereiteVor(env.db, [notizen], { demo: false, log: (m) => log.push(m) });
    expect(log).toEqual(['Notizen bereit']);
  });

  it('eine Route mit einer unbekannten Aktion verhindert den Start', async () => {
    const kaputt = { name: 'kaputt', routen: async (a: App) => {
      a.get('/api/kaputt', { config: { zugriff: { aktion: 'gibt.esnicht' } } }, async () => ({}));
    } };
    await expect(buildApp({ db: env.db, module: [kaputt] })).rejects.toThrow(/unbekannte Aktion gibt\.esnicht/);
  });
});
