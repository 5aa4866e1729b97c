import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASIS_URL, DEMO_PASSWORT, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { meldeAnUeberApi, registriereUeberApi, vergibMitgliedschaft } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

// Gießen (demo Kommune): its demo member opens „Indikatoren“ from the navigation.
const GIESSEN = '065310005005';
const ALLENDORF = '065310001001';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
  // Right after a start the page says that the data is still arriving; then wait until it is there.
  const { seite, kontext } = await neueSitzung(browser);
  await seite.goto(`${BASIS_URL}/kommunen/${GIESSEN}/indikatoren`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await seite.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
  if (await seite.getByText('Die Indikatoren werden gerade geladen', { exact: false }).isVisible()) await expectPageToBeAccessible(seite);
  await warteAufIndikatoren(seite);
  await kontext.close();
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

/** The reference set loads in the background after the start (about a minute); wait for it. */
async function warteAufIndikatoren(seite: Page) {
  for (let i = 0; i < 270; i++) {
    const r = await seite.request.get(`${BASIS_URL}/api/kommunen/${GIESSEN}/indikatoren`);
    expect(r.status()).toBe(200);
    if (((await r.json()) as { laden: { fertig: boolean } }).laden.fertig) return;
    await seite.waitForTimeout(2000);
  }
  throw new Error('Die Indikatoren wurden nicht fertig geladen.');
}

async function ohneUeberlauf(seite: Page) {
  const breiten = await seite.evaluate(() => ({ scroll: document.documentElement.scrollWidth, sichtbar: document.documentElement.clientWidth }));
  expect(breiten.scroll, JSON.stringify(breiten)).toBeLessThanOrEqual(breiten.sichtbar + 1);
}

describe('Indikatoren einer Kommune', () => {
  it('zeigt einem Mitglied die echten Indikatoren seiner Kommune mit Vergleich, Kreiswert und Quellen – per Tastatur, axe', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);

    // From the navigation (signed in) to the own Kommune's page.
    await seite.goto(`${BASIS_URL}/`);
    const nav = seite.getByRole('link', { name: 'Indikatoren', exact: true }).first();
    await nav.focus();
    await seite.keyboard.press('Enter');
    await seite.waitForURL(`**/kommunen/${GIESSEN}/indikatoren`);
    await seite.getByRole('heading', { level: 1, name: 'Wo steht Gießen, Universitätsstadt?' }).waitFor();
    for (const thema of ['Bevölkerung', 'Soziales', 'Bildung und Betreuung', 'Wirtschaft und Finanzen', 'Infrastruktur und Erreichbarkeit', 'Mobilität']) {
      await seite.getByRole('heading', { level: 2, name: thema }).waitFor();
    }
    expect(await seite.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(20);
    // Own value with its source and its position among the Gemeinden of the same Größenklasse …
    const einwohner = seite.getByRole('listitem').filter({ has: seite.getByRole('heading', { level: 3, name: 'Einwohnerinnen und Einwohner' }) });
    await einwohner.getByText('Wert 2023: 94.996 Personen').waitFor();
    await einwohner.getByText(/liegt höher als \d+ % der Gemeinden ihrer Größenklasse/).waitFor();
    await einwohner.getByText('Zensus 2011', { exact: false }).waitFor();
    // … and a Kreiswert where the Gemeinde has none of its own.
    const sgb = seite.getByRole('listitem').filter({ has: seite.getByRole('heading', { level: 3, name: 'SGB II - Quote' }) });
    await sgb.getByText('Kreiswert', { exact: true }).waitFor();
    await sgb.getByText('dl-de/by-2-0', { exact: false }).waitFor();
    await sgb.getByRole('table', { name: 'Vergleich: SGB II - Quote' }).waitFor();
    await expectPageToBeAccessible(seite);

    // The history opens by keyboard: chart with its data table.
    await sgb.getByText('Verlauf als Diagramm und Tabelle').focus();
    await seite.keyboard.press('Enter');
    const verlauf = sgb.getByRole('table', { name: 'Verlauf: SGB II - Quote' });
    await verlauf.waitFor();
    expect(await verlauf.textContent()).toContain('2021');
    await expectPageToBeAccessible(seite);

    // 390 px: nothing overflows.
    await seite.setViewportSize({ width: 390, height: 844 });
    await seite.waitForTimeout(300);
    await ohneUeberlauf(seite);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('zeigt einer neuen Kommune ohne Demo-Inhalte vom ersten Tag an ihre echten Indikatoren und ihre Vergleichsgruppen – per Tastatur, axe', async () => {
    // Allendorf (Lumda): a small Gemeinde in Kreis Gießen without demo content; a freshly registered account joins it.
    const { seite, kontext, probleme } = await neueSitzung(browser);
    const email = neueEmail('neu-kommune');
    await registriereUeberApi(kontext, { name: 'Nora Neu', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, ALLENDORF, 'admin');

    await seite.goto(`${BASIS_URL}/`);
    const nav = seite.getByRole('link', { name: 'Indikatoren', exact: true }).first();
    await nav.focus();
    await seite.keyboard.press('Enter');
    await seite.waitForURL(`**/kommunen/${ALLENDORF}/indikatoren`);
    await seite.getByRole('heading', { level: 1, name: /^Wo steht Allendorf/ }).waitFor();
    for (const thema of ['Bevölkerung', 'Soziales', 'Bildung und Betreuung', 'Wirtschaft und Finanzen', 'Infrastruktur und Erreichbarkeit', 'Mobilität']) {
      await seite.getByRole('heading', { level: 2, name: thema }).waitFor();
    }
    expect(await seite.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(20);
    // Its own value, placed among the Gemeinden of its Größenklasse and of its Land (median and middle half) …
    const einwohner = seite.getByRole('listitem').filter({ has: seite.getByRole('heading', { level: 3, name: 'Einwohnerinnen und Einwohner' }) });
    await einwohner.getByText(/^Wert 2023: [\d.]+ Personen$/).waitFor();
    await einwohner.getByText(/liegt höher als \d+ % der Gemeinden ihrer Größenklasse/).waitFor();
    const vergleich = einwohner.getByRole('table', { name: 'Vergleich: Einwohnerinnen und Einwohner' });
    await vergleich.getByRole('rowheader', { name: /^Gemeinden der Größenklasse/ }).waitFor();
    await vergleich.getByRole('rowheader', { name: /^Gemeinden im Land/ }).waitFor();
    // … and the Kreis's value, labelled as such, where the Gemeinde has none of its own.
    const sgb = seite.getByRole('listitem').filter({ has: seite.getByRole('heading', { level: 3, name: 'SGB II - Quote' }) });
    await sgb.getByText('Kreiswert', { exact: true }).waitFor();
    await sgb.getByText('dl-de/by-2-0', { exact: false }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('ist von der Seite der Kommune im Verzeichnis aus erreichbar, auch ohne Anmeldung', async () => {
    const { seite, kontext } = await neueSitzung(browser);
    await seite.goto(`${BASIS_URL}/kommunen/06531`);
    const link = seite.getByRole('link', { name: 'Indikatoren dieser Kommune (Verlauf und Vergleich)' });
    await link.focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('heading', { level: 1, name: /^Wo steht .*Gießen/ }).waitFor();
    await seite.getByRole('heading', { level: 2, name: 'Soziales' }).waitFor();
    // A Kreis compares with Kreise.
    await seite.getByText(/liegt höher als \d+ % der Kreise ihrer Größenklasse/).first().waitFor();
    await expectPageToBeAccessible(seite);
    await kontext.close();
  });
});
