import { describe, expect, it } from 'vitest';
import { iooiZuStufe, pruefeVerbindung, spalten } from './ziele.rules.ts';

describe('Wirkungslogik', () => {
  it('lässt Verbindungen nur vorwärts zu (Maßnahme → Output → Outcome → Impact, Outcome → Outcome)', () => {
    expect(pruefeVerbindung({ ebene: 'massnahme', id: 'm' }, { ebene: 'output', id: 'o' })).toEqual({ ok: true });
    expect(pruefeVerbindung({ ebene: 'massnahme', id: 'm' }, { ebene: 'impact', id: 'i' })).toEqual({ ok: true });
    expect(pruefeVerbindung({ ebene: 'outcome', id: 'a' }, { ebene: 'outcome', id: 'b' })).toEqual({ ok: true });
    expect(pruefeVerbindung({ ebene: 'outcome', id: 'a' }, { ebene: 'output', id: 'b' })).toEqual({ ok: false, grund: 'rueckwaerts' });
    expect(pruefeVerbindung({ ebene: 'output', id: 'a' }, { ebene: 'output', id: 'b' })).toEqual({ ok: false, grund: 'rueckwaerts' });
    expect(pruefeVerbindung({ ebene: 'impact', id: 'a' }, { ebene: 'impact', id: 'b' })).toEqual({ ok: false, grund: 'rueckwaerts' });
    expect(pruefeVerbindung({ ebene: 'outcome', id: 'a' }, { ebene: 'outcome', id: 'a' })).toEqual({ ok: false, grund: 'gleiches_element' });
  });
  it('ordnet Stufen der Wirkungstreppe einer IOOI-Ebene zu', () => {
    expect([1, 3, 4, 6, 7].map(iooiZuStufe)).toEqual(['output', 'output', 'outcome', 'outcome', 'impact']);
  });
  it('teilt Knoten in vier Spalten, je Spalte alphabetisch', () => {
    const s = spalten([
      { ebene: 'outcome' as const, titel: 'Zufriedenheit' },
      { ebene: 'massnahme' as const, titel: 'Online-Termine' },
      { ebene: 'outcome' as const, titel: 'Ärger' },
      { ebene: 'impact' as const, titel: 'Vertrauen' },
    ]);
    expect(s.map((x) => x.map((k) => k.titel))).toEqual([['Online-Termine'], [], ['Ärger', 'Zufriedenheit'], ['Vertrauen']]);
  });
});
