import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi, registriereUeberApi, vergibMitgliedschaft } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { eindeutig } from '../pages/transfer-seiten.ts';

/** Issue 11, point 3 (decision 0140): the admin of a Landkreis opens a Verbund for its Gemeinden (form by keyboard only). */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function tabBis(seite: Page, id: string) {
  for (let i = 0; i < 300; i++) {
    if ((await seite.evaluate(() => document.activeElement?.id)) === id) return;
    await seite.keyboard.press('Tab');
  }
  throw new Error(`Fokus erreicht #${id} nicht`);
}

describe('Verbund', () => {
  it('die Administration des Landkreises Gießen öffnet einen Verbund für zwei Gemeinden und sieht das Board', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = `kreis-${eindeutig()}@landkreis-giessen.test`.toLowerCase();
    await registriereUeberApi(kontext, { name: 'Kreis Digital', email, passwort: DEMO_PASSWORT });
    await vergibMitgliedschaft(browser, email, '065310000000', 'admin');
    // A published solution of the demo catalogue (looked up by the Transferstelle, as in kohorte.e2e.test.ts).
    const transfer = await neueSitzung(browser);
    await meldeAnUeberApi(transfer.kontext, 'transfer@lotse.example', DEMO_PASSWORT);
    const fertig = await apiAufruf(transfer.kontext, 'GET', '/api/uebernahmen?phase=abgeschlossen&limit=1');
    const { loesungId } = (fertig.body as { items: { loesungId: string }[] }).items[0]!;
    await transfer.kontext.close();

    await seite.goto(`/loesungen/${loesungId}`);
    await seite.getByRole('link', { name: 'Verbund für unsere Gemeinden öffnen' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Verbund öffnen' }).waitFor();
    await expectPageToBeAccessible(seite);

    // Keyboard only: title, two Gemeinden of the Kreis (AGS), submit with Enter.
    await tabBis(seite, 'verbund-titel');
    const titel = `Verbund Landkreis ${eindeutig()}`;
    await seite.keyboard.type(titel);
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('06531005, 06531011');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Enter');
    await seite.waitForURL(/\/kohorten\/[0-9a-f-]{36}$/);
    await seite.getByRole('heading', { level: 1, name: titel }).waitFor();
    await seite.getByText('Verbund, getragen von', { exact: false }).first().waitFor();
    const tabelle = seite.getByRole('table', { name: 'Stand der Kommunen in der Kohorte' });
    await expect.poll(() => tabelle.locator('tbody tr').count()).toBe(2);
    await expectPageToBeAccessible(seite);
  });
});
