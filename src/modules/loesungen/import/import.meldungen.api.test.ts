import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { herkunftOffenText } from './import.rules.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const gut = { externalId: 'M001', title: 'Bürgerbus', summary: 'Ehrenamtlicher Bürgerbus.', problem: 'Kein ÖPNV am Abend.' };
const importiere = async (zeilen: unknown) => (await env.als('transferstelle')).post('/api/loesungen/import', zeilen);

/** Issue 9, item 12: import errors name the German field labels and count in correct German. */
describe('Import: Fehlermeldungen auf Deutsch', () => {
  it('nennt ein fehlendes Pflichtfeld mit seiner deutschen Bezeichnung (und der Spalte) und zählt im Singular', async () => {
    const { summary: _weg, ...ohne } = gut;
    const r = await importiere([ohne]);
    expect(r.status, r.body).toBe(422);
    expect(r.json().error.message).toBe('1 von 1 Zeile ist ungültig. Es wurde nichts importiert.');
    expect(r.json().error.details).toEqual([{ zeile: 1, feld: 'summary', meldung: 'Feld „Zusammenfassung“ (Spalte summary) fehlt.' }]);
  });

  it('meldet leere Pflichtfelder, falsche Werte, doppelte Kennungen und unbekannte Spalten ohne englische Feldnamen im Satz', async () => {
    const r = await importiere([
      { ...gut, title: '  ' },
      { ...gut, externalId: 'M002', evidenceStep: 9 },
      { ...gut, externalId: 'M003', handlungsfeld: 'Sport' },
      { ...gut, externalId: 'M004' },
      { ...gut, externalId: 'M005', wer: 1 },
      { ...gut, externalId: 'M006', wer: 1, was: 2 },
      { ...gut, externalId: 'M004' },
    ]);
    expect(r.status, r.body).toBe(422);
    expect(r.json().error.message).toBe('6 von 7 Zeilen sind ungültig. Es wurde nichts importiert.');
    const meldungen = (r.json().error.details as { zeile: number; feld: string; meldung: string }[]).map((d) => [d.zeile, d.feld, d.meldung]);
    expect(meldungen).toEqual([
      [1, 'title', 'Feld „Titel“ (Spalte title) fehlt.'],
      [2, 'evidenceStep', 'Feld „Stufe der Wirkungstreppe“ (Spalte evidenceStep): bitte eine ganze Zahl von 1 bis 7.'],
      [3, 'handlungsfeld', expect.stringMatching(/^Feld „Handlungsfeld“ \(Spalte handlungsfeld\): bitte eines von Verwaltungshandeln, .+\.$/)],
      [5, '', 'Unbekannte Spalte: wer'],
      [6, '', 'Unbekannte Spalten: wer, was'],
      [7, 'externalId', 'Feld „Kennung“ (Spalte externalId): „M004“ kommt schon in Zeile 4 vor.'],
    ]);
  });

  it('zählt nicht aufgelöste Herkunftsangaben im Singular und Plural', () => {
    expect(herkunftOffenText(1)).toBe('1 Herkunftsangabe steht nicht im Verzeichnis und wurde als Text übernommen.');
    expect(herkunftOffenText(3)).toBe('3 Herkunftsangaben stehen nicht im Verzeichnis und wurden als Text übernommen.');
    expect(herkunftOffenText(1200)).toBe('1.200 Herkunftsangaben stehen nicht im Verzeichnis und wurden als Text übernommen.');
  });
});
