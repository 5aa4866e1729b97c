import { describe, expect, it } from 'vitest';
import { pruefeEmail, pruefeNeuesPasswort, sichererPfad } from './pruefung.ts';

describe('sichererPfad (Weiterleitung nach der Anmeldung)', () => {
  it('lässt Pfade derselben Website zu', () => {
    expect(sichererPfad('/konto')).toBe('/konto');
    expect(sichererPfad('/einladung/abc123?x=1')).toBe('/einladung/abc123?x=1');
  });
  it('verhindert Weiterleitungen auf fremde Websites', () => {
    for (const boese of ['https://example.org', '//example.org', '/\\example.org', 'javascript:alert(1)', '', null, undefined]) {
      expect(sichererPfad(boese)).toBe('/konto');
    }
  });
});

describe('Formularprüfung Konto', () => {
  it('prüft E-Mail-Adressen wie die API', () => {
    expect(pruefeEmail('')).toMatch(/Bitte geben Sie/);
    expect(pruefeEmail('kein-at')).toMatch(/gültige/);
    expect(pruefeEmail(' name@gemeinde.de ')).toBeUndefined();
  });
  it('verlangt 10 bis 200 Zeichen für neue Passwörter', () => {
    expect(pruefeNeuesPasswort('')).toBeDefined();
    expect(pruefeNeuesPasswort('123456789')).toMatch(/mindestens 10/);
    expect(pruefeNeuesPasswort('1234567890')).toBeUndefined();
    expect(pruefeNeuesPasswort('x'.repeat(201))).toMatch(/höchstens 200/);
  });
});
