import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

/** Issue 11: the checklist of one project – add, rename and remove an item with the keyboard. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Checkliste eines Übernahmeprojekts', () => {
  it('Punkt hinzufügen, umbenennen und entfernen – nur mit der Tastatur', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    await meldeAnUeberApi(kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);
    // Gießen's demo project in phase „Anpassen“.
    const p = ((await apiAufruf(kontext, 'GET', '/api/uebernahmen?phase=anpassen&kommuneId=065310005005')).body as { items: { id: string; loesungTitel: string }[] }).items[0]!;
    await seite.goto(`/uebernahmen/${p.id}`);
    await seite.getByRole('heading', { level: 1, name: p.loesungTitel }).waitFor();
    await seite.getByRole('group', { name: 'Checkliste: Anpassen' }).waitFor();
    await expectPageToBeAccessible(seite);

    await seite.getByLabel('Neuer Punkt in „Anpassen“').focus();
    await seite.keyboard.type('Kreisbauamt einbinden');
    await seite.keyboard.press('Enter');
    const punkt = seite.getByRole('group', { name: 'Checkliste: Anpassen' }).getByRole('checkbox', { name: 'Kreisbauamt einbinden' });
    await punkt.waitFor();
    expect(await seite.getByLabel('Neuer Punkt in „Anpassen“').inputValue()).toBe('');

    await seite.getByRole('button', { name: '„Kreisbauamt einbinden“ umbenennen' }).focus();
    await seite.keyboard.press('Enter');
    const feld = seite.getByLabel('Neuer Text für „Kreisbauamt einbinden“');
    await feld.waitFor();
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe(await feld.getAttribute('id'));
    await seite.keyboard.press('End');
    await seite.keyboard.type(' und Termin festlegen');
    await expectPageToBeAccessible(seite);
    await seite.keyboard.press('Enter');
    await seite.getByRole('checkbox', { name: 'Kreisbauamt einbinden und Termin festlegen' }).waitFor();

    await seite.getByRole('button', { name: '„Kreisbauamt einbinden und Termin festlegen“ entfernen' }).focus();
    await seite.keyboard.press('Enter');
    await expect.poll(() => seite.getByRole('checkbox', { name: 'Kreisbauamt einbinden und Termin festlegen' }).count(), { timeout: 30_000 }).toBe(0);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
