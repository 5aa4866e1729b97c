import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { domainVon, entschluessele, issuerErlaubt, konfigurationsfehler, mfaErfuellt, rolleAusGruppen, verschluessele } from './sso.rules.ts';

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
  it('zweiter Faktor beim Anbieter: acr aus der Liste oder mindestens ein amr-Wert aus der Liste', () => {
    const aus = { verlangt: false, acr: ['gold'], amr: ['mfa'] };
    const an = { verlangt: true, acr: ['gold'], amr: ['mfa', 'otp', 'hwk'] };
    expect(mfaErfuellt(aus, {})).toBe(true);
    expect(mfaErfuellt(an, {})).toBe(false);
    expect(mfaErfuellt(an, { acr: 'gold' })).toBe(true);
    expect(mfaErfuellt(an, { acr: 'silber', amr: ['pwd'] })).toBe(false);
    expect(mfaErfuellt(an, { amr: ['pwd', 'otp'] })).toBe(true);
    expect(mfaErfuellt(an, { amr: 'hwk' })).toBe(true);
    expect(mfaErfuellt(an, { amr: ['MFA'] })).toBe(false); // exakt, wie der Anbieter es schreibt
    expect(mfaErfuellt(an, { acr: ['gold'], amr: [{ x: 'mfa' }] })).toBe(false);
    expect(mfaErfuellt({ verlangt: true, acr: [], amr: ['mfa'] }, { acr: 'gold' })).toBe(false);
  });
  it('Konfiguration über mehrere Felder: Kommune oder Land, Land mit Claim, zweiter Faktor mit Werten', () => {
    expect(konfigurationsfehler({ kommuneId: '065310005005' })).toEqual([]);
    expect(konfigurationsfehler({ land: '06', kommuneClaim: 'ags' })).toEqual([]);
    expect(konfigurationsfehler({ kommuneId: '065310005005', land: '06' }).map((f) => f.pfad)).toEqual(['/kommuneId']);
    expect(konfigurationsfehler({ kommuneId: null, land: null }).map((f) => f.pfad)).toEqual(['/kommuneId']);
    expect(konfigurationsfehler({ land: '06', kommuneClaim: null }).map((f) => f.pfad)).toEqual(['/kommuneClaim']);
    expect(konfigurationsfehler({ kommuneId: '065310005005', mfaVerlangen: true, mfaAcr: [], mfaAmr: [] }).map((f) => f.pfad)).toEqual(['/mfaAmr']);
    expect(konfigurationsfehler({ kommuneId: '065310005005', mfaVerlangen: true, mfaAcr: ['gold'], mfaAmr: [] })).toEqual([]);
    expect(konfigurationsfehler({ kommuneId: '065310005005', mfaVerlangen: false, mfaAcr: [], mfaAmr: [] })).toEqual([]);
  });
});
