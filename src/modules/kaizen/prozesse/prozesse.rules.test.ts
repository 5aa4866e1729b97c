import { describe, expect, it } from 'vitest';
import { kennzahlen, perzentil, type Ereignis } from './prozesse.rules.ts';
import { berlinTagesbeginn, berlinWochenMontag, parseZeitpunkt } from './zeit.rules.ts';
import { leseEreignisCsv } from './csv.rules.ts';

const t = (iso: string) => Date.parse(iso);
const e = (fall: string, schritt: string, iso: string): Ereignis => ({ fall, schritt, zeitpunkt: t(iso) });

/**
 * Hand-computed log (times UTC):
 * A: 02.03. 08:00 Terminbuchung, 10:00 Vorsprache, 14:00 Ausgabe → 6 h, gaps 2 h and 4 h, no rework
 * B: 03.03. 08:00 Vorsprache, 09:00 Rückfrage, 12:00 Vorsprache, 04.03. 08:00 Ausgabe → 24 h, gaps 1, 3, 20 h, rework
 * C: 10.03. 08:00 Vorsprache only → 0 h, no gaps
 */
const LOG: Ereignis[] = [
  e('B', 'Ausgabe', '2026-03-04T08:00:00Z'),
  e('A', 'Terminbuchung', '2026-03-02T08:00:00Z'),
  e('A', 'Vorsprache', '2026-03-02T10:00:00Z'),
  e('B', 'Vorsprache', '2026-03-03T08:00:00Z'),
  e('A', 'Ausgabe', '2026-03-02T14:00:00Z'),
  e('B', 'Rückfrage', '2026-03-03T09:00:00Z'),
  e('B', 'Vorsprache', '2026-03-03T12:00:00Z'),
  e('C', 'Vorsprache', '2026-03-10T08:00:00Z'),
];

