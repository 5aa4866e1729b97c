import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, registriereUeberApi, vergibMitgliedschaft } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

// Buseck, Kreis Gießen – a Kommune without demo goals or projects; the new account of this test becomes a member.
const KOMMUNE = '065310003003';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Wirkungsziel an ein Transferprojekt hängen (Tastatur)', () => {
  it('hängt das Ziel an ein Übernahmeprojekt; die Seite zeigt, was die Rückmeldung übernimmt – axe in jedem Zustand', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = neueEmail('transfer');
    await registriereUeberApi(kontext, { name: 'Tara Transfer', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, KOMMUNE, 'mitglied');
    const katalog = await apiAufruf(kontext, 'GET', '/api/loesungen?limit=1');
    const loesung = katalog.body.items[0].id as string;
    const projekt = await apiAufruf(kontext, 'POST', '/api/uebernahmen', { loesungId: loesung, kommune: KOMMUNE });
    expect(projekt.status, JSON.stringify(projekt.body)).toBe(201);
    const ziel = await apiAufruf(kontext, 'POST', '/api/wirkung/ziele', { kommuneId: KOMMUNE, aussage: 'Mehr Menschen nutzen digitale Verwaltungsleistungen', stufe: 5, iooi: 'outcome' });
    const jahr = new Date().getUTCFullYear();
    const ind = await apiAufruf(kontext, 'POST', '/api/wirkung/indikatoren', { kommuneId: KOMMUNE, name: 'Online-Anträge je Monat', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich', zielId: ziel.body.id, stufe: 3 });
    await apiAufruf(kontext, 'POST', `/api/wirkung/indikatoren/${ind.body.id}/werte`, { jahr: jahr - 1, wert: 120 });

    await seite.goto(`${BASIS_URL}/wirkung/ziele/${ziel.body.id}`, { waitUntil: 'domcontentloaded' });
    const abschnitt = seite.getByRole('region', { name: 'Transferprojekte' });
    await abschnitt.getByLabel('Übernahmeprojekt').waitFor();
    await expectPageToBeAccessible(seite);
    await abschnitt.getByRole('button', { name: 'Ziel an dieses Projekt hängen' }).focus();
    await seite.keyboard.press('Enter');
    await abschnitt.getByText('Ziel an das Projekt gehängt.').waitFor();
    await abschnitt.getByText('Das Ziel hängt an diesem Projekt.').waitFor();
    expect(await seite.getByTestId('transfer-stufe').textContent()).toContain('noch keine Stufe erreicht');
    const tabelle = abschnitt.getByRole('table', { name: /Veränderung der Indikatoren seit Projektbeginn/ });
    expect(await tabelle.getByRole('row').filter({ hasText: 'Online-Anträge je Monat' }).textContent()).toContain(`120 (${jahr - 1})`);
    await expectPageToBeAccessible(seite);
    const api = await apiAufruf(kontext, 'GET', `/api/wirkung/uebernahmen/${projekt.body.id}/wirkung`);
    expect(api.body.ziele.map((z: { id: string }) => z.id)).toEqual([ziel.body.id]);
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
