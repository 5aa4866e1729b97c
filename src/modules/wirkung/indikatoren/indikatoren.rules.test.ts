import { describe, expect, it } from 'vitest';
import { alleZugeordnetenIndikatoren, anteilNiedriger, berechneVergleich, kennzahlen, quantil, THEMEN, themaVon, waehleReihe } from './indikatoren.rules.ts';
import { leseMetadaten } from './indikatoren.laden.ts';

describe('Quantile (lineare Interpolation, Position p·(n−1))', () => {
  it('rechnet Median und Quartile von Hand nach', () => {
    // 1 2 3 4: Median an Position 1,5 → 2,5; p25 an 0,75 → 1,75; p75 an 2,25 → 3,25
    expect(kennzahlen([1, 2, 3, 4])).toEqual({ n: 4, median: 2.5, p25: 1.75, p75: 3.25 });
    // 10 20 30 40 50: Median 30, p25 an Position 1 → 20, p75 an Position 3 → 40
    expect(kennzahlen([10, 20, 30, 40, 50])).toEqual({ n: 5, median: 30, p25: 20, p75: 40 });
    expect(kennzahlen([7])).toEqual({ n: 1, median: 7, p25: 7, p75: 7 });
    expect(quantil([0, 10], 0.1)).toBeCloseTo(1, 12);
  });

  it('weist leere Verteilungen und unmögliche Quantile ab', () => {
    expect(() => quantil([], 0.5)).toThrow(RangeError);
    expect(() => quantil([1], 1.5)).toThrow(RangeError);
  });
});

describe('Lage in der Verteilung (Anteil der anderen mit niedrigerem Wert)', () => {
  it('zählt nur echt niedrigere Werte der anderen Mitglieder', () => {
    const s = [1, 2, 2, 5, 9];
    expect(anteilNiedriger(s, 1)).toBe(0); // niedrigster Wert
    expect(anteilNiedriger(s, 9)).toBe(100); // höchster: alle 4 anderen niedriger
    expect(anteilNiedriger(s, 2)).toBe(25); // 1 von 4 anderen niedriger; Gleichstand zählt nicht
    expect(anteilNiedriger(s, 5)).toBe(75); // 3 von 4
  });

  it('gibt einer Gruppe aus einem Mitglied keine Lage', () => {
    expect(anteilNiedriger([3], 3)).toBeNull();
  });
});

describe('Kreiswert', () => {
  const eigen = [{ jahr: 2021, wert: 5 }];
  const kreis = [{ jahr: 2019, wert: 3 }, { jahr: 2021, wert: 4 }];
  it('nimmt eigene Werte einer Gemeinde, auch wenn die Kreisreihe länger ist', () => {
    expect(waehleReihe(eigen, kreis, 'gemeinde')).toEqual({ ebene: 'gemeinde', werte: eigen });
  });
  it('nimmt ohne eigene Werte die Reihe des Kreises und kennzeichnet sie', () => {
    expect(waehleReihe([], kreis, 'gemeinde')).toEqual({ ebene: 'kreis', werte: kreis });
  });
  it('zeigt nichts, wenn weder Gemeinde noch Kreis einen Wert haben', () => {
    expect(waehleReihe([], [], 'gemeinde')).toBeNull();
  });
  it('ein Kreis sieht seine eigene Reihe', () => {
    expect(waehleReihe(kreis, [], 'kreis')).toEqual({ ebene: 'kreis', werte: kreis });
  });
});

describe('Vergleichsgruppen', () => {
  it('bildet Gruppen je Größenklasse und Land und die Lage jeder Einheit darin', () => {
    const werte = new Map([['06000001', 10], ['06000002', 20], ['06000003', 30], ['09000001', 40], ['09000002', 50]]);
    const klasse = (ags: string) => (ags === '09000002' ? null : ags.endsWith('1') ? 7 : 6);
    const { vergleich, lage } = berechneVergleich('x', 'gemeinde', 2022, werte, klasse);
    const gruppe = (g: string) => vergleich.find((v) => v.gruppe === g);
    // Klasse 7: 10, 40 → Median 25; Klasse 6: 20, 30 → Median 25; 09000002 hat keine Klasse
    expect(gruppe('gk:7')).toMatchObject({ n: 2, median: 25, p25: 17.5, p75: 32.5, jahr: 2022, ebene: 'gemeinde' });
    expect(gruppe('gk:6')).toMatchObject({ n: 2, median: 25 });
    expect(gruppe('land:06')).toMatchObject({ n: 3, median: 20, p25: 15, p75: 25 });
    expect(gruppe('land:09')).toMatchObject({ n: 2, median: 45 });
    expect(lage.find((l) => l.ags === '06000003')).toEqual({ ags: '06000003', indikatorId: 'x', anteilGk: 100, anteilLand: 100 });
    expect(lage.find((l) => l.ags === '06000001')).toEqual({ ags: '06000001', indikatorId: 'x', anteilGk: 0, anteilLand: 0 });
    expect(lage.find((l) => l.ags === '09000002')).toEqual({ ags: '09000002', indikatorId: 'x', anteilGk: null, anteilLand: 100 });
  });
});

describe('Themen', () => {
  it('ordnet jeden mitgelieferten Indikator genau einem der sechs Themen zu', () => {
    const ids = leseMetadaten().map((m) => m.id);
    expect(ids).toHaveLength(120);
    expect(new Set(alleZugeordnetenIndikatoren())).toEqual(new Set(ids));
    expect(THEMEN).toHaveLength(6);
    expect(themaVon('inkar_q_sgbii')).toBe('Soziales');
    expect(themaVon('da_kbetr_u3')).toBe('Bildung und Betreuung');
    expect(themaVon('inkar21_pkw_dichte')).toBe('Mobilität');
    expect(themaVon('unbekannt')).toBeNull();
  });
  it('jedes Thema hat Indikatoren', () => {
    for (const t of THEMEN) expect(alleZugeordnetenIndikatoren().some((id) => themaVon(id) === t), t).toBe(true);
  });
});
