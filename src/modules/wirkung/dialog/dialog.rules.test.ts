import { describe, expect, it } from 'vitest';
import { gespraechspunkte, median, referenzAusreisser, stadtteilAusreisser } from './dialog.rules.ts';

const st = (jahr: number, stadtteil: string, wert: number) => ({ jahr, stadtteil, wert });

describe('Wirkungsdialog: vorausgewählte Gesprächspunkte', () => {
  it('Median gerader und ungerader Länge', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('Stadtteile: jüngstes Jahr mit mindestens drei Stadtteilen, Abweichung ab 25 % vom Median', () => {
    // 2024: Median von 10, 12, 15, 20 = 13.5; 10 → −25,9 %, 20 → +48,1 %, 12 → −11,1 %, 15 → +11,1 %
    // 2025: nur zwei Stadtteile → zählt nicht; Werte ohne Stadtteil zählen nie
    const a = stadtteilAusreisser([
      st(2023, 'Nord', 1), st(2023, 'Süd', 100), st(2023, 'West', 5),
      st(2024, 'Nord', 10), st(2024, 'Süd', 20), st(2024, 'West', 12), st(2024, 'Ost', 14), st(2024, 'Ost', 16),
      st(2025, 'Nord', 1), st(2025, 'Süd', 99), st(2025, '', 500),
    ]);
    expect(a.map((x) => [x.jahr, x.stadtteil])).toEqual([[2024, 'Süd'], [2024, 'Nord']]);
    expect(a[0]!.median).toBe(13.5);
    expect(a[0]!.abweichung).toBeCloseTo(6.5 / 13.5, 12);
    expect(a[1]!.abweichung).toBeCloseTo(-3.5 / 13.5, 12);
  });

  it('Stadtteile: genau 25 % zählt, knapp darunter nicht; Median 0 und zu wenige Stadtteile ergeben nichts', () => {
    expect(stadtteilAusreisser([st(2024, 'A', 8), st(2024, 'B', 10), st(2024, 'C', 12.5)]).map((x) => x.stadtteil)).toEqual(['C']);
    expect(stadtteilAusreisser([st(2024, 'A', 8), st(2024, 'B', 10), st(2024, 'C', 12.49)])).toEqual([]);
    expect(stadtteilAusreisser([st(2024, 'A', -1), st(2024, 'B', 0), st(2024, 'C', 5)])).toEqual([]);
    expect(stadtteilAusreisser([st(2024, 'A', 1), st(2024, 'B', 100)])).toEqual([]);
  });

  it('Referenz: außerhalb von Quartil ± 1,5 × IQR im Vergleichsjahr, die deutlichsten zuerst, höchstens fünf', () => {
    const ref = (name: string, wert: number, jahr = 2022) => ({ name, einheit: '%', werte: [{ jahr: 2021, wert: 999 }, { jahr, wert }], vergleich: { groessenklasse: 4, jahr: 2022, median: 10, p25: 8, p75: 12 } });
    // IQR 4 → Grenzen 2 und 18
    const r = referenzAusreisser([ref('genau Grenze', 18), ref('hoch', 19), ref('niedrig', 0), ref('innen', 11), ref('anderes Jahr', 50, 2020), { ...ref('ohne Vergleich', 99), vergleich: null }]);
    expect(r.map((x) => [x.name, x.abstand])).toEqual([['niedrig', 2], ['hoch', 1.75]]);
    const viele = referenzAusreisser(Array.from({ length: 8 }, (_, i) => ref(`R${i}`, 20 + i)));
    expect(viele.map((x) => x.name)).toEqual(['R7', 'R6', 'R5', 'R4', 'R3']);
  });

  it('setzt Gesprächspunkte mit deutschen Zahlen zusammen: Stadtteil, Gegenindikator, Ziel außerhalb des Bands, Referenz', () => {
    const p = gespraechspunkte([{
      id: 'i1', name: 'Schwimmfähige Kinder', einheit: '%',
      werte: [st(2024, 'Nord', 40), st(2024, 'Mitte', 62.5), st(2024, 'Süd', 60)],
      gegenindikator: { name: 'Kursabbrüche', warnung: true },
      zielKaumErreichbar: true, ziel: { wert: 90, jahr: 2028 },
    }], [{ name: 'Kinderarmut', einheit: '%', werte: [{ jahr: 2022, wert: 1.5 }], vergleich: { groessenklasse: 3, jahr: 2022, median: 10, p25: 8, p75: 12 } }]);
    expect(p).toEqual([
      { herkunft: 'stadtteil', indikatorId: 'i1', text: 'Schwimmfähige Kinder: Nord liegt 2024 mit 40 % um 33 % unter dem Median der Stadtteile (60 %).' },
      { herkunft: 'gegenindikator', indikatorId: 'i1', text: 'Schwimmfähige Kinder: entwickelt sich anders als der Gegenindikator „Kursabbrüche“ – optimieren wir die Zahl statt des Problems?' },
      { herkunft: 'ziel_band', indikatorId: 'i1', text: 'Schwimmfähige Kinder: Das Ziel 90 % für 2028 liegt außerhalb des Bands der „weiter so“-Prognose – ohne neue Maßnahme kaum erreichbar.' },
      { herkunft: 'referenz', indikatorId: null, text: 'Kinderarmut: 1,5 % (2022) liegt deutlich unter der mittleren Hälfte der Größenklasse 3 (8 bis 12, Median 10).' },
    ]);
  });
});
