import { describe, expect, it } from 'vitest';
import {
  entwicklung, gegenindikatorWarnung, GITTER, holt, istTreppenstufe, jahresreihe, nurOutputGemessen, passeHoltAn,
  prognose, pruefeMessjahr, pruefeZieljahr, varianzFaktor, Z_80, zielKaumErreichbar,
} from './prognose.rules.ts';

const reihe = (start: number, werte: number[]) => werte.map((wert, i) => ({ jahr: start + i, wert }));

describe('Holts lineare Trendglättung', () => {
  it('rechnet die Reihe 10, 12, 13, 15, 16 mit α = β = 0,5 wie von Hand', () => {
    // Von Hand: l1 = 10, b1 = 2; t2: l = 12, b = 2; t3: Vorhersage 14, Fehler −1, l = 13,5, b = 1,75;
    // t4: Vorhersage 15,25, Fehler −0,25, l = 15,125, b = 1,6875; t5: Vorhersage 16,8125, Fehler −0,8125,
    // l = 16,40625, b = 1,484375; SSE = 1 + 0,0625 + 0,66015625 = 1,72265625.
    const e = holt([10, 12, 13, 15, 16], 0.5, 0.5);
    expect(e.niveau).toBeCloseTo(16.40625, 10);
    expect(e.trend).toBeCloseTo(1.484375, 10);
    expect(e.sse).toBeCloseTo(1.72265625, 10);
    expect(e.fehlerZahl).toBe(3);
  });

  it('findet auf einer Geraden SSE 0 und nimmt beim Gleichstand den ersten Gitterpunkt (0,1 / 0,1)', () => {
    const e = passeHoltAn([2, 4, 6, 8]);
    expect(e.sse).toBe(0);
    expect([e.alpha, e.beta]).toEqual([0.1, 0.1]);
  });

  it('wählt auf einer unruhigen Reihe den Gitterpunkt mit der kleinsten SSE', () => {
    const y = [120, 131, 125, 140, 138, 151, 149, 160];
    const e = passeHoltAn(y);
    for (const a of GITTER) for (const b of GITTER) expect(e.sse).toBeLessThanOrEqual(holt(y, a, b).sse + 1e-9);
    // und nicht zufällig der erste Punkt: die Reihe ist keine Gerade
    expect(e.sse).toBeGreaterThan(0);
    expect(e.sse).toBeLessThan(holt(y, 0.1, 0.1).sse);
  });
});

describe('80-%-Band', () => {
  it('hat den Varianzfaktor 1 für ein Jahr und 2 für zwei Jahre bei α = β = 0,5', () => {
    expect(varianzFaktor(1, 0.5, 0.5)).toBe(1);
    // 1 + 1·(0,25 + 0,25·2 + 0,25·2·3/6) = 2
    expect(varianzFaktor(2, 0.5, 0.5)).toBeCloseTo(2, 12);
    // h = 3: 1 + 2·(0,25 + 0,75 + 0,25·3·5/6) = 1 + 2·1,625 = 4,25
    expect(varianzFaktor(3, 0.5, 0.5)).toBeCloseTo(4.25, 12);
  });

  it('legt das Band um die Vorhersage wie von Hand gerechnet', () => {
    const p = prognose(reihe(2019, [10, 12, 13, 15, 16]), 2025, { alpha: 0.5, beta: 0.5 })!;
    // σ = √(1,72265625 / 3) = 0,757772…; Breite h=1: 1,28155·σ = 0,971125…; h=2: · √2
    const sigma = Math.sqrt(1.72265625 / 3);
    expect(p.sigma).toBeCloseTo(0.7577722283, 9);
    expect(p.punkte.map((x) => x.jahr)).toEqual([2024, 2025]);
    expect(p.punkte[0]!.wert).toBeCloseTo(17.890625, 10);
    expect(p.punkte[0]!.oben - p.punkte[0]!.wert).toBeCloseTo(0.97112, 4);
    expect(p.punkte[1]!.wert).toBeCloseTo(19.375, 10);
    expect(p.punkte[1]!.wert - p.punkte[1]!.unten).toBeCloseTo(Z_80 * sigma * Math.SQRT2, 10);
    expect(p.punkte[1]!.wert - p.punkte[1]!.unten).toBeCloseTo(1.37338, 4);
  });

  it('hat auf einer Geraden die Breite 0 und setzt sie fort', () => {
    const p = prognose(reihe(2020, [2, 4, 6, 8]), 2026)!;
    expect(p.punkte.map((x) => [x.jahr, x.wert, x.unten, x.oben])).toEqual([[2024, 10, 10, 10], [2025, 12, 12, 12], [2026, 14, 14, 14]]);
  });

  it('verlangt mindestens vier Jahre mit Werten (aufgefüllte Lücken zählen nicht)', () => {
    expect(prognose(reihe(2020, [1, 2, 3]))).toBeNull();
    expect(prognose([{ jahr: 2015, wert: 1 }, { jahr: 2018, wert: 4 }, { jahr: 2020, wert: 6 }])).toBeNull();
    expect(prognose(reihe(2020, [1, 2, 3, 4]))).not.toBeNull();
  });
});

