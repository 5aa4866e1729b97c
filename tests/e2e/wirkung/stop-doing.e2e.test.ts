import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, registriereUeberApi, vergibMitgliedschaft, waehleMitTastatur } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

// Linden (Hessen) – a Kommune without demo measures; the new account of this test becomes a member.
const KOMMUNE = '065310012012';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});



describe('Stop-Doing-Review nur mit der Tastatur', () => {
  it('zeigt Maßnahmen mit Kosten und Zielen, verlangt eine Begründung, beendet eine Maßnahme und weist das Budget als frei aus – axe in jedem Zustand', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = neueEmail('stopdoing');
    await registriereUeberApi(kontext, { name: 'Stefan Stopp', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, KOMMUNE, 'mitglied');
    const ziel = await apiAufruf(kontext, 'POST', '/api/wirkung/ziele', { kommuneId: KOMMUNE, aussage: 'Ältere Menschen bleiben mobil', stufe: 5, iooi: 'outcome' });
    expect(ziel.status, JSON.stringify(ziel.body)).toBe(201);
    const titel = `Seniorentaxi ${email.slice(0, 12)}`;
    const m = await apiAufruf(kontext, 'POST', `/api/wirkung/ziele/${ziel.body.id}/massnahmen`, { titel, budget: 24000, haushaltsprodukt: '31.50.01' });
    expect(m.status, JSON.stringify(m.body)).toBe(201);

    await seite.goto(`${BASIS_URL}/wirkung/pruefung`, { waitUntil: 'domcontentloaded' });
    await seite.getByRole('heading', { level: 1, name: 'Stop-Doing-Review' }).waitFor();
    const tabelle = seite.getByRole('table', { name: /^Maßnahmen mit Kosten/ });
    await tabelle.getByText(titel).waitFor();
    const zeile = tabelle.getByRole('row').filter({ hasText: titel });
    expect(await zeile.textContent()).toContain('Ältere Menschen bleiben mobil');
    expect(await zeile.textContent()).toContain('24.000,00');
    expect(await zeile.textContent()).toContain('noch nie geprüft');
    const freiVorher = await seite.getByTestId('budget-frei').textContent();
    await expectPageToBeAccessible(seite);

    // Without a rationale nothing is saved.
    await waehleMitTastatur(seite, 'Maßnahme', titel);
    await waehleMitTastatur(seite, 'Entscheidung', 'Beenden');
    await seite.getByRole('button', { name: 'Entscheidung speichern' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte begründen Sie die Entscheidung.').first().waitFor();
    await expectPageToBeAccessible(seite);

    await seite.getByLabel('Begründung', { exact: true }).focus();
    await seite.keyboard.type('Kaum genutzt; der Bürgerbus deckt die Fahrten ab.');
    await seite.keyboard.press('Enter');
    await seite.getByText(`Gespeichert: „${titel}“ – Beenden.`, { exact: false }).waitFor();
    await zeile.getByText('beendet').waitFor();
    expect(await seite.getByTestId('budget-frei').textContent()).not.toBe(freiVorher);
    const verlauf = seite.getByRole('table', { name: 'Bisherige Entscheidungen zu dieser Maßnahme' });
    expect(await verlauf.textContent()).toContain('Kaum genutzt; der Bürgerbus deckt die Fahrten ab.');
    expect(await verlauf.textContent()).toContain('Stefan Stopp');
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
