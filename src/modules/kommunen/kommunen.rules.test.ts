import { describe, expect, it } from 'vitest';
import {
  agsZuArs,
  arsZuAgs,
  findeLand,
  groessenklasse,
  groessenklasseArt,
  groessenklasseText,
  kreisNamen,
  kurzname,
  normalisiere,
  schluesselArt,
  typAusName,
} from './kommunen.rules.ts';

describe('groessenklasse – Tabelle 1 (Städte und Gemeinden), jede Grenze', () => {
  it.each([
    [0, 7],
    [9_999, 7],
    [10_000, 6],
    [24_999, 6],
    [25_000, 5],
    [49_999, 5],
    [50_000, 4],
    [99_999, 4],
    [100_000, 3],
    [199_999, 3],
    [200_000, 2],
    [399_999, 2],
    [400_000, 2],
    [400_001, 1],
    [3_596_999, 1],
  ])('%i Einwohner → Klasse %i', (einwohner, klasse) => {
    expect(groessenklasse('gemeinde', einwohner)).toBe(klasse);
  });
});

describe('groessenklasse – Tabelle 2 (Kreise), jede Grenze', () => {
  it.each([
    [0, 3],
    [149_999, 3],
    [150_000, 2],
    [249_999, 2],
    [250_000, 2],
    [250_001, 1],
    [1_129_158, 1],
  ])('%i Einwohner → Klasse %i', (einwohner, klasse) => {
    expect(groessenklasse('kreis', einwohner)).toBe(klasse);
  });

  it('lehnt ungültige Einwohnerzahlen ab', () => {
    expect(() => groessenklasse('gemeinde', -1)).toThrow(RangeError);
    expect(() => groessenklasse('kreis', 1.5)).toThrow(RangeError);
    expect(() => groessenklasse('kreis', Number.NaN)).toThrow(RangeError);
  });

  it('wählt die Tabelle nach Typ; Länder haben keine Größenklasse', () => {
    expect(groessenklasseArt('Landkreis')).toBe('kreis');
    expect(groessenklasseArt('kreisfreie Stadt')).toBe('gemeinde');
    expect(groessenklasseArt('Stadt')).toBe('gemeinde');
    expect(groessenklasseArt('Gemeinde')).toBe('gemeinde');
    expect(groessenklasseArt('Stadtstaat')).toBe('gemeinde'); // Berlin, Hamburg
    expect(groessenklasseArt('Stadtstaat', true)).toBeNull(); // Land Bremen
    expect(groessenklasseArt('Land')).toBeNull();
  });

  it('benennt die Klassen', () => {
    expect(groessenklasseText('gemeinde', 4)).toBe('50.000 bis unter 100.000 Einwohner');
    expect(groessenklasseText('kreis', 3)).toBe('weniger als 150.000 Einwohner');
    expect(() => groessenklasseText('kreis', 4)).toThrow(RangeError);
  });
});

