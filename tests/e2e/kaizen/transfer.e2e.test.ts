import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

const MITGLIED = 'mitarbeit@giessen.example';
const MARBURG = 'admin@marburg.example';
const GIESSEN = '065310005005';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => browser?.close());

const faelle = (minuten: number[], tag: number) => minuten.map((m, i) => {
  const beginn = new Date(Date.UTC(2026, 0, tag, 8, i * 5));
  return { beginn: beginn.toISOString(), ende: new Date(beginn.getTime() + m * 60_000).toISOString() };
});

describe('Kaizen: Verbesserungen reisen', () => {
  const marke = `abholschalter${Date.now().toString(36)}`;

  it('Idee → Experiment mit Stichprobe → Standard → Transferstelle → Marburg testet es bei sich', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED, DEMO_PASSWORT);
    const idee = (await apiAufruf(kontext, 'POST', '/api/kaizen/ideen', { kommuneId: GIESSEN, problem: `Montags lange Schlangen bei Abholungen ${marke}`, vorschlag: 'Eigener Abholschalter am Montag.' })).body.id as string;
    const x = (await apiAufruf(kontext, 'POST', '/api/kaizen/experimente', { kommuneId: GIESSEN, ideeId: idee, titel: `Abholschalter ${marke}`, hypothese: 'Mit eigenem Abholschalter sinkt die Wartezeit.', messgroesse: 'wartezeit', baselineWert: 32, zielWert: 15 })).body.id as string;
    expect((await apiAufruf(kontext, 'POST', `/api/kaizen/experimente/${x}/stichprobe`, { phase: 'vorher', faelle: faelle([30, 35, 28, 33, 31, 36], 5) })).status).toBe(201);
    expect((await apiAufruf(kontext, 'POST', `/api/kaizen/experimente/${x}/stichprobe`, { phase: 'nachher', faelle: faelle([14, 12, 16, 13, 15, 11], 19) })).status).toBe(201);
    expect((await apiAufruf(kontext, 'POST', `/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'standard', ergebnis: 'Die Wartezeit hat sich halbiert.', ergebnisWert: 14, gelernt: 'Nur montags nötig.' })).status).toBe(200);

    await seite.goto(`/kaizen/experimente/${x}`);
    await seite.getByRole('heading', { level: 2, name: 'Verbesserung teilen' }).waitFor();
    await expectPageToBeAccessible(seite);
    await seite.getByRole('button', { name: 'An die Transferstelle vorschlagen' }).click();
    await seite.getByText('Als Lösungsentwurf vorgeschlagen.').waitFor();
    const entwurf = (await seite.getByRole('link', { name: 'Zum Lösungsentwurf' }).getAttribute('href'))!;
    await seite.locator('#ins-lernlog-sichtbarkeit').selectOption('alle');
    await seite.getByRole('button', { name: 'Ins Lernlog übernehmen' }).click();
    await seite.getByText('Das Experiment steht im Lernlog.').waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);

    // Die Transferstelle sieht den Entwurf mit der gemessenen Wirkung und der Kommune.
    const ts = await neueSitzung(browser);
    await meldeAnUeberApi(ts.kontext, 'transfer@lotse.example', DEMO_PASSWORT);
    const l = await apiAufruf(ts.kontext, 'GET', `/api/loesungen/${entwurf.split('/').pop()}`);
    expect(l.status).toBe(200);
    expect(JSON.stringify(l.body)).toMatch(/Gießen/);

    // Marburg findet die Verbesserung im Lernlog und testet sie bei sich.
    const m = await neueSitzung(browser);
    await meldeAnUeberApi(m.kontext, MARBURG, DEMO_PASSWORT);
    await m.seite.goto(`/kaizen/lernlog?q=${marke}`);
    const eintrag = m.seite.getByRole('article', { name: new RegExp(marke) });
    await eintrag.waitFor();
    await expectPageToBeAccessible(m.seite);
    await eintrag.getByRole('button', { name: 'Bei uns testen' }).click();
    await m.seite.waitForURL(/\/kaizen\/experimente\/[0-9a-f-]{36}$/);
    await m.seite.getByText(/Nach dem Vorbild „Abholschalter .*“ aus Gießen/).waitFor();
    await expectPageToBeAccessible(m.seite);
    expect(m.probleme).toEqual([]);

    // Gießen sieht, dass eine andere Kommune es testet.
    await seite.goto(`/kaizen/experimente/${x}`);
    await seite.getByText('Eine andere Kommune testet diese Verbesserung bei sich.').waitFor();
  });
});