describe('Jahresreihe', () => {
  it('mittelt mehrere Werte eines Jahres und füllt Lücken linear', () => {
    expect(jahresreihe([{ jahr: 2020, wert: 10 }, { jahr: 2020, wert: 20 }, { jahr: 2023, wert: 30 }])).toEqual([
      { jahr: 2020, wert: 15 }, { jahr: 2021, wert: 20 }, { jahr: 2022, wert: 25 }, { jahr: 2023, wert: 30 },
    ]);
  });
});

describe('Hinweis „Ziel ohne neue Maßnahme kaum erreichbar“', () => {
  const p = prognose(reihe(2019, [10, 12, 13, 15, 16]), 2025, { alpha: 0.5, beta: 0.5 })!;
  // 2025: Vorhersage 19,375, Band 18,0016 … 20,7484
  it('meldet ein Ziel über dem oberen Rand bei Richtung „hoch“', () => {
    expect(zielKaumErreichbar(p, { jahr: 2025, wert: 21 }, 'hoch')).toBe(true);
    expect(zielKaumErreichbar(p, { jahr: 2025, wert: 20.5 }, 'hoch')).toBe(false);
    // unter dem Band in guter Richtung: der Trend übertrifft das Ziel – kein Hinweis
    expect(zielKaumErreichbar(p, { jahr: 2025, wert: 15 }, 'hoch')).toBe(false);
  });
  it('meldet bei Richtung „niedrig“ ein Ziel unter dem unteren Rand', () => {
    expect(zielKaumErreichbar(p, { jahr: 2025, wert: 17.9 }, 'niedrig')).toBe(true);
    expect(zielKaumErreichbar(p, { jahr: 2025, wert: 18.1 }, 'niedrig')).toBe(false);
    expect(zielKaumErreichbar(p, { jahr: 2025, wert: 30 }, 'niedrig')).toBe(false);
  });
  it('sagt nichts ohne Prognose für das Zieljahr', () => {
    expect(zielKaumErreichbar(p, { jahr: 2030, wert: 21 }, 'hoch')).toBeNull();
    expect(zielKaumErreichbar(null, { jahr: 2025, wert: 21 }, 'hoch')).toBeNull();
  });
});

describe('Hinweis „nur Output gemessen“', () => {
  it('warnt ab Stufe 4, wenn kein Indikator Stufe 4–7 misst', () => {
    expect(nurOutputGemessen(5, [1, 2, 3])).toBe(true);
    expect(nurOutputGemessen(4, [])).toBe(true);
    expect(nurOutputGemessen(4, [null, 3])).toBe(true);
    expect(nurOutputGemessen(5, [2, 4])).toBe(false);
    expect(nurOutputGemessen(7, [7])).toBe(false);
    expect(nurOutputGemessen(3, [1])).toBe(false);
  });
});

describe('Gegenindikator', () => {
  const wartezeit = { werte: reihe(2022, [30, 25]), richtung: 'niedrig' as const }; // sinkt: besser
  const zufriedenheit = { werte: reihe(2022, [80, 70]), richtung: 'hoch' as const }; // sinkt: schlechter
  const beschwerden = { werte: reihe(2022, [40, 35]), richtung: 'niedrig' as const }; // sinkt: besser
  it('warnt, wenn einer besser und sein Paar schlechter wird – je in eigener Richtung', () => {
    expect(entwicklung(wartezeit.werte, 'niedrig')).toBe('besser');
    expect(entwicklung(zufriedenheit.werte, 'hoch')).toBe('schlechter');
    expect(gegenindikatorWarnung(wartezeit, zufriedenheit)).toBe(true);
    expect(gegenindikatorWarnung(zufriedenheit, wartezeit)).toBe(true);
  });
  it('schweigt, wenn beide in dieselbe Richtung gehen, gleich bleiben oder Werte fehlen', () => {
    expect(gegenindikatorWarnung(wartezeit, beschwerden)).toBe(false);
    expect(gegenindikatorWarnung(wartezeit, { werte: reihe(2022, [5, 5]), richtung: 'hoch' })).toBe(false);
    expect(gegenindikatorWarnung(wartezeit, { werte: reihe(2022, [5]), richtung: 'hoch' })).toBe(false);
  });
});

describe('Prüfungen', () => {
  const heute = new Date('2026-11-30T12:00:00Z');
  it('lässt Messjahre von 1950 bis zum laufenden Jahr zu', () => {
    expect(pruefeMessjahr(2026, heute)).toEqual({ ok: true });
    expect(pruefeMessjahr(1950, heute)).toEqual({ ok: true });
    expect(pruefeMessjahr(3000, heute)).toEqual({ ok: false, grund: 'zukunft' });
    expect(pruefeMessjahr(2027, heute)).toEqual({ ok: false, grund: 'zukunft' });
    expect(pruefeMessjahr(1949, heute)).toEqual({ ok: false, grund: 'zu_frueh' });
    expect(pruefeMessjahr(2020.5, heute)).toEqual({ ok: false, grund: 'keine_ganzzahl' });
  });
  it('lässt Zieljahre bis 2100 zu', () => {
    expect(pruefeZieljahr(2030)).toEqual({ ok: true });
    expect(pruefeZieljahr(3000)).toEqual({ ok: false, grund: 'zukunft' });
  });
  it('kennt die Stufen 1–7 der Wirkungstreppe', () => {
    expect([0, 1, 7, 8, 9, 3.5].map(istTreppenstufe)).toEqual([false, true, true, false, false, false]);
  });
});
