import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASIS_URL, DEMO_PASSWORT, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi, registriereUeberApi, vergibMitgliedschaft } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

/** Issue 12, Geschichte 9: the report-back form proposes the reached step and the indicator changes of the project's Wirkungsziele. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function tabBis(seite: Page, id: string) {
  for (let i = 0; i < 400; i++) {
    if ((await seite.evaluate(() => document.activeElement?.id)) === id) return;
    await seite.keyboard.press('Tab');
  }
  throw new Error(`Fokus erreicht #${id} nicht`);
}

describe('Rückmeldung aus den Wirkungszielen des Transferprojekts (Tastatur)', () => {
  it('zeigt erreichte Stufe und Veränderung, wählt die Stufe vor und füllt die Belege vor – änderbar, axe', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    // A demo project in operation since 2025 (started 2024) in a small Hessian Gemeinde; the new account becomes a member there.
    const ts = await neueSitzung(browser);
    await meldeAnUeberApi(ts.kontext, 'transfer@lotse.example', DEMO_PASSWORT);
    const liste = (await apiAufruf(ts.kontext, 'GET', '/api/uebernahmen?phase=verstetigen&limit=50')).body.items as { id: string; kommuneId: string }[];
    let id = '';
    let KOMMUNE = '';
    for (const p of liste) {
      const d = (await apiAufruf(ts.kontext, 'GET', `/api/uebernahmen/${p.id}`)).body;
      // Only a project started before this year can show a change (other browser tests start projects today).
      if (d.offeneRueckmeldungen?.length && new Date(d.erstelltAm).getUTCFullYear() < new Date().getUTCFullYear()) { id = p.id; KOMMUNE = d.kommuneId; break; }
    }
    expect(id).not.toBe('');
    await ts.kontext.close();
    const email = neueEmail('rueckwirkung');
    await registriereUeberApi(kontext, { name: 'Rita Rückmeldung', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, KOMMUNE, 'mitglied');

    const ziel = await apiAufruf(kontext, 'POST', '/api/wirkung/ziele', { kommuneId: KOMMUNE, aussage: 'Mehr Menschen erledigen Anträge online', stufe: 5, iooi: 'outcome' });
    const jahr = new Date().getUTCFullYear();
    const ind = await apiAufruf(kontext, 'POST', '/api/wirkung/indikatoren', { kommuneId: KOMMUNE, name: 'Online-Anträge je Monat', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich', zielId: ziel.body.id, stufe: 3 });
    // Two values after the project's start year: the indicator improved by 30.
    expect((await apiAufruf(kontext, 'POST', `/api/wirkung/indikatoren/${ind.body.id}/werte`, { jahr: jahr - 1, wert: 120 })).status).toBeLessThan(300);
    expect((await apiAufruf(kontext, 'POST', `/api/wirkung/indikatoren/${ind.body.id}/werte`, { jahr, wert: 150 })).status).toBeLessThan(300);
    expect((await apiAufruf(kontext, 'PUT', `/api/wirkung/uebernahmen/${id}/ziele`, { zielIds: [ziel.body.id] })).status).toBe(200);

    await seite.goto(`${BASIS_URL}/uebernahmen/${id}`, { waitUntil: 'domcontentloaded' });
    const aus = seite.getByRole('region', { name: 'Aus Ihren Wirkungszielen' });
    await aus.waitFor();
    expect(await aus.textContent()).toContain('Erreichte Stufe: 3');
    const zeile = aus.getByRole('row').filter({ hasText: 'Online-Anträge je Monat' });
    expect(await zeile.textContent()).toContain('120');
    expect(await zeile.textContent()).toContain('150');
    expect(await zeile.textContent()).toContain('+30');
    expect(await seite.locator('#ue-rm-stufe').inputValue()).toBe('3');
    expect(await seite.locator('#ue-rm-belege').inputValue()).toContain('Online-Anträge je Monat: von 120');
    await expectPageToBeAccessible(seite);

    // Keyboard only: the figures, a different step, a shortened evidence text.
    await tabBis(seite, 'ue-rm-aufwand');
    await seite.keyboard.type('6');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('1200');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('2');
    expect(await seite.locator('#ue-rm-stufe').inputValue()).toBe('2');
    await tabBis(seite, 'ue-rm-belege');
    await seite.keyboard.press('End');
    await seite.keyboard.type(' Zählung des Bürgerbüros.');
    await tabBis(seite, 'ue-rm-oeffentlich');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Enter');
    await seite.getByRole('status').getByText('Danke – die Rückmeldung ist gespeichert.').waitFor();
    await expectPageToBeAccessible(seite);
    const gespeichert = ((await apiAufruf(kontext, 'GET', `/api/uebernahmen/${id}`)).body.rueckmeldungen as { belege: string; wirkungsstufe: number }[])
      .find((x) => x.belege.includes('Online-Anträge je Monat'))!;
    expect(gespeichert.wirkungsstufe).toBe(2);
    expect(gespeichert.belege).toMatch(/Online-Anträge je Monat: von 120 .* auf 150 .*Zählung des Bürgerbüros\.$/);
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
