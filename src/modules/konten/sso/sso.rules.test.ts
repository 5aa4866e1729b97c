import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { domainVon, entschluessele, issuerErlaubt, rolleAusGruppen, verschluessele } from './sso.rules.ts';

describe('Regeln der Anmeldung über OIDC', () => {
  const zuordnung = { 'lotse-admin': 'admin', lotse: 'mitglied' } as const;
  it('nimmt die höchste zugeordnete Rolle und übergeht Gruppen ohne Zuordnung', () => {
    expect(rolleAusGruppen(zuordnung, ['kantine', 'lotse', 'lotse-admin'])).toBe('admin');
    expect(rolleAusGruppen(zuordnung, ['kantine', 'lotse'])).toBe('mitglied');
    expect(rolleAusGruppen(zuordnung, 'lotse')).toBe('mitglied');
    expect(rolleAusGruppen(zuordnung, ['kantine'])).toBeNull();
    expect(rolleAusGruppen(zuordnung, undefined)).toBeNull();
    expect(rolleAusGruppen(zuordnung, [{ name: 'lotse' }])).toBeNull();
  });
  it('Domain in Kleinbuchstaben; http nur auf Loopback', () => {
    expect(domainVon('Anna@Giessen.DE')).toBe('giessen.de');
    expect(issuerErlaubt('https://login.example/realms/x')).toBe(true);
    expect(issuerErlaubt('http://127.0.0.1:4000')).toBe(true);
    expect(issuerErlaubt('http://idp.example')).toBe(false);
    expect(issuerErlaubt('kein issuer')).toBe(false);
  });
  it('verschlüsselt das Client-Secret mit AES-GCM; ein anderer Schlüssel oder ein verändertes Geheimnis scheitert', () => {
    const k = crypto.randomBytes(32);
    const v = verschluessele('geheim-123', k);
    expect(v).not.toContain('geheim');
    expect(entschluessele(v, k)).toBe('geheim-123');
    expect(() => entschluessele(v, crypto.randomBytes(32))).toThrow();
    const teile = v.split('.');
    expect(() => entschluessele([teile[0], teile[1], Buffer.from('anders').toString('base64url')].join('.'), k)).toThrow();
  });
});
