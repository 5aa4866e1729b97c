import { describe, expect, it } from 'vitest';
import { a3Pdf } from './experimente.a3.ts';
import type { ExperimentDetail } from './experimente.schemas.ts';

const block = (n: number, median: number | null) => ({ n, median, intervall: null });
const x: ExperimentDetail = {
  id: '00000000-0000-4000-8000-000000000001',
  kommuneId: '065310005005',
  ideeId: null,
  titel: 'Abholschalter am Montag',
  hypothese: 'Wenn Abholungen einen eigenen Schalter haben, sinkt die Wartezeit.',
  messgroesse: 'wartezeit',
  einheit: 'Minuten',
  baselineMethode: 'stichprobe',
  baselineWert: 32,
  zielWert: 15,
  testVon: '2026-01-05',
  testBis: '2026-02-02',
  ergebnis: 'Die Wartezeit sank deutlich.',
  ergebnisWert: 14,
  entscheidung: 'standard',
  gelernt: 'Ein eigener Schalter lohnt sich nur am Montag.',
  stand: 'entschieden',
  wirkungProzent: -56.3,
  erstelltAm: '2026-01-01T00:00:00.000Z',
  ideeProblem: 'Montags lange Schlangen.',
  stichprobe: { faelle: [], vorher: block(8, 31), nachher: block(8, 14), differenzMedian: -17, differenzIntervall: null, urteil: 'schneller', mindestgroesse: 6 },
};
const seiten = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('A3-Übersicht eines Experiments als PDF', () => {
  it('getaggt (Strukturbaum, Sprache, Überschriften), eine Seite im Format A3 quer', async () => {
    const pdf = await a3Pdf(x, 'Gießen');
    const s = pdf.toString('latin1');
    expect(s.slice(0, 5)).toBe('%PDF-');
    expect(s).toMatch(/\/StructTreeRoot/);
    expect(s).toMatch(/\/Lang \(de-DE\)/);
    expect(s).toMatch(/\/S \/H1/);
    expect((s.match(/\/S \/H2/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(seiten(pdf)).toBe(1);
    expect(s).toMatch(/\/MediaBox \[0 0 1190\.55 841\.89\]/);
  });

  it('bleibt auch mit sehr langen Texten bei einer Seite', async () => {
    const lang = 'Sehr ausführlicher Text über das Experiment. '.repeat(90);
    const pdf = await a3Pdf({ ...x, hypothese: lang, ergebnis: lang, gelernt: lang, ideeProblem: lang }, 'Gießen');
    expect(seiten(pdf)).toBe(1);
  });
});
