import { describe, expect, it } from 'vitest';
import { einheitVon, pruefeAbschluss, stand, wirkungProzent } from './experimente.rules.ts';

describe('Experimente', () => {
  it('Einheiten: feste für Zeiten und Quoten, eigene für „eigene“', () => {
    expect(einheitVon('durchlaufzeit', 'egal')).toBe('Minuten');
    expect(einheitVon('fehlerquote', '')).toBe('Prozent');
    expect(einheitVon('eigene', ' Rückfragen je Woche ')).toBe('Rückfragen je Woche');
  });
  it('Stand nach Testzeitraum und Entscheidung', () => {
    const e = { entscheidung: null, testVon: '2026-03-01', testBis: '2026-03-31' };
    expect(stand(e, '2026-02-20')).toBe('planen');
    expect(stand(e, '2026-03-01')).toBe('testen');
    expect(stand(e, '2026-03-31')).toBe('testen');
    expect(stand(e, '2026-04-01')).toBe('auswerten');
    expect(stand({ ...e, entscheidung: 'beenden' }, '2026-03-05')).toBe('entschieden');
    expect(stand({ entscheidung: null, testVon: null, testBis: null }, '2026-03-05')).toBe('planen');
  });
  it('„Was haben wir gelernt?“ ist Pflicht, auch beim Beenden; Standard braucht ein Ergebnis; nur einmal', () => {
    expect(pruefeAbschluss({ bisher: null, entscheidung: 'beenden', gelernt: ' ', ergebnis: 'hat nicht gewirkt' })).toEqual({ ok: false, grund: 'gelernt_fehlt' });
    expect(pruefeAbschluss({ bisher: null, entscheidung: 'beenden', gelernt: 'Die Ursache lag woanders.', ergebnis: '' })).toEqual({ ok: true });
    expect(pruefeAbschluss({ bisher: null, entscheidung: 'standard', gelernt: 'Wirkt.', ergebnis: '' })).toEqual({ ok: false, grund: 'standard_ohne_ergebnis' });
    expect(pruefeAbschluss({ bisher: 'anpassen', entscheidung: 'standard', gelernt: 'x', ergebnis: 'y' })).toEqual({ ok: false, grund: 'schon_entschieden' });
  });
  it('Wirkung in Prozent des Ausgangswerts', () => {
    expect(wirkungProzent(40, 30)).toBe(-25);
    expect(wirkungProzent(30, 31)).toBe(3.3);
    expect(wirkungProzent(0, 5)).toBeNull();
    expect(wirkungProzent(null, 5)).toBeNull();
  });
});
