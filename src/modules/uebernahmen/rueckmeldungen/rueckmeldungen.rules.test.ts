import { describe, expect, it } from 'vitest';
import { median, offeneRueckmeldungen, plusMonate } from './rueckmeldungen.rules.ts';

describe('Fälligkeit der Rückmeldungen', () => {
  it('bei Inbetriebnahme, nach 6 und nach 12 Monaten; Monatsende wird begrenzt', () => {
    expect(offeneRueckmeldungen('2026-08-31', [])).toEqual([
      { anlass: 'golive', faellig: '2026-08-31' },
      { anlass: '6-monate', faellig: '2027-02-28' },
      { anlass: '12-monate', faellig: '2027-08-31' },
    ]);
    expect(plusMonate('2027-08-31', 6)).toBe('2028-02-29');
  });
  it('schon gemeldete fallen weg; vor der Inbetriebnahme ist nichts fällig', () => {
    expect(offeneRueckmeldungen('2026-01-15', ['golive']).map((f) => f.anlass)).toEqual(['6-monate', '12-monate']);
    expect(offeneRueckmeldungen(null, [])).toEqual([]);
  });
});

describe('Median', () => {
  it('ungerade, gerade, leer', () => {
    expect(median([18, 4, 30])).toBe(18);
    expect(median([10, 20, 4, 30])).toBe(15);
    expect(median([])).toBeNull();
  });
});
