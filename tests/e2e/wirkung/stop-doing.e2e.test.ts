import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_KONTEN } from '../../../src/modules/konten/konten.demo.ts';
import { BASIS_URL, DEMO_PASSWORT, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi, registriereUeberApi } from '../helpers/api.ts';
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

async function mitgliedschaft(email: string, kommuneId: string) {
  const plattform = DEMO_KONTEN.find((k) => 'plattform' in k && k.plattform === 'plattform-admin')!;
  const kontext = await browser.newContext({ baseURL: BASIS_URL });
  try {
    await meldeAnUeberApi(kontext, plattform.email, DEMO_PASSWORT);
    const r = await apiAufruf(kontext, 'POST', '/api/admin/mitgliedschaften', { email, kommuneId, rolle: 'mitglied' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  } finally {
    await kontext.close();
  }
}

/** Only the keyboard: focus a select and move with the arrow keys to the option that starts with `text`. */
async function waehle(seite: Page, label: string, text: string) {
  const feld = seite.getByLabel(label, { exact: true });
  await feld.focus();
  const { jetzt, ziel } = await feld.evaluate((el: HTMLSelectElement, t: string) => ({ jetzt: el.selectedIndex, ziel: [...el.options].findIndex((o) => o.text.startsWith(t)) }), text);
  expect(ziel, `${label}: ${text}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(ziel - jetzt); i++) await seite.keyboard.press(ziel > jetzt ? 'ArrowDown' : 'ArrowUp');
  expect(await feld.evaluate((el: HTMLSelectElement) => el.selectedIndex)).toBe(ziel);
}

describe('Stop-Doing-Review nur mit der Tastatur', () => {
  it('zeigt Maßnahmen mit Kosten und Zielen, verlangt eine Begründung, beendet eine Maßnahme und weist das Budget als frei aus – axe in jedem Zustand', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = neueEmail('stopdoing');
    await registriereUeberApi(kontext, { name: 'Stefan Stopp', email, passwort: TEST_PASSWORT });
    await mitgliedschaft(email, KOMMUNE);
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
    await waehle(seite, 'Maßnahme', titel);
    await waehle(seite, 'Entscheidung', 'Beenden');
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
