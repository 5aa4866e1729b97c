import { describe, expect, it } from 'vitest';
import { erreichteStufe, veraenderung } from './transfer.rules.ts';

describe('Transferprojekt: Veränderung und erreichte Stufe aus den Wirkungszielen', () => {
  const w = (jahr: number, wert: number) => ({ jahr, wert });
  it('misst vom letzten Wert bis zum Projektbeginn bis zum jüngsten, in der Richtung des Indikators', () => {
    expect(veraenderung([w(2020, 10), w(2022, 14), w(2024, 20)], 'hoch', 2022)).toEqual({ von: w(2022, 14), bis: w(2024, 20), aenderung: 6, entwicklung: 'besser' });
    // Beginn 2021 liegt zwischen zwei Werten: der aufgefüllte Wert 2021 (12) ist der Ausgangspunkt
    expect(veraenderung([w(2020, 10), w(2022, 14)], 'niedrig', 2021)).toEqual({ von: w(2021, 12), bis: w(2022, 14), aenderung: 2, entwicklung: 'schlechter' });
    // Ohne Beginn oder Beginn vor allen Werten: ab dem ersten Wert
    expect(veraenderung([w(2020, 10), w(2024, 10)], 'hoch', null)).toMatchObject({ aenderung: 0, entwicklung: 'gleich' });
    expect(veraenderung([w(2020, 10), w(2024, 7)], 'niedrig', 2010)).toMatchObject({ von: w(2020, 10), aenderung: -3, entwicklung: 'besser' });
    expect(veraenderung([w(2024, 7)], 'hoch', 2020)).toMatchObject({ aenderung: null, entwicklung: 'unbekannt' });
    expect(veraenderung([], 'hoch', 2020)).toEqual({ von: null, bis: null, aenderung: null, entwicklung: 'unbekannt' });
  });
  it('erreichte Stufe: höchste Stufe unter den verbesserten Indikatoren', () => {
    expect(erreichteStufe([{ stufe: 6, entwicklung: 'schlechter' }, { stufe: 4, entwicklung: 'besser' }, { stufe: 2, entwicklung: 'besser' }, { stufe: null, entwicklung: 'besser' }])).toBe(4);
    expect(erreichteStufe([{ stufe: 5, entwicklung: 'gleich' }])).toBeNull();
  });
});
