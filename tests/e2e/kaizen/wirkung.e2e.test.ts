import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

const ADMIN = 'admin@giessen.example';
const GIESSEN = '065310005005';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => browser?.close());

describe('Kaizen: Wirkung und Beteiligung', () => {
  it('Kommune mit Vergleich zum Bund und Diagrammtabelle; ein Team mit 4 Beschäftigten zeigt keine Zahlen', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, ADMIN, DEMO_PASSWORT);
    const name = `Vierer-Team ${Date.now().toString(36)}`;
    const team = (await apiAufruf(kontext, 'POST', `/api/kaizen/kommunen/${GIESSEN}/einheiten`, { name, beschaeftigte: 4 })).body.id as string;
    expect((await apiAufruf(kontext, 'POST', '/api/kaizen/ideen', { kommuneId: GIESSEN, einheitId: team, problem: 'Ein Problem im Team.', vorschlag: 'Ein Vorschlag im Team.' })).status).toBe(201);

    const x = (await apiAufruf(kontext, 'POST', '/api/kaizen/experimente', { kommuneId: GIESSEN, titel: 'Vorlagen vorausfüllen', hypothese: 'Vorausgefüllte Vorlagen sparen Zeit.', messgroesse: 'bearbeitungszeit' })).body.id as string;
    expect((await apiAufruf(kontext, 'POST', `/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'standard', ergebnis: 'Spart Zeit.', gelernt: 'Vorlagen pflegen.', stundenGespart: 12, stundenArt: 'laufend', stundenBestaetigtVon: 'Amtsleitung Bürgeramt' })).status).toBe(200);
    await seite.goto('/kaizen/wirkung');
    await seite.getByRole('heading', { level: 1, name: 'Wirkung und Beteiligung' }).waitFor();
    await seite.getByRole('table', { name: /Kennzahlen \d{4}/ }).getByRole('row', { name: /Ideen je 100 Beschäftigte/ }).waitFor();
    await seite.getByText(/Bundesverwaltung \(Bundesrechnungshof\): etwa 4/).waitFor();
    await seite.getByText(/Stunden bestätigt von: .*Amtsleitung Bürgeramt/).waitFor();
    await seite.getByRole('table', { name: /Kennzahlen \d{4}/ }).getByRole('row', { name: /Eingesparte Stunden je Jahr \(laufend\)/ }).waitFor();
    const zeile = seite.getByRole('row', { name: new RegExp(name) });
    await zeile.waitFor();
    expect(await zeile.textContent()).toContain('keine Zahlen (weniger als 5 Beschäftigte');
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
  });
});
