import { describe, expect, it } from 'vitest';
import { lex } from '../anfrage/testkontext.ts';
import { alleTeile, zerlege } from './komposita.rules.ts';

describe('Kompositazerlegung', () => {
  it('zerlegt mit Fugen-s und flektierten Teilen', () => {
    expect(zerlege('rechnungsworkflow', lex)).toEqual(['rechnung', 'workflow']);
    expect(zerlege('rechnungsworkflows', lex)).toEqual(['rechnung', 'workflow']);
    expect(zerlege('glasfaserausbau', lex)).toEqual(['glasfaser', 'ausbau']);
    expect(zerlege('verwarnungsgeld', lex)).toEqual(['verwarnung', 'geld']);
    expect(zerlege('buergeramt', lex)).toEqual(['buerger', 'amt']);
    expect(zerlege('strassenbeleuchtung', lex)).toEqual(['strasse', 'beleuchtung']);
  });
  it('kennt das getilgte -e (Schul|weg) und bevorzugt wenige Teile', () => {
    expect(zerlege('schulweg', lex)).toEqual(['schule', 'weg']);
    expect(zerlege('kindergarten', lex)).toEqual(['kinder', 'garten']);
    expect(alleTeile('kindergartenausbau', lex)).toEqual(expect.arrayContaining(['kinder', 'garten', 'ausbau']));
  });
  it('lässt Nicht-Komposita und Ableitungen in Ruhe', () => {
    expect(zerlege('verwaltung', lex)).toBeNull();
    expect(zerlege('workflow', lex)).toBeNull();
    expect(zerlege('buergerinnen', lex)).toBeNull(); // -innen is no head
    expect(zerlege('amt', lex)).toBeNull();
  });
});
