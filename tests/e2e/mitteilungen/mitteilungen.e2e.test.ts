import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Was steht an?, Benachrichtigungen, Postausgang', () => {
  it('„Was steht an?“ in der Navigation, Einstellung per Tastatur speichern', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);
    await seite.goto('/');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Was steht an?' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Was steht an?' }).waitFor();
    await seite.getByText(/Zurzeit steht nichts für Sie an|Punkte?(,| \.)|Punkt\./).first().waitFor();
    await expectPageToBeAccessible(seite);

    await seite.goto('/konto');
    const einwilligung = seite.getByLabel(/Ich willige ein/);
    await einwilligung.waitFor();
    await expectPageToBeAccessible(seite);
    await einwilligung.focus();
    await seite.keyboard.press('Space');
    expect(await einwilligung.isChecked()).toBe(true);
    await seite.getByLabel(/^Sofort/).focus();
    await seite.keyboard.press('Space');
    await seite.getByRole('button', { name: 'Einstellung speichern' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('status').filter({ hasText: 'Ihre Einstellung ist gespeichert.' }).waitFor();
    await expectPageToBeAccessible(seite);
    const gespeichert = await apiAufruf(kontext, 'GET', '/api/konto/benachrichtigungen');
    expect(gespeichert.body).toMatchObject({ einwilligung: true, modus: 'sofort' });
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('Postausgang nur für die Plattform-Administration', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, 'plattform@lotse.example', DEMO_PASSWORT);
    await seite.goto('/');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Postausgang' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Postausgang' }).waitFor();
    await seite.getByText(/Mails? insgesamt/).waitFor();
    await expectPageToBeAccessible(seite);
    // The box follows the address (offen=ja): click, then wait for the address and the checked state. `check()` alone
    // failed now and then ("did not change its state") when its own check ran before the router had updated the URL.
    const nurOffen = seite.getByLabel('Nur nicht versandte Mails zeigen');
    await nurOffen.click();
    await seite.waitForURL(/offen=ja/);
    await expect.poll(() => nurOffen.isChecked()).toBe(true);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();

    const mitglied = await neueSitzung(browser);
    await meldeAnUeberApi(mitglied.kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);
    await mitglied.seite.goto('/postausgang');
    await mitglied.seite.getByRole('heading', { level: 1 }).waitFor();
    expect(await mitglied.seite.getByText('Mails insgesamt').count()).toBe(0);
    await expectPageToBeAccessible(mitglied.seite);
    await mitglied.kontext.close();
  });
});
