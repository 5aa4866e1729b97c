import { describe, expect, it } from 'vitest';
import { alsCsv, aufbewahrungAus, bestaetigungPasst, faelligAm, loeschReihenfolge } from './dsgvo.rules.ts';

describe('DSGVO-Regeln', () => {
  it('Wartefrist: 30 Tage nach dem Antrag', () => {
    expect(faelligAm(new Date('2026-01-01T10:00:00Z')).toISOString()).toBe('2026-01-31T10:00:00.000Z');
  });
  it('Bestätigung: Name der Kommune, ohne Rücksicht auf Groß-/Kleinschreibung und Leerraum am Rand', () => {
    expect(bestaetigungPasst(' gießen,  Universitätsstadt ', 'Gießen, Universitätsstadt')).toBe(true);
    expect(bestaetigungPasst('Gießen', 'Gießen, Universitätsstadt')).toBe(false);
    expect(bestaetigungPasst('', 'Gießen, Universitätsstadt')).toBe(false);
  });
  it('Löschreihenfolge: Kinder vor Eltern', () => {
    const folge = loeschReihenfolge([
      { name: 'bedarf', verweistAuf: [] },
      { name: 'bedarf_vorschlag', verweistAuf: ['bedarf', 'loesung'] },
      { name: 'loesung', verweistAuf: [] },
      { name: 'loesung_version', verweistAuf: ['loesung'] },
    ]).map((t) => t.name);
    expect(folge.indexOf('bedarf_vorschlag')).toBeLessThan(folge.indexOf('bedarf'));
    expect(folge.indexOf('bedarf_vorschlag')).toBeLessThan(folge.indexOf('loesung'));
    expect(folge.indexOf('loesung_version')).toBeLessThan(folge.indexOf('loesung'));
    expect(() => loeschReihenfolge([{ name: 'a', verweistAuf: ['b'] }, { name: 'b', verweistAuf: ['a'] }])).toThrow(/Kreis/);
    // A cycle through a key that gives way (frage.akzeptierte_antwort → antwort, on delete set null) is broken there.
    const kreis = loeschReihenfolge([
      { name: 'antwort', verweistAuf: ['frage'], blockierendAuf: [] },
      { name: 'frage', verweistAuf: ['antwort', 'loesung'], blockierendAuf: [] },
      { name: 'loesung', verweistAuf: [], blockierendAuf: [] },
    ]).map((t) => t.name);
    expect(kreis.indexOf('frage')).toBeLessThan(kreis.indexOf('loesung'));
    expect(kreis).toHaveLength(3);
  });
  it('CSV: Semikolon, Anführungszeichen, entschärfte Formeln, JSON für Objekte', () => {
    const csv = alsCsv(['a', 'b', 'c'], [{ a: 'x;y', b: '=1+1', c: { k: 1 } }, { a: null, b: true, c: 2 }]);
    expect(csv).toBe('\uFEFFa;b;c\r\n"x;y";\'=1+1;"{""k"":1}"\r\n;true;2\r\n');
  });
  it('Aufbewahrungsfristen aus der Umgebung', () => {
    expect(aufbewahrungAus({})).toEqual({ mailsTage: 30, einladungenTage: 30 });
    expect(aufbewahrungAus({ LOTSE_AUFBEWAHRUNG_MAILS_TAGE: '7' }).mailsTage).toBe(7);
    expect(() => aufbewahrungAus({ LOTSE_AUFBEWAHRUNG_MAILS_TAGE: '0' })).toThrow(/ganze Zahl/);
  });
});
