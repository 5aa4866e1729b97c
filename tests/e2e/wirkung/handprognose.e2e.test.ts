import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, registriereUeberApi, vergibMitgliedschaft } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

// Biebertal, Kreis Gießen – a Kommune without demo goals; the new account of this test becomes a member.
const KOMMUNE = '065310002002';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Eigene Prognose nur mit der Tastatur', () => {
  it('setzt Werte je künftigem Jahr über der „weiter so“-Prognose; Diagramm-Tabelle zeigt beide; Hinweis bleibt – axe in jedem Zustand', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = neueEmail('hand');
    await registriereUeberApi(kontext, { name: 'Hanna Hand', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, KOMMUNE, 'mitglied');
    const jahr = new Date().getUTCFullYear();
    const r = await apiAufruf(kontext, 'POST', '/api/wirkung/indikatoren', { kommuneId: KOMMUNE, name: 'Ganztagsquote Grundschule', einheit: '%', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich', zielWert: 99, zielJahr: jahr + 2 });
    expect(r.status).toBe(201);
    const id = r.body.id as string;
    for (const [j, w] of [[jahr - 4, 40], [jahr - 3, 41], [jahr - 2, 43], [jahr - 1, 44]]) expect((await apiAufruf(kontext, 'POST', `/api/wirkung/indikatoren/${id}/werte`, { jahr: j, wert: w })).status).toBe(201);

    await seite.goto(`${BASIS_URL}/wirkung/indikatoren/${id}`, { waitUntil: 'domcontentloaded' });
    await seite.getByRole('heading', { level: 1, name: 'Ganztagsquote Grundschule' }).waitFor();
    await seite.getByText('Ziel ohne neue Maßnahme kaum erreichbar').first().waitFor();

    await seite.getByLabel(/^Werte je Jahr/).focus();
    await seite.keyboard.type(`${jahr + 1} 60`);
    await seite.keyboard.press('Enter');
    await seite.getByText('Werte je Jahr: bitte in der Form').first().waitFor();
    await expectPageToBeAccessible(seite);

    await seite.getByLabel(/^Werte je Jahr/).fill('');
    await seite.getByLabel(/^Werte je Jahr/).focus();
    await seite.keyboard.type(`${jahr + 1}: 70; ${jahr + 2}: 99,5`);
    await seite.keyboard.press('Enter');
    await seite.getByText('Eigene Prognose gespeichert.').waitFor();
    const tabelle = seite.getByRole('table', { name: /Verlauf und „Weiter so“-Prognose/ });
    await tabelle.getByRole('columnheader', { name: 'Eigene Prognose' }).waitFor();
    const zeile = tabelle.getByRole('row').filter({ has: seite.getByRole('rowheader', { name: String(jahr + 2) }) });
    expect(await zeile.textContent()).toContain('99,5');
    // The hint keeps using the computed forecast.
    await seite.getByText('Ziel ohne neue Maßnahme kaum erreichbar').first().waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
