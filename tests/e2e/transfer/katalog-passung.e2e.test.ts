import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, starteBrowser } from '../helpers/browser.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { KatalogSeite } from '../pages/transfer-seiten.ts';

/** Issue 10, item 1: without a proven solution the catalogue says so and offers to file the need. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Katalog: Passung der Treffer (Issue 10)', () => {
  it('ohne erprobte Lösung: klarer Hinweis und Weg zum Bedarf, mit dem Suchtext als Beschreibung', async () => {
    const kontext = await browser.newContext({ baseURL: BASIS_URL, locale: 'de-DE' });
    const seite = await kontext.newPage();
    const text = 'Unsere Städtepartnerschaft mit einer Gemeinde in der Bretagne schläft ein. Der Partnerschaftsverein hat keine jungen Mitglieder mehr.';
    const k = await new KatalogSeite(seite).oeffnen();
    await k.suchen(text);
    const hinweis = seite.locator('main .kern-alert').filter({ hasText: 'Noch keine erprobte Lösung gefunden' });
    await hinweis.waitFor();
    const link = hinweis.getByRole('link', { name: 'Anliegen als Bedarf erfassen' });
    expect(decodeURIComponent((await link.getAttribute('href')) ?? '')).toContain('Bretagne');
    await expectPageToBeAccessible(seite);
    await kontext.close();
  });
});
