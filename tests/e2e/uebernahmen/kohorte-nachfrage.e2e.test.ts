import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

/** Issue 11, point 3: from the Transferstelle's demand view to the cohort form for a solution in high demand. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Kohorte aus der Nachfrage', () => {
  it('„Kohorte bilden“ in der Tabelle der meistgefragten Lösungen öffnet das Formular für diese Lösung', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    await meldeAnUeberApi(kontext, 'transfer@lotse.example', DEMO_PASSWORT);
    await seite.goto('/transferstelle/nachfrage');
    const tabelle = seite.getByRole('table', { name: 'Meistgefragte Lösungen mit Vorschlägen, Umsetzungen und Nutzungen' });
    await tabelle.waitFor();
    const link = tabelle.getByRole('link', { name: /^Kohorte bilden für „/ }).first();
    await link.waitFor();
    const name = (await link.getAttribute('aria-label'))!;
    const titel = /„(.*)“/.exec(name)![1]!;
    // The solution's row links the solution page and the form for exactly this solution.
    const zeile = tabelle.getByRole('row').filter({ has: seite.getByRole('rowheader', { name: titel, exact: true }) });
    const loesungId = (await zeile.getByRole('link', { name: titel, exact: true }).getAttribute('href'))!.split('/').pop();
    expect(await link.getAttribute('href')).toBe(`/kohorten/neu?loesung=${loesungId}`);
    await expectPageToBeAccessible(seite);

    await link.focus();
    await seite.keyboard.press('Enter');
    await seite.waitForURL(new RegExp(`/kohorten/neu\\?loesung=${loesungId}$`));
    await seite.getByRole('heading', { level: 1, name: 'Kohorte bilden' }).waitFor();
    await seite.getByRole('heading', { name: 'Vorschläge aus offenen Bedarfen' }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
