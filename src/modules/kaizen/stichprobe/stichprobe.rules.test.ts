import { describe, expect, it } from 'vitest';
import { binomialVerteilung, dauerMinuten, konfidenzintervallMedian, median, mindestgroesse, vergleicheStichproben } from './stichprobe.rules.ts';

describe('Stichprobe: Median und Konfidenzintervall', () => {
  it('Median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('Binomialverteilung mit p = ½', () => {
    expect(binomialVerteilung(6, 0)).toBe(1 / 64);
    expect(binomialVerteilung(10, 2)).toBe(56 / 1024);
  });

  it('exaktes Intervall aus Ordnungsstatistiken', () => {
    // n = 6: nur [x(1), x(6)] mit 1 − 2/64 = 96,875 %
    expect(konfidenzintervallMedian([12, 7, 9, 15, 11, 8])).toEqual({ unten: 7, oben: 15, niveau: 1 - 2 / 64 });
    // n = 10: k = 2, [x(2), x(9)], 1 − 2 · 11/1024
    expect(konfidenzintervallMedian([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ unten: 2, oben: 9, niveau: 1 - 22 / 1024 });
    expect(konfidenzintervallMedian([1, 2, 3, 4, 5])).toBeNull();
  });

  it('ab 6 Fällen je Stichprobe lässt sich ein Unterschied beurteilen', () => {
    expect(mindestgroesse()).toBe(6);
    const v = vergleicheStichproben([30, 25, 40, 35, 28], [10, 12, 9, 11, 14, 10]);
    expect(v.urteil).toBe('zu_klein');
    expect(v.differenzIntervall).toBeNull();
    expect(v.vorher.median).toBe(30);
  });

  it('deutlich schneller, deutlich langsamer, nicht unterscheidbar', () => {
    const vorher = [30, 25, 40, 35, 28, 33, 31, 29];
    const nachher = [10, 12, 9, 11, 14, 10, 13, 12];
    const a = vergleicheStichproben(vorher, nachher);
    expect(a.urteil).toBe('schneller');
    expect(a.differenzMedian).toBe(11.5 - 30.5);
    expect(a.differenzIntervall!.oben).toBeLessThan(0);
    expect(vergleicheStichproben(nachher, vorher).urteil).toBe('langsamer');
    expect(vergleicheStichproben([10, 30, 12, 28, 15, 25], [11, 29, 13, 27, 16, 24]).urteil).toBe('kein_unterschied_erkennbar');
  });

  it('fester Startwert: dasselbe Intervall bei jedem Aufruf', () => {
    const a = vergleicheStichproben([5, 6, 7, 8, 9, 10], [4, 5, 6, 7, 8, 12]);
    const b = vergleicheStichproben([5, 6, 7, 8, 9, 10], [4, 5, 6, 7, 8, 12]);
    expect(a.differenzIntervall).toEqual(b.differenzIntervall);
  });

  it('Dauer aus Start und Ende', () => {
    expect(dauerMinuten('2026-03-02T09:00:00Z', '2026-03-02T09:12:30Z')).toBe(12.5);
    expect(dauerMinuten('2026-03-02T09:00:00Z', '2026-03-02T08:00:00Z')).toBeNull();
    expect(dauerMinuten('kaputt', '2026-03-02T08:00:00Z')).toBeNull();
  });
});
