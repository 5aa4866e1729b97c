import { describe, expect, it } from 'vitest';
import { anmeldenMitRueckkehr, sichererPfad } from './weiterleitung.ts';

describe('sichererPfad (Rückkehr nach der Anmeldung)', () => {
  it('lässt Pfade derselben Website mit Suche und Anker zu', () => {
    expect(sichererPfad('/loesungen/meine?ansicht=alle#liste')).toBe('/loesungen/meine?ansicht=alle#liste');
    expect(sichererPfad('/kommunen?q=Gie%C3%9Fen')).toBe('/kommunen?q=Gie%C3%9Fen');
  });
  it('führt nie auf eine fremde Website', () => {
    for (const boese of ['//evil.example', 'https://evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', ' /konto', 'javascript:alert(1)', '', null, undefined]) {
      expect(sichererPfad(boese)).toBe('/konto');
    }
  });
  it('nicht zurück auf die Anmeldung selbst', () => {
    expect(sichererPfad('/anmelden?weiter=/konto')).toBe('/konto');
    expect(sichererPfad('/registrieren')).toBe('/konto');
    expect(sichererPfad('/anmeldenx')).toBe('/anmeldenx');
  });
  it('baut den Anmeldelink mit Rückkehr', () => {
    expect(anmeldenMitRueckkehr('/bedarfe/1?x=1')).toBe('/anmelden?weiter=%2Fbedarfe%2F1%3Fx%3D1');
    expect(anmeldenMitRueckkehr('/')).toBe('/anmelden');
    expect(anmeldenMitRueckkehr('/anmelden')).toBe('/anmelden');
  });
});
