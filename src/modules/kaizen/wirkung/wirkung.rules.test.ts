import { describe, expect, it } from 'vitest';
import { kennzahlen, teamKennzahlen } from './wirkung.rules.ts';

const roh = { beschaeftigte: 250, ideen: 15, entschieden: 8, fristgerecht: 6, durchlaufzeitVerkuerzungen: [-40, -10, -25] };

describe('Wirkung und Beteiligung', () => {
  it('Ideen je 100 Beschäftigte, Anteil fristgerecht, Median der Verkürzung', () => {
    expect(kennzahlen(roh)).toEqual({ ideen: 15, ideenJe100: 6, entschieden: 8, anteilFristgerecht: 75, durchlaufzeitVerkuerzungProzent: -25, experimenteMitVerkuerzung: 3 });
    expect(kennzahlen({ ...roh, beschaeftigte: null, entschieden: 0, durchlaufzeitVerkuerzungen: [] })).toMatchObject({ ideenJe100: null, anteilFristgerecht: null, durchlaufzeitVerkuerzungProzent: null });
  });

  it('ein Team mit 4 Beschäftigten bekommt keine Zahlen, eines mit 5 schon', () => {
    expect(teamKennzahlen({ ...roh, beschaeftigte: 4 })).toBeNull();
    expect(teamKennzahlen({ ...roh, beschaeftigte: null })).toBeNull();
    expect(teamKennzahlen({ ...roh, beschaeftigte: 5 })?.ideenJe100).toBe(300);
  });
});
