/**
 * Die Plattform-Administration richtet einen Anbieter für die Anmeldung über das Konto der Verwaltung im Browser
 * ein – nur mit der Tastatur –, sieht ihn in der Liste (ohne Geheimnis), bearbeitet ihn (Fehlerübersicht, Fehler
 * der API am Feld, zweiter Faktor beim Anbieter; das Geheimnis bleibt) und entfernt ihn wieder. axe auf der Seite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { BASIS_URL, DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { starteTestAnbieter, type TestAnbieter } from '../../../src/modules/konten/sso/sso.testanbieter.ts';

const DOMAIN = `ui-${Date.now().toString(36)}.test`;
const SECRET = `e2e-${Math.random().toString(36).slice(2)}-geheim`;

/** Types a value into a field (keyboard only: focus, select all, type). */
async function tippe(seite: Page, feld: Locator, wert: string) {
  await feld.focus();
  await seite.keyboard.press('ControlOrMeta+a');
  if (wert) await seite.keyboard.type(wert);
  else await seite.keyboard.press('Delete');
}
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
    const vorher = (await apiAufruf(kontext, 'GET', '/api/admin/sso')).body.items.find((a: { name: string }) => a.name === 'Gießen (Oberfläche)');

    // Bearbeiten: das Formular öffnet sich vorbelegt, der Fokus steht im ersten Feld.
    await eintrag.getByRole('button', { name: 'Bearbeiten: Gießen (Oberfläche)' }).focus();
    await seite.keyboard.press('Enter');
    const bearbeiten = seite.getByRole('form', { name: 'Anbieter „Gießen (Oberfläche)“ bearbeiten' });
    await bearbeiten.waitFor();
    await expect(bearbeiten.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Gießen (Oberfläche)');
    expect(await bearbeiten.getByLabel('Name', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(bearbeiten.getByLabel(/^Client-Geheimnis/).inputValue()).resolves.toBe('');

    // Leere Domains und zweiter Faktor ohne Werte: die Fehlerübersicht bekommt den Fokus und nennt beide.
    await tippe(seite, bearbeiten.getByLabel('E-Mail-Domains', { exact: true }), '');
    await bearbeiten.getByLabel('Zweiten Faktor beim Anbieter verlangen').focus();
    await seite.keyboard.press('Space');
    await bearbeiten.getByLabel('Name', { exact: true }).focus();
    await seite.keyboard.press('Enter');
    const uebersicht = eintrag.locator('[tabindex="-1"]').filter({ hasText: 'Bitte geben Sie mindestens eine E-Mail-Domain an.' });
    await uebersicht.waitFor();
    await expect(uebersicht.textContent()).resolves.toContain('amr- oder acr-Werte');
    expect(await uebersicht.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    await expectPageToBeAccessible(seite);

    // Ein Fehler, den erst die API findet (Issuer über http außerhalb dieses Rechners), erscheint am Feld.
    await tippe(seite, bearbeiten.getByLabel('E-Mail-Domains', { exact: true }), DOMAIN);
    await tippe(seite, bearbeiten.getByLabel(/^Anerkannte amr-Werte/), 'mfa, otp');
    await tippe(seite, bearbeiten.getByLabel('Issuer', { exact: true }), 'http://idp.example/realms/x');
    await seite.keyboard.press('Enter');
    await bearbeiten.locator(`#sso-${vorher.id}-issuer-fehler`).getByText(/https/).waitFor();

    // Korrigieren und die Gruppenzuordnung ändern; das Geheimnis bleibt leer (= unverändert).
    await tippe(seite, bearbeiten.getByLabel('Issuer', { exact: true }), idp.issuer);
    await tippe(seite, bearbeiten.getByLabel(/^Gruppen und Rollen/), 'lotse-admins=admin, lotse-leitung=admin');
    await seite.keyboard.press('Enter');
    await seite.getByText('Der Anbieter „Gießen (Oberfläche)“ wurde geändert.').waitFor();
    await bearbeiten.waitFor({ state: 'detached' });
    await eintrag.getByText(/lotse-leitung → Administration/).waitFor();
    await expect(eintrag.textContent()).resolves.toContain('amr: mfa, otp');
    expect(await eintrag.getByRole('button', { name: 'Bearbeiten: Gießen (Oberfläche)' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seite.content()).not.toContain(SECRET);
    const nachher = (await apiAufruf(kontext, 'GET', '/api/admin/sso')).body.items.find((a: { name: string }) => a.name === 'Gießen (Oberfläche)');
    expect(nachher).toMatchObject({ id: vorher.id, issuer: idp.issuer, mfaVerlangen: true, mfaAmr: ['mfa', 'otp'], rollenZuordnung: { 'lotse-admins': 'admin', 'lotse-leitung': 'admin' } });
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
