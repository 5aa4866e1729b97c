import { describe, expect, it } from 'vitest';
import { ART_NACH_TYP, GROESSENKLASSEN, groessenklasse, groessenklasseArt, groessenklasseName } from './groessenklassen.ts';

describe('Die eine Definition der Größenklassen', () => {
  it('hält die Bezeichnungen fest (Tabelle 1 und 2 der ÖFIT/KGSt-Studie, Grenzen nach Entscheidung 0002)', () => {
    expect(GROESSENKLASSEN.gemeinde.map((k) => `${k.klasse}: ${k.spanne}`)).toEqual([
      '1: mehr als 400.000',
      '2: 200.000 bis 400.000',
      '3: 100.000 bis unter 200.000',
      '4: 50.000 bis unter 100.000',
      '5: 25.000 bis unter 50.000',
      '6: 10.000 bis unter 25.000',
      '7: weniger als 10.000',
    ]);
    expect(GROESSENKLASSEN.kreis.map((k) => `${k.klasse}: ${k.spanne}`)).toEqual(['1: mehr als 250.000', '2: 150.000 bis 250.000', '3: weniger als 150.000']);
  });

  it('Bezeichnung und Berechnung passen an jeder Grenze zusammen', () => {
    // Each class's lower bound falls into it, one inhabitant less into the next class.
    for (const art of ['gemeinde', 'kreis'] as const) {
      for (const k of GROESSENKLASSEN[art]) {
        expect(groessenklasse(art, k.abEinwohner)).toBe(k.klasse);
        if (k.abEinwohner > 0) expect(groessenklasse(art, k.abEinwohner - 1)).toBe(k.klasse + 1);
      }
    }
    expect(groessenklasseName('gemeinde', groessenklasse('gemeinde', 87_217))).toBe('Städte und Gemeinden mit 50.000 bis unter 100.000 Einwohnern');
    expect(groessenklasseName('kreis', groessenklasse('kreis', 271_000))).toBe('Kreise mit mehr als 250.000 Einwohnern');
  });

  it('ordnet jeden Typ genau einer Tabelle zu', () => {
    expect(ART_NACH_TYP).toEqual({ Gemeinde: 'gemeinde', Stadt: 'gemeinde', 'kreisfreie Stadt': 'gemeinde', Stadtstaat: 'gemeinde', Landkreis: 'kreis', Land: 'land' });
    expect(groessenklasseArt('Stadtstaat', true)).toBeNull();
    expect(groessenklasseArt('Land')).toBeNull();
  });
});