describe('Namen', () => {
  it.each([
    ['Gießen, Universitätsstadt', 'Gießen'],
    ['Landstuhl, Sickingenstadt, Stadt', 'Landstuhl'],
    ['Lindberg', 'Lindberg'],
    ['Ludwigschorgast, M', 'Ludwigschorgast'],
    ['Frankfurt (Oder), Stadt', 'Frankfurt (Oder)'],
    ['Halle (Saale), Stadt', 'Halle (Saale)'],
    ['Hohenstein (Landkreis Reutlingen)', 'Hohenstein'],
    ['Lichtenau, Stadt (Kreis Paderborn)', 'Lichtenau'],
    ['Hamburg, Freie und Hansestadt', 'Hamburg'],
  ])('kurzname(%s) = %s', (name, kurz) => {
    expect(kurzname(name)).toBe(kurz);
  });

  it.each([
    ['Gießen, Universitätsstadt', 'Stadt'],
    ['Siegburg, Stadt', 'Stadt'],
    ['Garching b.München, St', 'Stadt'],
    ['Dachau, GKSt', 'Stadt'],
    ['Gelnhausen, Barbarossast., Krst.', 'Stadt'],
    ['Lübeck, Hansestadt', 'Stadt'],
    ['Hagen, Stadt der FernUniversität', 'Stadt'],
    ['Harsewinkel, Die Mähdrescherstadt', 'Stadt'],
    ['Kühlungsborn, Ostseebad, Stadt', 'Stadt'],
    ['Lichtenau, Stadt (Kreis Paderborn)', 'Stadt'],
    ['Lindberg', 'Gemeinde'],
    ['Ludwigschorgast, M', 'Gemeinde'],
    ['Binz, Ostseebad', 'Gemeinde'],
    ['Rathen, Kurort', 'Gemeinde'],
    ['Garding, Kirchspiel', 'Gemeinde'],
    ['Osterheide, gemfr. Bezirk', 'Gemeinde'],
    ['Bovenden, Flecken', 'Gemeinde'],
    ['Saerbeck, NRW-Klimakommune', 'Gemeinde'],
  ])('typAusName(%s) = %s', (name, typ) => {
    expect(typAusName(name)).toBe(typ);
  });

  it('normalisiert für die Suche: Umlaute und ihre Umschreibung treffen sich', () => {
    expect(normalisiere('München')).toBe('munchen');
    expect(normalisiere('Muenchen')).toBe('munchen');
    expect(normalisiere('Munchen')).toBe('munchen');
    expect(normalisiere('Gießen')).toBe('giessen');
    expect(normalisiere('GIESSEN')).toBe('giessen');
    expect(normalisiere('  Bad   Nauheim ')).toBe('bad nauheim');
    expect(normalisiere('Köln')).toBe(normalisiere('Koeln'));
    expect(normalisiere('Thüringen')).toBe(normalisiere('Thueringen'));
    expect(normalisiere('Sankt Wendel')).toBe('st wendel');
    expect(normalisiere('St. Wendel')).toBe('st wendel');
    expect(normalisiere('Landkreis St.Wendel')).toBe('landkreis st wendel');
    expect(normalisiere('Garching b.München, St')).toBe('garching b.munchen, st');
    expect(normalisiere('Stadt Kassel')).toBe('stadt kassel');
  });

  it('bildet Kreisnamen aus landkreise-deutschland', () => {
    expect(kreisNamen('Gießen', 'Landkreis')).toEqual({ name: 'Landkreis Gießen', kurzname: 'Gießen' });
    expect(kreisNamen('Dithmarschen', 'Kreis')).toEqual({ name: 'Kreis Dithmarschen', kurzname: 'Dithmarschen' });
    expect(kreisNamen('Landkreis Rostock', 'Landkreis')).toEqual({ name: 'Landkreis Rostock', kurzname: 'Rostock' });
    expect(kreisNamen('Region Hannover', 'Landkreis')).toEqual({ name: 'Region Hannover', kurzname: 'Hannover' });
    expect(kreisNamen('Städteregion Aachen', 'Kreis')).toEqual({ name: 'Städteregion Aachen', kurzname: 'Aachen' });
    expect(kreisNamen('Main-Kinzig-Kreis', 'Landkreis')).toEqual({ name: 'Main-Kinzig-Kreis', kurzname: 'Main-Kinzig-Kreis' });
    expect(kreisNamen('Regionalverband Saarbrücken', 'Regionalverband')).toEqual({ name: 'Regionalverband Saarbrücken', kurzname: 'Saarbrücken' });
  });
});

describe('Schlüssel', () => {
  it('wandelt ARS in AGS und zurück', () => {
    expect(arsZuAgs('065310005005')).toBe('06531005');
    expect(arsZuAgs('010010000000')).toBe('01001000');
    expect(agsZuArs('01001000')).toBe('010010000000');
    expect(agsZuArs('06531005', '0005')).toBe('065310005005');
    expect(arsZuAgs(agsZuArs('09162000'))).toBe('09162000');
    expect(() => arsZuAgs('06531005')).toThrow(RangeError);
    expect(() => agsZuArs('065310005005')).toThrow(RangeError);
    expect(() => agsZuArs('06531005', '5')).toThrow(RangeError);
  });

  it('erkennt die Art eines Schlüssels', () => {
    expect(schluesselArt('065310005005')).toBe('ars');
    expect(schluesselArt('06531005')).toBe('ags');
    expect(schluesselArt('06531')).toBe('kreis');
    expect(schluesselArt('06')).toBe('land');
    expect(schluesselArt('065')).toBeNull();
    expect(schluesselArt('Gießen')).toBeNull();
  });

  it('findet Länder über Kürzel, Schlüssel und Name', () => {
    expect(findeLand('HE')?.schluessel).toBe('06');
    expect(findeLand('he')?.code).toBe('HE');
    expect(findeLand('06')?.code).toBe('HE');
    expect(findeLand('6')?.code).toBe('HE');
    expect(findeLand('Thüringen')?.code).toBe('TH');
    expect(findeLand('thueringen')?.code).toBe('TH');
    expect(findeLand('Baden-Württemberg')?.schluessel).toBe('08');
    expect(findeLand('XX')).toBeUndefined();
    expect(findeLand('17')).toBeUndefined();
  });
});
