import { describe, expect, it } from 'vitest';
import { feld, reihenfolge } from './prioritaet.rules.ts';

describe('Priorisierungsmatrix', () => {
  it('ordnet Wirkung und Aufwand den vier Feldern zu (Wirkung hoch ab 3, Aufwand hoch ab 4)', () => {
    expect(feld(4, 2)).toBe('zuerst');
    expect(feld(3, 3)).toBe('zuerst');
    expect(feld(5, 4)).toBe('planen');
    expect(feld(2, 1)).toBe('nebenbei');
    expect(feld(2, 4)).toBe('hinterfragen');
    expect(feld(null, 4)).toBe('offen');
  });
  it('sortiert hohe Wirkung zuerst, bei gleicher Wirkung geringen Aufwand, Uneingeschätztes zuletzt', () => {
    const r = reihenfolge([
      { titel: 'C', wirkungErwartet: null, aufwand: 1 },
      { titel: 'B', wirkungErwartet: 4, aufwand: 4 },
      { titel: 'A', wirkungErwartet: 4, aufwand: 2 },
      { titel: 'D', wirkungErwartet: 5, aufwand: 5 },
    ]);
    expect(r.map((m) => m.titel)).toEqual(['D', 'A', 'B', 'C']);
  });
});
