import { describe, expect, it } from 'vitest';
import { passung, zaehlePassung } from './passung.rules.ts';

describe('Passung', () => {
  it('gut nur mit starkem Kern und an der Spitze der Liste', () => {
    expect(passung({ kern: 0.6, relativ: 1 })).toBe('gut');
    // strong on its own, but far behind the best hit: at most „möglich“
    expect(passung({ kern: 0.6, relativ: 0.7 })).toBe('moeglich');
    expect(passung({ kern: 0.3, relativ: 1 })).toBe('moeglich');
  });
  it('ein gemeinsames Wort im Schwanz der Liste ist schwach', () => {
    expect(passung({ kern: 0.15, relativ: 1 })).toBe('schwach');
    expect(passung({ kern: 0.3, relativ: 0.4 })).toBe('schwach');
  });
  it('zählt je Passung', () => {
    expect(zaehlePassung([{ passung: 'gut' }, { passung: 'moeglich' }, { passung: 'moeglich' }])).toEqual({ gut: 1, moeglich: 2, schwach: 0 });
  });
});
