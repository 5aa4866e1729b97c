import { describe, expect, it } from 'vitest';
import { Secret, TOTP, URI } from 'otpauth';
import { aktuellerCode, codeHash, einrichtungsAdresse, istWiederherstellungscode, neueWiederherstellungscodes, neuesGeheimnis, normalisiereCode, pruefeCode } from './zweiter-faktor.rules.ts';

// RFC 6238, Anhang B: Geheimnis "12345678901234567890" (ASCII), SHA-1, 8 Ziffern. Lotse nutzt 6 Ziffern – die
// letzten 6 Ziffern des 8-stelligen Werts (Kürzung modulo 10^6).
const RFC_GEHEIMNIS = Secret.fromUTF8('12345678901234567890').base32;

describe('TOTP (RFC 6238)', () => {
  it('erzeugt die Prüfwerte aus RFC 6238 Anhang B (SHA-1), gekürzt auf 6 Ziffern', () => {
    const faelle: [number, string][] = [[59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'], [1234567890, '89005924'], [2000000000, '69279037']];
    for (const [sekunden, acht] of faelle) expect(aktuellerCode(RFC_GEHEIMNIS, sekunden * 1000)).toBe(acht.slice(2));
  });

  it('nimmt den Code des aktuellen und des benachbarten Zeitschritts, nicht älter', () => {
    const g = neuesGeheimnis();
    const jetzt = 1_796_000_000_000;
    const code = aktuellerCode(g, jetzt);
    const schritt = Math.floor(jetzt / 30_000);
    expect(pruefeCode(g, code, null, jetzt)).toBe(schritt);
    expect(pruefeCode(g, code, null, jetzt + 30_000)).toBe(schritt); // eine Periode Uhrabweichung
    expect(pruefeCode(g, code, null, jetzt + 90_000)).toBeNull();
    expect(pruefeCode(g, aktuellerCode(g, jetzt - 30_000), null, jetzt)).toBe(schritt - 1);
  });

  it('jeder Code gilt nur einmal (kein Wiederverwenden innerhalb seines Fensters)', () => {
    const g = neuesGeheimnis();
    const jetzt = 1_796_000_000_000;
    const code = aktuellerCode(g, jetzt);
    const schritt = pruefeCode(g, code, null, jetzt)!;
    expect(pruefeCode(g, code, schritt, jetzt)).toBeNull();
    expect(pruefeCode(g, aktuellerCode(g, jetzt - 30_000), schritt, jetzt)).toBeNull();
    expect(pruefeCode(g, aktuellerCode(g, jetzt + 30_000), schritt, jetzt + 30_000)).toBe(schritt + 1);
  });

  it('lehnt Falsches ab: andere Ziffern, Buchstaben, falsche Länge; Leerzeichen und Bindestriche stören nicht', () => {
    const g = neuesGeheimnis();
    const jetzt = 1_796_000_000_000;
    const code = aktuellerCode(g, jetzt);
    expect(pruefeCode(g, `${code.slice(0, 3)} ${code.slice(3)}`, null, jetzt)).not.toBeNull();
    expect(normalisiereCode('123-456')).toBe('123456');
    const falsch = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(pruefeCode(g, falsch, null, jetzt)).toBeNull();
    for (const x of ['', '12345', '1234567', 'abcdef']) expect(pruefeCode(g, x, null, jetzt)).toBeNull();
  });

  it('die Einrichtungsadresse ist eine otpauth-Adresse, die eine App wieder lesen kann', () => {
    const g = neuesGeheimnis();
    const adresse = einrichtungsAdresse(g, 'anna@giessen.example');
    expect(adresse).toMatch(/^otpauth:\/\/totp\/Lotse:anna%40giessen\.example\?/);
    const gelesen = URI.parse(adresse) as TOTP;
    expect(gelesen.secret.base32).toBe(g);
    expect(gelesen.generate({ timestamp: 1_796_000_000_000 })).toBe(aktuellerCode(g, 1_796_000_000_000));
    expect(new URL(adresse).searchParams.get('secret')).toBe(g);
    expect(new URL(adresse).searchParams.get('issuer')).toBe('Lotse');
  });
});

describe('Wiederherstellungscodes', () => {
  it('zehn verschiedene Codes im Format xxxx-xxxx ohne verwechselbare Zeichen', () => {
    const codes = neueWiederherstellungscodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) {
      expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(c).not.toMatch(/[01ilo]/);
      expect(istWiederherstellungscode(c)).toBe(true);
    }
    expect(istWiederherstellungscode('123456')).toBe(false);
  });

  it('Vergleich über den Hash, unabhängig von Groß-/Kleinschreibung und Bindestrich', () => {
    expect(codeHash('k7fq-9x2m')).toBe(codeHash('K7FQ9X2M'));
    expect(codeHash('k7fq-9x2m')).not.toBe(codeHash('k7fq-9x2n'));
  });
});
