import { describe, expect, it } from 'vitest';
import { kennzahlen, teamKennzahlen } from './wirkung.rules.ts';

const roh = { beschaeftigte: 250, ideen: 15, entschieden: 8, fristgerecht: 6, durchlaufzeitVerkuerzungen: [-40, -10, -25] };

describe('Wirkung und Beteiligung', () => {
  it('Ideen je 100 Beschäftigte, Anteil fristgerecht, Median der Verkürzung', () => {
    expect(kennzahlen(roh)).toEqual({ ideen: 15, ideenJe100: 6, entschieden: 8, anteilFristgerecht: 75, durchlaufzeitVerkuerzungProzent: -25, experimenteMitVerkuerzung: 3, stundenLaufend: 0, stundenEinmalig: 0, stundenBestaetigtVon: [] });
    expect(kennzahlen({ ...roh, beschaeftigte: null, entschieden: 0, durchlaufzeitVerkuerzungen: [] })).toMatchObject({ ideenJe100: null, anteilFristgerecht: null, durchlaufzeitVerkuerzungProzent: null });
  });

  it('Stunden laufend und einmalig getrennt, bestätigende Funktionen ohne Doppel', () => {
    const k = kennzahlen({ ...roh, stunden: [{ stunden: 100, art: 'laufend', bestaetigtVon: 'Amtsleitung' }, { stunden: 20.25, art: 'einmalig', bestaetigtVon: 'Amtsleitung' }, { stunden: 5, art: 'laufend', bestaetigtVon: 'Fachdienst' }] });
    expect(k).toMatchObject({ stundenLaufend: 105, stundenEinmalig: 20.3, stundenBestaetigtVon: ['Amtsleitung', 'Fachdienst'] });
  });

  it('ein Team mit 4 Beschäftigten bekommt keine Zahlen, eines mit 5 schon', () => {
    expect(teamKennzahlen({ ...roh, beschaeftigte: 4 })).toBeNull();
    expect(teamKennzahlen({ ...roh, beschaeftigte: null })).toBeNull();
    expect(teamKennzahlen({ ...roh, beschaeftigte: 5 })?.ideenJe100).toBe(300);
  });
});
