import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { ThesaurusSeite } from '../pages/transfer-seiten.ts';

const TRANSFERSTELLE = 'transfer@lotse.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Issue 9, item 12: a term that already belongs to a group is refused, and the page says where it is. */
describe('Thesaurus: doppelter Begriff', () => {
  it('lehnt „Wartemarke“ als neue Gruppe ab und nennt die Gruppe „Aufrufsystem“; auch als Synonym in anderer Schreibweise', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, TRANSFERSTELLE, DEMO_PASSWORT);
    const s = await new ThesaurusSeite(seite).oeffnen('Wartemarke');
    await s.zeile('Aufrufsystem').waitFor();

    await s.ausfuellen(s.neuFormular, { begriff: 'Wartemarke', synonyme: ['Wartebon'] });
    await s.neuFormular.getByRole('button', { name: /speichern|anlegen/i }).click();
    await seite.getByText('„Wartemarke“ gehört schon zur Gruppe „Aufrufsystem“.').first().waitFor();
    await expectPageToBeAccessible(seite);

    await s.ausfuellen(s.neuFormular, { begriff: 'Wartebon', synonyme: ['Ticketsystem', 'WARTEMARKEN'] });
    await s.neuFormular.getByRole('button', { name: /speichern|anlegen/i }).click();
    await seite.getByText('„WARTEMARKEN“ gehört schon zur Gruppe „Aufrufsystem“.').first().waitFor();

    // Nothing was created.
    await s.oeffnen('Wartebon');
    expect(await s.tabelle.getByRole('rowheader', { name: 'Wartebon', exact: true }).count()).toBe(0);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
