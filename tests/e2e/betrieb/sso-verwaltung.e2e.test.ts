/**
 * Die Plattform-Administration richtet einen Anbieter für die Anmeldung über das Konto der Verwaltung im Browser
 * ein – nur mit der Tastatur –, sieht ihn in der Liste (ohne Geheimnis) und entfernt ihn wieder. axe auf der Seite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { starteTestAnbieter, type TestAnbieter } from '../../../src/modules/konten/sso/sso.testanbieter.ts';

const DOMAIN = `ui-${Date.now().toString(36)}.test`;
const SECRET = `e2e-${Math.random().toString(36).slice(2)}-geheim`;
let browser: Browser;
let idp: TestAnbieter;

beforeAll(async () => {
  browser = await starteBrowser();
  idp = await starteTestAnbieter({
    clients: [{ clientId: 'lotse-ui', clientSecret: SECRET, redirectUris: [`${BASIS_URL}/anmelden/sso`], postLogoutRedirectUris: [`${BASIS_URL}/`] }],
    personen: {},
  });
});
afterAll(async () => {
  await browser?.close();
  await idp?.close();
});

describe('Plattform-Administration: Anmeldung über die Verwaltung einrichten', () => {
  it('legt den Anbieter per Tastatur an, zeigt ihn ohne Geheimnis und entfernt ihn', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, 'plattform@lotse.example', DEMO_PASSWORT);
    await seite.goto('/plattform/sso');
    await seite.getByRole('heading', { level: 1, name: 'Anmeldung über die Verwaltung' }).waitFor();
    await expectPageToBeAccessible(seite);

    // Leeres Formular: deutsche Fehler am Feld.
    await seite.getByLabel('Name').focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte geben Sie einen Namen an.').first().waitFor();

    const eingaben: [string | RegExp, string][] = [
      ['Name', 'Gießen (Oberfläche)'],
      [/^Kommune \(Schlüssel\)/, '065310005005'],
      ['Issuer', idp.issuer],
      ['Client-ID', 'lotse-ui'],
      ['Client-Geheimnis', SECRET],
      ['E-Mail-Domains', DOMAIN],
      [/^Gruppen und Rollen/, 'lotse-admins=admin, lotse-team=mitglied'],
    ];
    for (const [label, wert] of eingaben) {
      await (typeof label === 'string' ? seite.getByLabel(label, { exact: true }) : seite.getByLabel(label)).focus();
      await seite.keyboard.press('ControlOrMeta+a');
      await seite.keyboard.type(wert);
    }
    // Fehler der API (ungültige Domain) erscheint deutsch am Feld; dann korrigieren.
    await seite.getByLabel('E-Mail-Domains', { exact: true }).focus();
    await seite.keyboard.press('ControlOrMeta+a');
    await seite.keyboard.type('keine domain');
    await seite.keyboard.press('Enter');
    await seite.locator('#sso-emailDomains-fehler').getByText(/Bitte geben Sie Domains wie/).waitFor();
    await seite.getByLabel('E-Mail-Domains', { exact: true }).focus();
    await seite.keyboard.press('ControlOrMeta+a');
    await seite.keyboard.type(DOMAIN);
    await seite.keyboard.press('Enter');

    const eintrag = seite.getByRole('listitem').filter({ hasText: 'Gießen (Oberfläche)' });
    await eintrag.waitFor();
    await expect(eintrag.textContent()).resolves.toContain(idp.issuer);
    await expect(eintrag.textContent()).resolves.toContain('lotse-ui');
    await expect(eintrag.textContent()).resolves.toContain(DOMAIN);
    await expect(eintrag.textContent()).resolves.toContain('lotse-admins → Administration');
    expect(await seite.content()).not.toContain(SECRET);
    await expectPageToBeAccessible(seite);

    // Entfernen mit Bestätigung.
    await eintrag.getByRole('button', { name: /Entfernen/ }).focus();
    await seite.keyboard.press('Enter');
    await eintrag.getByRole('button', { name: /Ja, entfernen/ }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('listitem').filter({ hasText: 'Gießen (Oberfläche)' }).waitFor({ state: 'detached' });

    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
