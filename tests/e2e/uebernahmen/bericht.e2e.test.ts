import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

/** Issue 11, point 8: a closed transfer project links its Übernahmebericht (PDF); a running one does not. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Übernahmebericht', () => {
  it('die Projektseite eines abgeschlossenen Projekts verlinkt das PDF, die eines laufenden nicht', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    await meldeAnUeberApi(kontext, 'transfer@lotse.example', DEMO_PASSWORT);
    const erstes = async (phase: string) => ((await apiAufruf(kontext, 'GET', `/api/uebernahmen?phase=${phase}&limit=1`)).body as { items: { id: string; loesungTitel: string }[] }).items[0]!;
    const fertig = await erstes('abgeschlossen');

    await seite.goto(`/uebernahmen/${fertig.id}`);
    await seite.getByRole('heading', { level: 1, name: fertig.loesungTitel }).waitFor();
    const link = seite.getByRole('link', { name: 'Übernahmebericht als PDF (für Rat und Ausschuss)' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/api/uebernahmen/${fertig.id}/bericht.pdf`);
    await expectPageToBeAccessible(seite);
    const pdf = await kontext.request.get(`/api/uebernahmen/${fertig.id}/bericht.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const laufend = await erstes('anpassen');
    await seite.goto(`/uebernahmen/${laufend.id}`);
    await seite.getByRole('heading', { level: 1, name: laufend.loesungTitel }).waitFor();
    await seite.locator('section[aria-labelledby="ue-phasen"]').waitFor();
    expect(await seite.getByRole('link', { name: /Übernahmebericht/ }).count()).toBe(0);
    await expectPageToBeAccessible(seite);

    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
