/**
 * Zwei-Faktor-Anmeldung im Browser (Issue 14, Punkt 2): auf der Kontoseite einrichten (nur Tastatur für das
 * Formular), Wiederherstellungscodes sehen, abmelden, mit Passwort und dann Code anmelden. axe auf jedem Zustand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { registriereUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { AnmeldenSeite, KontoSeite } from '../pages/KontenSeiten.ts';
import { aktuellerCode } from '../../../src/modules/konten/zweiter-faktor/zweiter-faktor.rules.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Zwei-Faktor-Anmeldung', () => {
  it('einrichten mit QR-Code und Schlüssel, Codes einmal sehen, danach Anmeldung in zwei Schritten', async () => {
    const email = neueEmail('zwei-faktor');
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await registriereUeberApi(kontext, { name: 'Zoe Zweifaktor', email, passwort: TEST_PASSWORT });
    await new KontoSeite(seite).oeffnen();
    const abschnitt = seite.getByRole('region', { name: 'Zwei-Faktor-Anmeldung' });
    await abschnitt.getByRole('button', { name: 'Einrichtung beginnen' }).waitFor();
    // Keyboard only: focus the password field, type, Enter submits.
    await abschnitt.getByLabel('Ihr Passwort').focus();
    await seite.keyboard.type(TEST_PASSWORT);
    await seite.keyboard.press('Enter');
    const qr = abschnitt.getByRole('img', { name: 'QR-Code mit dem Schlüssel für Ihre Authenticator-App' });
    await qr.waitFor();
    expect(await qr.locator('svg').count()).toBe(1);
    const schluessel = (await abschnitt.locator('.lotse-schluessel').textContent())!.replace(/\s/g, '');
    expect(schluessel).toMatch(/^[A-Z2-7]{32}$/);
    await expectPageToBeAccessible(seite);
    await abschnitt.getByLabel('Code aus der App').focus();
    await seite.keyboard.type(aktuellerCode(schluessel));
    await seite.keyboard.press('Enter');
    const codes = abschnitt.getByRole('list', { name: 'Wiederherstellungscodes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    const ersatz = (await codes.nth(3).textContent())!.trim();
    expect(ersatz).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    await abschnitt.getByText('Sie haben noch 10 unbenutzte Wiederherstellungscodes.').waitFor();
    await expectPageToBeAccessible(seite);

    await seite.locator('header').getByRole('button', { name: 'Abmelden' }).click();
    await seite.waitForURL((u) => u.pathname === '/');
    const anmelden = await new AnmeldenSeite(seite).oeffnen('/konto');
    await anmelden.anmelden(email, TEST_PASSWORT);
    await seite.getByRole('heading', { level: 1, name: 'Code aus Ihrer App' }).waitFor();
    await expectPageToBeAccessible(seite);
    // A wrong code: an error, still on this step.
    await seite.getByLabel('Code', { exact: true }).fill('zzzz-zzzz');
    await seite.getByRole('button', { name: 'Bestätigen und anmelden' }).click();
    await seite.getByRole('alert').filter({ hasText: 'Der Code ist falsch oder schon benutzt' }).waitFor();
    await seite.getByLabel('Code', { exact: true }).fill(ersatz);
    await seite.getByRole('button', { name: 'Bestätigen und anmelden' }).click();
    await new KontoSeite(seite).erwarteAngemeldetAls(email);
    await seite.getByRole('region', { name: 'Zwei-Faktor-Anmeldung' }).getByText('Sie haben noch 9 unbenutzte Wiederherstellungscodes.').waitFor();
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
