import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { eindeutig } from '../pages/transfer-seiten.ts';

/** Issue 11, point 3: a cohort of three Kommunen formed by the Transferstelle (form by keyboard only) with its board. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Moves the focus with Tab until the element with this id has it. */
async function tabBis(seite: Page, id: string) {
  for (let i = 0; i < 300; i++) {
    if ((await seite.evaluate(() => document.activeElement?.id)) === id) return;
    await seite.keyboard.press('Tab');
  }
  throw new Error(`Fokus erreicht #${id} nicht`);
}

describe('Kohorte', () => {
  it('die Transferstelle bildet eine Kohorte aus drei Kommunen; Gießen nimmt an; das Board zeigt den Stand', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    await meldeAnUeberApi(kontext, 'transfer@lotse.example', DEMO_PASSWORT);
    // A published solution of the demo catalogue whose origin is none of the three Kommunen.
    const fertig = await apiAufruf(kontext, 'GET', '/api/uebernahmen?phase=abgeschlossen&limit=1');
    const { loesungId } = (fertig.body as { items: { loesungId: string }[] }).items[0];

    // From the solution page to the form.
    await seite.goto(`/loesungen/${loesungId}`);
    await seite.getByRole('link', { name: 'Eine Kohorte für diese Lösung bilden' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Kohorte bilden' }).waitFor();
    await seite.getByRole('heading', { name: 'Vorschläge aus offenen Bedarfen' }).waitFor();
    await expectPageToBeAccessible(seite);

    // Keyboard only: title, three Kommunen (AGS), submit with Enter.
    await tabBis(seite, 'kohorte-titel');
    const titel = `Gemeinsam übernehmen ${eindeutig()}`;
    await seite.keyboard.type(titel);
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('06531005, 06534014, 06532023');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Enter');
    await seite.waitForURL(/\/kohorten\/[0-9a-f-]{36}$/);
    await seite.getByRole('heading', { level: 1, name: titel }).waitFor();
    await seite.getByText('Die Kohorte ist gebildet; die Kommunen sind eingeladen.').waitFor();
    const tabelle = seite.getByRole('table', { name: 'Stand der Kommunen in der Kohorte' });
    await expect.poll(() => tabelle.locator('tbody tr').count()).toBe(3);
    await seite.getByText(/Transferplan bis: \d{1,2}\.\d{1,2}\.\d{4}/).waitFor();
    await seite.getByText(/Review am: \d{1,2}\.\d{1,2}\.\d{4}/).waitFor();
    await expectPageToBeAccessible(seite);
    const kohorteUrl = new URL(seite.url()).pathname;

    // The Transferstelle invites one more Kommune (Lich) with the keyboard; the limit of 8 stays.
    await tabBis(seite, 'kohorte-einladen');
    await seite.keyboard.type('06531011');
    await seite.keyboard.press('Enter');
    await seite.getByRole('status').getByText('Die Kommunen sind eingeladen.').waitFor();
    await expect.poll(() => tabelle.locator('tbody tr').count()).toBe(4);
    await tabelle.getByRole('rowheader', { name: /Lich/ }).waitFor();
    await expectPageToBeAccessible(seite);

    // Gießen's admin accepts on the cohort list; the board then shows Gießen „dabei“ with its project.
    const g = await neueSitzung(browser);
    g.seite.setDefaultTimeout(60_000);
    await meldeAnUeberApi(g.kontext, 'admin@giessen.example', DEMO_PASSWORT);
    await g.seite.goto('/kohorten');
    await g.seite.getByRole('heading', { level: 1, name: 'Kohorten' }).waitFor();
    const annehmen = g.seite.getByRole('button', { name: 'Für Gießen, Universitätsstadt annehmen' }).first();
    await annehmen.waitFor();
    await expectPageToBeAccessible(g.seite);
    await g.seite.getByRole('link', { name: titel }).first().waitFor();
    const knoepfe = await g.seite.getByRole('button', { name: 'Für Gießen, Universitätsstadt annehmen' }).count();
    // Accept the invitation of this cohort (the demo cohort's invitation is Marburg's, not Gießen's).
    await g.seite.locator('li', { has: g.seite.getByRole('link', { name: titel }) }).getByRole('button', { name: 'Für Gießen, Universitätsstadt annehmen' }).click();
    await g.seite.getByText('Die Einladung ist angenommen').waitFor();
    await expect.poll(() => g.seite.getByRole('button', { name: 'Für Gießen, Universitätsstadt annehmen' }).count()).toBe(knoepfe - 1);
    await g.seite.goto(kohorteUrl);
    const zeile = g.seite.getByRole('row', { name: /Gießen, Universitätsstadt/ });
    await zeile.getByText('dabei').waitFor();
    await expectPageToBeAccessible(g.seite);

    // A post by Gießen appears in the discussion.
    await g.seite.getByLabel('Ihr Beitrag').fill('Wir bringen unsere Leistungsbeschreibung in die Kohorte ein.');
    await g.seite.getByRole('button', { name: 'Beitrag senden' }).click();
    await g.seite.getByText('Wir bringen unsere Leistungsbeschreibung in die Kohorte ein.').waitFor();
    await expectPageToBeAccessible(g.seite);

    // Shared milestones: the schedule's two dates are there; Gießen adds one (keyboard) and ticks it off.
    const plan = g.seite.getByRole('table', { name: 'Gemeinsame Meilensteine der Kohorte mit Fälligkeit und Stand' });
    await plan.getByRole('rowheader', { name: 'Transferplan der Kohorte steht' }).waitFor();
    await plan.getByRole('rowheader', { name: 'Gemeinsames Review nach 12 Monaten' }).waitFor();
    await g.seite.getByLabel('Titel des Meilensteins').focus();
    await g.seite.keyboard.type('Gemeinsame Ausschreibung veröffentlichen');
    await g.seite.keyboard.press('Tab');
    await g.seite.keyboard.type('Vergabestelle');
    await g.seite.keyboard.press('Enter');
    await plan.getByRole('rowheader', { name: 'Gemeinsame Ausschreibung veröffentlichen' }).waitFor();
    const haken = g.seite.getByRole('checkbox', { name: '„Gemeinsame Ausschreibung veröffentlichen“ erledigt' });
    await haken.focus();
    await g.seite.keyboard.press('Space');
    await expect.poll(() => haken.isChecked(), { timeout: 30_000 }).toBe(true);
    await expectPageToBeAccessible(g.seite);
    expect(probleme).toEqual([]);
    expect(g.probleme).toEqual([]);
  }, 300_000);
});