describe('Prozesskennzahlen (von Hand gerechnetes Protokoll)', () => {
  it('ohne Stichtag: ein Block „gesamt“', () => {
    expect(kennzahlen(LOG, null)).toEqual({
      gesamt: {
        faelle: 3,
        durchlaufzeitMedianStunden: 6, // 0, 6, 24
        durchlaufzeitP90Stunden: 20.4, // h = 1,8 → 6 + 0,8 · 18
        wartezeitMedianStunden: 3, // 1, 2, 3, 4, 20
        durchsatzProWoche: 1.5, // 3 Fälle in den Wochen ab 02.03. und 09.03.
        nacharbeitQuote: 1 / 3,
      },
    });
  });

  it('mit Stichtag: Fälle nach ihrem ersten Ereignis (0 Uhr Berlin)', () => {
    const r = kennzahlen(LOG, berlinTagesbeginn('2026-03-03'));
    expect(r).toEqual({
      vorher: { faelle: 1, durchlaufzeitMedianStunden: 6, durchlaufzeitP90Stunden: 6, wartezeitMedianStunden: 3, durchsatzProWoche: 1, nacharbeitQuote: 0 },
      nachher: { faelle: 2, durchlaufzeitMedianStunden: 12, durchlaufzeitP90Stunden: 21.6, wartezeitMedianStunden: 3, durchsatzProWoche: 1, nacharbeitQuote: 0.5 },
    });
  });

  it('leerer Zeitraum: 0 Fälle, sonst keine Werte', () => {
    const r = kennzahlen(LOG, berlinTagesbeginn('2027-01-01')) as { nachher: unknown };
    expect(r.nachher).toEqual({ faelle: 0, durchlaufzeitMedianStunden: null, durchlaufzeitP90Stunden: null, wartezeitMedianStunden: null, durchsatzProWoche: null, nacharbeitQuote: null });
  });

  it('Durchsatz zählt leere Wochen zwischen der ersten und letzten Abschlusswoche mit', () => {
    const r = kennzahlen([e('X', 'a', '2026-03-02T08:00:00Z'), e('Y', 'a', '2026-03-23T08:00:00Z')], null) as { gesamt: { durchsatzProWoche: number } };
    expect(r.gesamt.durchsatzProWoche).toBe(0.5); // 2 Fälle, 4 Wochen
  });

  it('Perzentile wie percentile_cont', () => {
    expect(perzentil([10, 1, 5, 3], 0.5)).toBe(4);
    expect(perzentil([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(perzentil([], 0.5)).toBeNull();
  });
});

describe('Zeitpunkte (ISO 8601, ohne Zone Europe/Berlin mit Sommerzeit)', () => {
  it.each([
    ['2026-01-15T10:00', '2026-01-15T09:00:00.000Z'],
    ['2026-07-01T10:00:00', '2026-07-01T08:00:00.000Z'],
    ['2026-07-01 10:00:00.250', '2026-07-01T08:00:00.250Z'],
    ['2026-03-02', '2026-03-01T23:00:00.000Z'],
    ['2026-03-29T01:59', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'], // fehlende Stunde: Verschiebung vor der Umstellung (wie PostgreSQL)
    ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'], // doppelte Stunde: der frühere Zeitpunkt
    ['2026-10-25T03:30', '2026-10-25T02:30:00.000Z'],
    ['2026-07-01T10:00:00Z', '2026-07-01T10:00:00.000Z'],
    ['2026-07-01T10:00:00+02:00', '2026-07-01T08:00:00.000Z'],
    ['2026-07-01T10:00:00-0130', '2026-07-01T11:30:00.000Z'],
  ])('%s → %s', (text, utc) => {
    expect(new Date(parseZeitpunkt(text)!).toISOString()).toBe(utc);
  });

  it.each(['2026-02-30T10:00', '2026-13-01', '2026-01-01T24:00', '01.03.2026 10:00', 'gestern', '', '2026-01-01T10:00+25:00'])('„%s“ ist kein Datum', (text) => {
    expect(parseZeitpunkt(text)).toBeNull();
  });

  it('ISO-Woche in Berliner Ortszeit', () => {
    expect(berlinWochenMontag(t('2026-03-08T22:30:00Z'))).toBe('2026-03-02'); // Sonntag 23:30 Berlin
    expect(berlinWochenMontag(t('2026-03-08T23:30:00Z'))).toBe('2026-03-09'); // Montag 00:30 Berlin
    expect(berlinWochenMontag(t('2026-01-01T12:00:00Z'))).toBe('2025-12-29');
  });
});

describe('Ereignisprotokoll als CSV', () => {
  it('liest Komma, Semikolon, BOM und die Spalte „prozess“', () => {
    const a = leseEreignisCsv('fall_id,schritt,zeitpunkt\nA-1,Vorsprache,2026-03-02T09:00\n');
    expect(a).toEqual({ ok: true, zeilen: [{ fall: 'A-1', schritt: 'Vorsprache', zeitpunkt: t('2026-03-02T08:00:00Z'), prozess: null }] });
    const b = leseEreignisCsv(Buffer.from('\uFEFFprozess;fall_id;schritt;zeitpunkt\r\nMeldewesen;7;Ausgabe;2026-07-01T10:00:00Z\r\n', 'utf8'));
    expect(b).toEqual({ ok: true, zeilen: [{ fall: '7', schritt: 'Ausgabe', zeitpunkt: t('2026-07-01T10:00:00Z'), prozess: 'Meldewesen' }] });
  });

  it('ein kaputtes Datum in Zeile 5.001: deutscher Zeilenfehler, keine Zeilen', () => {
    const zeilen = ['fall_id,schritt,zeitpunkt'];
    for (let i = 2; i <= 6000; i++) zeilen.push(`F${i},Vorsprache,${i === 5001 ? '2026-02-30T10:00' : '2026-03-02T10:00'}`);
    const r = leseEreignisCsv(zeilen.join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.anzahlFehler).toBe(1);
    expect(r.fehler).toEqual([{ zeile: 5001, spalte: 'zeitpunkt', meldung: 'Zeile 5.001: Zeitpunkt „2026-02-30T10:00“ ist kein gültiges Datum (erwartet ISO 8601, z. B. 2026-03-02T09:15:00).' }]);
  });

  it('Kopfzeile fehlt oder ist unvollständig', () => {
    const r = leseEreignisCsv('A-1,Vorsprache,2026-03-02T09:00\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.art).toBe('kopf');
  });

  it('falsche Spaltenzahl und leere Felder, höchstens 100 Fehler gelistet', () => {
    const r = leseEreignisCsv(`fall_id,schritt,zeitpunkt\nA,B\n,Vorsprache,2026-03-02\n${'X,,2026-03-02\n'.repeat(150)}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fehler[0].meldung).toBe('Zeile 2: 2 Spalten statt 3 wie in der Kopfzeile.');
    expect(r.fehler[1].meldung).toBe('Zeile 3: Die Spalte „fall_id“ ist leer.');
    expect(r.fehler).toHaveLength(100);
    expect(r.anzahlFehler).toBe(152);
  });
});
