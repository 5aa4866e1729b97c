import { describe, expect, it } from 'vitest';
import { einJahrSpaeter, freiesBudget, istDatum, nachweisStufe, naechstePruefung, pruefungAm, stehtAn, trend } from './ueberpruefung.rules.ts';

describe('Regeln des Stop-Doing-Reviews', () => {
  it('setzt die nächste Prüfung ein Jahr später, den 29. Februar auf den 28., und keine nach „beenden“', () => {
    expect(einJahrSpaeter('2026-03-31')).toBe('2027-03-31');
    expect(einJahrSpaeter('2028-02-29')).toBe('2029-02-28');
    expect(naechstePruefung('fortfuehren', '2026-11-30')).toBe('2027-11-30');
    expect(naechstePruefung('anpassen', '2026-01-15')).toBe('2027-01-15');
    expect(naechstePruefung('beenden', '2026-11-30')).toBeNull();
    expect(pruefungAm(null, '2025-06-01')).toBe('2026-06-01');
    expect(pruefungAm('2027-01-01', '2025-06-01')).toBe('2027-01-01');
  });

  it('erinnert ab vier Wochen vor dem Termin', () => {
    expect(stehtAn('2026-12-28', '2026-11-30')).toBe(true);
    expect(stehtAn('2026-12-29', '2026-11-30')).toBe(false);
    expect(stehtAn('2025-01-01', '2026-11-30')).toBe(true);
  });

  it('prüft Kalenderdaten', () => {
    expect(istDatum('2026-02-28')).toBe(true);
    expect(istDatum('2026-02-30')).toBe(false);
    expect(istDatum('30.11.2026')).toBe(false);
  });

  it('fasst Nachweis, Trend und frei gewordenes Budget zusammen', () => {
    expect(nachweisStufe([null, 3, 6, 1])).toBe(6);
    expect(nachweisStufe([null])).toBeNull();
    expect(trend(['besser', 'unbekannt'])).toBe('besser');
    expect(trend(['besser', 'schlechter'])).toBe('gemischt');
    expect(trend(['gleich', 'schlechter'])).toBe('schlechter');
    expect(trend(['gleich'])).toBe('gleich');
    expect(trend([])).toBe('unbekannt');
    expect(freiesBudget([{ status: 'beendet', budget: 42000.1 }, { status: 'aktiv', budget: 18500 }, { status: 'beendet', budget: null }, { status: 'beendet', budget: 0.2 }])).toBe(42000.3);
  });
});
