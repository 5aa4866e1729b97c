import { describe, expect, it } from 'vitest';
import { datumAusText, pruefeImport, zahlAusText } from './import.rules.ts';
import { frischeJeEinheit, istUeberfaellig, naechsterWertFaellig } from './frische.rules.ts';

const heute = new Date('2026-11-30T12:00:00Z');

describe('Import eigener Indikatorwerte', () => {
  it('liest Jahr, Wert mit Dezimalkomma, Stadtteil und Zielgruppe', () => {
    const r = pruefeImport([['Jahr', 'Wert', 'Stadtteil', 'Zielgruppe'], ['2021', '12,5', 'Nordstadt', 'U3'], ['', '', '', ''], ['2022', '1.234,5', '', '']], heute);
    expect(r).toEqual({ ok: true, werte: [
      { jahr: 2021, datum: null, wert: 12.5, stadtteil: 'Nordstadt', zielgruppe: 'U3' },
      { jahr: 2022, datum: null, wert: 1234.5, stadtteil: '', zielgruppe: '' },
    ] });
  });

  it('nennt die Zeile 4.711 mit deutschem Tausenderpunkt und importiert nichts', () => {
    const zeilen = [['jahr', 'wert'], ...Array.from({ length: 4709 }, () => ['2020', '1'])];
    zeilen.push(['2021', 'viel']); // Dateizeile 4.711
    const r = pruefeImport(zeilen, heute);
    expect(r).toEqual({ ok: false, fehler: [{ zeile: 4711, meldung: 'Zeile 4.711: „viel“ in der Spalte „wert“ ist keine Zahl.' }] });
  });

  it('weist Jahr 3000, Jahre vor 1950, unpassende Daten und fehlende Kopfspalten ab', () => {
    const r = pruefeImport([['jahr', 'datum', 'wert'], ['3000', '', '1'], ['1900', '', '1'], ['2020', '2021-03-01', '1'], ['', '31.02.2020', '1'], ['zwanzig', '', '1'], ['', '', '1']], heute);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fehler.map((f) => f.meldung)).toEqual([
      'Zeile 2: Das Jahr 3000 liegt in der Zukunft.',
      'Zeile 3: Das Jahr 1900 liegt vor 1950.',
      'Zeile 4: Jahr 2020 und Datum 2021-03-01 passen nicht zusammen.',
      'Zeile 5: „31.02.2020“ ist kein gültiges Datum (erwartet JJJJ-MM-TT oder TT.MM.JJJJ).',
      'Zeile 6: „zwanzig“ ist keine Jahreszahl.',
      'Zeile 7: Jahr oder Datum fehlt.',
    ]);
    expect(pruefeImport([['Monat', 'Anzahl']], heute)).toEqual({ ok: false, fehler: [{ zeile: 1, meldung: 'Zeile 1: Die Kopfzeile braucht die Spalten „jahr“ (oder „datum“) und „wert“; gefunden: monat, anzahl.' }] });
  });

  it('nimmt das Jahr aus dem Datum', () => {
    expect(pruefeImport([['datum', 'wert'], ['15.03.2024', '7']], heute)).toEqual({ ok: true, werte: [{ jahr: 2024, datum: '2024-03-15', wert: 7, stadtteil: '', zielgruppe: '' }] });
  });

  it('liest Zahlen und Daten streng', () => {
    expect(['12', '-3,25', '1.000', '1.000,5', '12.5', '12a', '', '1,2,3'].map(zahlAusText)).toEqual([12, -3.25, 1, 1000.5, 12.5, null, null, null]);
    expect(['2024-02-29', '2023-02-29', '1.1.2020'].map(datumAusText)).toEqual(['2024-02-29', null, '2020-01-01']);
  });
});

describe('Frische', () => {
  it('rechnet den nächsten fälligen Wert aus Rhythmus und drei Monaten Vorlauf', () => {
    expect(naechsterWertFaellig('2025-12-31', '2020-01-01', 'jaehrlich')).toBe('2027-03-31');
    expect(naechsterWertFaellig('2026-05-31', '2020-01-01', 'monatlich')).toBe('2026-09-30');
    expect(naechsterWertFaellig(null, '2026-01-15', 'quartalsweise')).toBe('2026-04-15');
    expect(istUeberfaellig('2026-09-30', '2026-11-30')).toBe(true);
    expect(istUeberfaellig('2027-03-31', '2026-11-30')).toBe(false);
  });
  it('zählt je Einheit, nie je Person', () => {
    expect(frischeJeEinheit([{ verantwortlich: 'Jugendamt', ueberfaellig: false }, { verantwortlich: 'Jugendamt', ueberfaellig: true }, { verantwortlich: 'Bürgerbüro', ueberfaellig: false }])).toEqual([
      { einheit: 'Bürgerbüro', gesamt: 1, aktuell: 1, anteil: 1 },
      { einheit: 'Jugendamt', gesamt: 2, aktuell: 1, anteil: 0.5 },
    ]);
  });
});
