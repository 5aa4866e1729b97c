import { describe, expect, it } from 'vitest';
import { entwurfAus, pruefeTransfer } from './transfer.rules.ts';

const q = {
  titel: 'Abholschalter am Montag', hypothese: 'Ein eigener Schalter senkt die Wartezeit.', ideeProblem: 'Montags lange Schlangen.',
  messgroesseText: 'Wartezeit', einheit: 'Minuten', methodeText: 'Stichprobe', baselineWert: 32, zielWert: 15, ergebnisWert: 14, wirkungProzent: -56.3,
  ergebnis: 'Deutlich kürzer.', gelernt: 'Nur montags nötig.', entscheidung: 'standard' as const,
  stichprobe: { vorherN: 8, nachherN: 8, vorherMedian: 31, nachherMedian: 14 },
};

describe('Verbesserungen reisen', () => {
  it('nur Standard mit gemessener Wirkung', () => {
    expect(pruefeTransfer(q)).toEqual({ ok: true });
    expect(pruefeTransfer({ ...q, entscheidung: 'anpassen' })).toEqual({ ok: false, grund: 'nicht_standard' });
    expect(pruefeTransfer({ ...q, wirkungProzent: null })).toEqual({ ok: false, grund: 'ohne_wirkung' });
  });

  it('Entwurf mit Problem, Ist/Soll, gemessener Wirkung, Stufe 5 und Nennung der Kommune', () => {
    const e = entwurfAus(q, 'Gießen');
    expect(e.problem).toBe('Montags lange Schlangen.\n\nIst: 32 Minuten. Soll: 15 Minuten.');
    expect(e.zusammenfassung).toBe('Wartezeit: von 32 Minuten auf 14 Minuten (-56,3 %). Erprobt als PDCA-Experiment in Gießen und dort zum Standard gemacht.');
    expect(e.wirkungText).toContain('vorher 8 Fälle (Median 31 Minuten), nachher 8 Fälle (Median 14 Minuten)');
    expect(e.wirkungsstufe).toBe(5);
    expect(e.kontakt).toContain('Gießen');
  });
});
