import { describe, expect, it } from 'vitest';
import { leicht, schluessel, tokenisiere } from './normalisierung.rules.ts';
import { erkenneSprache } from './spracherkennung.rules.ts';

describe('Normalisierung', () => {
  it('vereinheitlicht Umlaute, ß und Groß-/Kleinschreibung', () => {
    expect(schluessel('Bürgeramt')).toBe('buergeramt');
    expect(schluessel('BUERGERAMT')).toBe('buergeramt');
    expect(schluessel('Straße')).toBe(schluessel('Strasse'));
    expect(schluessel('Öffnungszeiten')).toBe('oeffnungszeiten');
    expect(schluessel('Café')).toBe('cafe');
  });
  it('zerlegt Text in Wörter (Bindestriche trennen, Zahlen allein zählen nicht)', () => {
    expect(tokenisiere('E-Rechnung für 2025, bitte!').map((t) => t.key)).toEqual(['e', 'rechnung', 'fuer', 'bitte']);
  });
  it('leichter Stamm für den Thesaurus', () => {
    expect(leicht('fluechtlingen')).toBe(leicht('fluechtlinge'));
    expect(leicht('strafzetteln')).toBe('strafzettel');
    expect(leicht('bus')).toBe('bus');
  });
});

describe('Spracherkennung', () => {
  it('erkennt englische Texte an Funktionswörtern', () => {
    expect(erkenneSprache('Residents report damaged roads and broken street lights through a smartphone app for the city.')).toBe('en');
    expect(erkenneSprache('Bürgerinnen und Bürger melden Schäden mit der App an die Stadt.')).toBe('de');
    expect(erkenneSprache('Open Data')).toBe('de');
  });
});
