import { describe, expect, it } from 'vitest';
import { ApiFehler } from '../api.ts';
import { feldfehlerAusApi } from './formular.ts';

describe('feldfehlerAusApi', () => {
  const felder = ['email', 'passwort'] as const;
  it('ordnet Validierungsfehler der API dem Feld zu', () => {
    const e = new ApiFehler(400, 'anfrage.ungueltig', 'Die Anfrage ist ungültig.', [
      { ort: 'body', pfad: '/email', meldung: 'Bitte geben Sie eine gültige E-Mail-Adresse an.' },
      { ort: 'body', pfad: '/passwort', meldung: 'Too small: expected string to have >=10 characters' },
    ]);
    const r = feldfehlerAusApi(e, felder, 'Bitte prüfen Sie diese Angabe.');
    expect(r.felder.email).toBe('Bitte geben Sie eine gültige E-Mail-Adresse an.');
    // English library messages are replaced by the German fallback.
    expect(r.felder.passwort).toBe('Bitte prüfen Sie diese Angabe.');
    expect(r.allgemein).toBeNull();
  });
  it('gibt andere Fehler als allgemeine Meldung weiter', () => {
    const r = feldfehlerAusApi(new ApiFehler(401, 'auth.login_fehlgeschlagen', 'E-Mail-Adresse oder Passwort ist falsch.'), felder, 'x');
    expect(r.felder).toEqual({});
    expect(r.allgemein).toBe('E-Mail-Adresse oder Passwort ist falsch.');
  });
  it('meldet Netzwerkfehler allgemein auf Deutsch', () => {
    expect(feldfehlerAusApi(new TypeError('Failed to fetch'), felder, 'x').allgemein).toMatch(/Fehler aufgetreten/);
  });
});
