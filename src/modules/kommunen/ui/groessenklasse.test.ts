import { describe, expect, it } from 'vitest';
import { groessenklasseLang, groessenklasseSpanne } from './groessenklasse.ts';

describe('Größenklasse in Worten', () => {
  it('nutzt Tabelle 1 für Städte, Gemeinden und kreisfreie Städte', () => {
    expect(groessenklasseLang('Stadt', 4)).toBe('Größenklasse 4 (Städte und Gemeinden mit 50.000 bis unter 100.000 Einwohnern)');
    expect(groessenklasseLang('kreisfreie Stadt', 1)).toBe('Größenklasse 1 (Städte und Gemeinden mit mehr als 400.000 Einwohnern)');
    expect(groessenklasseSpanne('Gemeinde', 7)).toBe('weniger als 10.000');
  });
  it('nutzt Tabelle 2 für Landkreise', () => {
    expect(groessenklasseLang('Landkreis', 1)).toBe('Größenklasse 1 (Kreise mit mehr als 250.000 Einwohnern)');
    expect(groessenklasseSpanne('Landkreis', 4)).toBeNull();
  });
  it('hat keine Größenklasse für Länder', () => {
    expect(groessenklasseLang('Land', null)).toBe('keine Größenklasse');
  });
});
