import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SwaggerParser from '@apidevtools/swagger-parser';
import { createTestApp, type TestUmgebung } from '../../src/testing/testApp.ts';
import { testDbArt } from '../../src/testing/testDb.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('System', () => {
  it('meldet den Betriebszustand mit der Datenbankart', async () => {
    const r = await (await env.als('anonym')).get('/api/health');
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', db: testDbArt() });
  });

  it('meldet den Fortschritt der Einrichtung im Hintergrund (ohne Server-Einrichtung: fertig)', async () => {
    const r = await (await env.als('anonym')).get('/api/einrichtung');
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ fertig: true, erledigt: 0, gesamt: 0, modul: null, fehler: null });
  });

  it('liefert ein gültiges OpenAPI-3-Dokument mit allen Routen', async () => {
    const r = await (await env.als('anonym')).get('/api/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toMatch(/^3\./);
    await SwaggerParser.validate(structuredClone(doc));
    const dokumentiert = new Set<string>();
    for (const [pfad, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const m of Object.keys(ops)) dokumentiert.add(`${m.toUpperCase()} ${pfad.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const routen = env.app.apiRouten;
    expect(routen.length).toBeGreaterThan(5);
    for (const route of routen) expect(dokumentiert, route).toContain(route);
  });

  it('zeigt die API-Dokumentation unter /api/docs', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(r.statusCode);
  });

  it('beantwortet unbekannte API-Pfade mit JSON 404', async () => {
    const r = await (await env.als('anonym')).get('/api/gibt-es-nicht');
    expect(r.status).toBe(404);
    expect(r.json().error.code).toBe('api.unbekannt');
  });

  it('liefert die Web-App für alle Nicht-API-Pfade, aber keine erfundenen Assets', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { baueApp } = await import('../../src/testing/testApp.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-web-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Lotse</title>');
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    const app = await baueApp({ db: env.db, webDir: dir });
    try {
      for (const url of ['/', '/loesungen', '/kommunen/065310005005?x=1']) {
        const r = await app.inject({ method: 'GET', url });
        expect(r.statusCode, url).toBe(200);
        expect(r.body, url).toContain('<title>Lotse</title>');
      }
      expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
      expect((await app.inject({ method: 'GET', url: '/assets/fehlt.js' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/api/fehlt' })).json().error.code).toBe('api.unbekannt');
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('setzt Sicherheitsheader mit strikter Content-Security-Policy', async () => {
    const r = await (await env.als('anonym')).get('/api/health');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBeDefined();
  });
});

