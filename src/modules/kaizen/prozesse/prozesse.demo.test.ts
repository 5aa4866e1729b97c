import { describe, expect, it } from 'vitest';
import { buergerbueroProtokoll, DEMO_STICHTAG } from './prozesse.demo.ts';
import { kennzahlen, type Kennzahlen } from './prozesse.rules.ts';
import { berlinTagesbeginn } from './zeit.rules.ts';

describe('Demo-Protokoll Bürgerbüro (Bewohnerparkausweis)', () => {
  const log = buergerbueroProtokoll();

  it('ist deterministisch und umfasst einige Tausend Fälle', () => {
    expect(buergerbueroProtokoll()).toEqual(log);
    const faelle = new Set(log.map((e) => e.fall)).size;
    expect(faelle).toBeGreaterThan(2500);
    expect(faelle).toBeLessThan(5000);
    expect(new Set(log.map((e) => e.schritt))).toEqual(new Set(['Terminbuchung', 'Vorsprache', 'Bearbeitung', 'Rückfrage', 'Ausgabe']));
  });

  it('zeigt nach der Online-Terminvergabe weniger Nacharbeit und kürzere Durchlaufzeiten', () => {
    const { vorher, nachher } = kennzahlen(log, berlinTagesbeginn(DEMO_STICHTAG)) as { vorher: Kennzahlen; nachher: Kennzahlen };
    expect(vorher.faelle).toBeGreaterThan(1000);
    expect(nachher.faelle).toBeGreaterThan(1000);
    expect(nachher.nacharbeitQuote!).toBeLessThan(vorher.nacharbeitQuote!);
    expect(nachher.durchlaufzeitP90Stunden!).toBeLessThan(vorher.durchlaufzeitP90Stunden!);
    expect(nachher.wartezeitMedianStunden!).toBeGreaterThan(0);
  });
});
