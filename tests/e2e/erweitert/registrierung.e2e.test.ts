import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { registriereUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { RegistrierenSeite } from '../pages/KontenSeiten.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Registrierung mit einer bereits registrierten Adresse', () => {
  it('verrät nichts, meldet nicht an und verweist auf die Anmeldung', async () => {
    const email = neueEmail('schon-da');
    const vorher = await browser.newContext({ baseURL: BASIS_URL });
    await registriereUeberApi(vorher, { name: 'Schon Da', email, passwort: TEST_PASSWORT });
    await vorher.close();

    const { kontext, seite, probleme } = await neueSitzung(browser);
    const registrieren = await new RegistrierenSeite(seite).oeffnen();
    await registrieren.registrieren({ name: 'Jemand Anderes', email, passwort: 'ein-anderes-passwort-1' });
    const hinweis = seite.getByRole('alert').filter({ hasText: 'Registrierung eingegangen' });
    await hinweis.waitFor();
    expect(await hinweis.textContent()).toContain('mit Ihrem bisherigen Passwort an');
    expect(await registrieren.istAngemeldet()).toBe(false);
    await hinweis.getByRole('link', { name: 'Zur Anmeldung' }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
