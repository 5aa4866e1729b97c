import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('Konfiguration', () => {
  it('lauscht ohne HOST nur auf 127.0.0.1', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('Demo-Inhalte nur eingebettet und nicht in Produktion, sonst nur mit LOTSE_DEMO=1', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ LOTSE_DEMO: '0' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@y/z' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@y/z', LOTSE_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', LOTSE_DEMO: '1' }).demo).toBe(true);
  });

  it('Demo-Passwort aus LOTSE_DEMO_PASSWORT (mindestens 10 Zeichen)', () => {
    expect(loadConfig({}).demoPasswort).toBeUndefined();
    expect(loadConfig({ LOTSE_DEMO_PASSWORT: 'ein-demo-passwort' }).demoPasswort).toBe('ein-demo-passwort');
    expect(() => loadConfig({ LOTSE_DEMO_PASSWORT: 'kurz' })).toThrow(/mindestens 10 Zeichen/);
  });

  it('vertraut X-Forwarded-* nur mit LOTSE_TRUST_PROXY', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ LOTSE_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ LOTSE_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadConfig({ LOTSE_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ LOTSE_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toBe('127.0.0.1,10.0.0.0/8');
    expect(loadConfig({ LOTSE_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
  });
});
