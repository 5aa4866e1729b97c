/**
 * Compression and caching of answers (decision 0138): large JSON answers travel compressed when the browser
 * offers br or gzip, small ones never; hashed assets may be cached for a year, index.html is revalidated.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp, createTestApp, type TestUmgebung } from '../../src/testing/testApp.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Kompression und Zwischenspeicher', () => {
  it('komprimiert große JSON-Antworten mit br oder gzip – gleicher Inhalt – und nur, wenn der Browser es anbietet', async () => {
    const ohne = await env.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(ohne.statusCode).toBe(200);
    expect(ohne.headers['content-encoding']).toBeUndefined();
    expect(ohne.rawPayload.length).toBeGreaterThan(10_000);
    const erwartet = JSON.parse(ohne.body);

    const gz = await env.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(String(gz.headers.vary)).toMatch(/accept-encoding/i);
    expect(gz.rawPayload.length).toBeLessThan(ohne.rawPayload.length / 4);
    expect(JSON.parse(zlib.gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(erwartet);

    const br = await env.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(erwartet);
  });

  it('lässt kleine Antworten unkomprimiert (Anmeldung, Betriebszustand)', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'gzip, br' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.json().status).toBe('ok');
    const fehler = await env.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-encoding': 'gzip, br', 'content-type': 'application/json' }, payload: '{"email":"x"' });
    expect(fehler.statusCode).toBe(403); // without CSRF token: refused before anything else
    expect(fehler.headers['content-encoding']).toBeUndefined();
  });

  it('erlaubt Browsern, gehashte Skripte ein Jahr zu behalten, und prüft index.html bei jedem Besuch', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-web-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Lotse</title>');
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'app-AbC123.js'), `console.log(${JSON.stringify('x'.repeat(5000))})`);
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const app = await baueApp({ db: env.db, webDir: dir });
    try {
      const js = await app.inject({ method: 'GET', url: '/assets/app-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
      expect(js.statusCode).toBe(200);
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(js.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(js.rawPayload).toString('utf8')).toContain('xxxxx');
      for (const url of ['/', '/loesungen', '/favicon.svg']) {
        const r = await app.inject({ method: 'GET', url });
        expect(r.statusCode, url).toBe(200);
        expect(r.headers['cache-control'], url).toBe('no-cache');
      }
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
