/**
 * Anmeldung über das Konto der Verwaltung im Browser: ein echter OpenID-Provider (oidc-provider) startet in
 * diesem Testlauf auf Loopback, die Plattform-Administration richtet ihn für Gießen ein, die Person meldet sich
 * über das Formular des Anbieters an, landet in Lotse mit Kommune und Rolle aus der Gruppe und meldet sich ab
 * (auch beim Anbieter). axe auf der Anmeldeseite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { starteTestAnbieter, type TestAnbieter } from '../../../src/modules/konten/sso/sso.testanbieter.ts';

const GIESSEN = '065310005005';
const DOMAIN = `sso-${Date.now().toString(36)}.test`;
const SECRET = `e2e-${Math.random().toString(36).slice(2)}-geheim`;
let browser: Browser;
let idp: TestAnbieter;

beforeAll(async () => {
  browser = await starteBrowser();
  idp = await starteTestAnbieter({
    clients: [{ clientId: 'lotse-e2e', clientSecret: SECRET, redirectUris: [`${BASIS_URL}/anmelden/sso`], postLogoutRedirectUris: [`${BASIS_URL}/`] }],
    personen: { sabine: { email: `sabine@${DOMAIN}`, name: 'Sabine Sso', groups: ['lotse-admins'] } },
  });
  const { kontext } = await neueSitzung(browser);
  await meldeAnUeberApi(kontext, 'plattform@lotse.example', DEMO_PASSWORT);
  const r = await apiAufruf(kontext, 'POST', '/api/admin/sso', {
    name: 'Gießen (Browsertest)', kommuneId: GIESSEN, issuer: idp.issuer, clientId: 'lotse-e2e', clientSecret: SECRET,
    rollenZuordnung: { 'lotse-admins': 'admin' }, emailDomains: [DOMAIN],
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  await kontext.close();
});
afterAll(async () => {
  await browser?.close();
  await idp?.close();
});

describe('Anmeldung über das Konto der Verwaltung (OIDC)', () => {
  it('meldet über den Anbieter an (Gießen, Administration) und wieder ab', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await seite.goto('/anmelden');
    const knopf = seite.getByRole('button', { name: 'Mit dem Konto Ihrer Verwaltung anmelden' });
    await knopf.waitFor();
    await expectPageToBeAccessible(seite);
    await seite.getByLabel('Dienstliche E-Mail-Adresse').fill(`sabine@${DOMAIN}`);
    await knopf.click();

    // Das Formular des Anbieters (oidc-provider, Entwicklungs-Oberfläche).
    await seite.waitForURL((u) => u.origin === idp.issuer);
    await seite.locator('input[name="login"]').fill('sabine');
    await seite.locator('input[name="password"]').fill('beliebig');
    await seite.locator('button[type="submit"]').click();
    await seite.locator('button[type="submit"]', { hasText: 'Continue' }).click();

    await seite.waitForURL(`${BASIS_URL}/`);
    const me = await apiAufruf(kontext, 'GET', '/api/auth/me');
    expect(me.body.konto.email).toBe(`sabine@${DOMAIN}`);
    expect(me.body.konto.mitgliedschaften).toEqual([expect.objectContaining({ kommuneId: GIESSEN, rolle: 'admin' })]);
    expect(me.body.konto.zweiterFaktorFehlt).toBe(false);

    await seite.getByRole('button', { name: /Abmelden/ }).click();
    await seite.waitForURL((u) => u.origin === idp.issuer);
    // Der Anbieter fragt, ob auch dort abgemeldet werden soll.
    await seite.locator('button[autofocus], button[type="submit"]').first().click();
    await seite.waitForURL((u) => u.href.startsWith(BASIS_URL));
    expect((await apiAufruf(kontext, 'GET', '/api/auth/me')).body.konto).toBeNull();

    expect(probleme.filter((p) => !p.includes(idp.issuer))).toEqual([]);
    await kontext.close();
  });
});
