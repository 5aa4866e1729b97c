import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** 6,000 lines (header + 5,999 events); line 5,001 optionally carries an impossible date. */
function protokoll(mitFehler: boolean): Buffer {
  const zeilen = ['fall_id;schritt;zeitpunkt'];
  for (let i = 2; i <= 6000; i++) {
    const fall = `E2E-${Math.floor((i - 2) / 3)}`;
    const schritt = ['Vorsprache', 'Bearbeitung', 'Ausgabe'][(i - 2) % 3];
    const tag = 2 + (Math.floor((i - 2) / 3) % 20);
    const zeit = mitFehler && i === 5001 ? '2026-02-30T10:00' : `2026-03-${String(tag).padStart(2, '0')}T${String(8 + ((i - 2) % 3) * 2).padStart(2, '0')}:15`;
    zeilen.push(`${fall};${schritt};${zeit}`);
  }
  return Buffer.from(`\uFEFF${zeilen.join('\n')}`, 'utf8');
}

describe('Kaizen: Prozesskennzahlen aus einem Ereignisprotokoll', () => {
  it('legt einen Prozess an, zeigt Fortschritt und Zeilenfehler, liest dann ein und zeigt die Kennzahlen – mit axe', { timeout: 900_000 }, async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    // The machine is shared and other background tasks may hold the database: generous waits (correctness, not speed, is tested here).
    seite.setDefaultTimeout(300_000);
    seite.setDefaultNavigationTimeout(240_000);
    await meldeAnUeberApi(kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);

    // The list shows the demo log of the Bürgerbüro.
    await seite.goto(`${BASIS_URL}/kaizen/prozesse`);
    await seite.getByRole('heading', { level: 1, name: 'Prozesskennzahlen' }).waitFor();
    await seite.getByRole('link', { name: 'Bürgerbüro: Bewohnerparkausweis' }).waitFor();
    await expectPageToBeAccessible(seite);

    // Create a process.
    const name = `Gewerbeanmeldung E2E ${Date.now().toString(36)}`;
    await seite.getByLabel('Name des Prozesses').fill(name);
    await seite.getByRole('button', { name: 'Prozess anlegen' }).click();
    await seite.getByRole('link', { name: `Zum Prozess: ${name}` }).click();
    await seite.getByRole('heading', { level: 1, name }).waitFor();
    await expectPageToBeAccessible(seite);

    // Import with a broken date in line 5,001: the request is held back here, so the progress shows.
    let freigeben!: () => void;
    const gehalten = new Promise<void>((r) => (freigeben = r));
    await seite.route('**/api/kaizen/prozesse/*/ereignisse', async (route) => {
      await gehalten;
      await route.continue();
    });
    await seite.getByLabel('CSV-Datei').setInputFiles({ name: 'protokoll.csv', mimeType: 'text/csv', buffer: protokoll(true) });
    await seite.getByRole('button', { name: 'Einlesen' }).click();
    // While the request is held, the upload progress bar stands (the browser reports upload progress only once sent).
    await seite.getByRole('progressbar', { name: 'Hochladen' }).waitFor();
    expect(await seite.getByRole('button', { name: 'Einlesen' }).isDisabled()).toBe(true);
    await expectPageToBeAccessible(seite);
    freigeben();
    const fehler = seite.getByRole('list', { name: 'Fehler in der Datei' });
    await fehler.waitFor();
    expect(await fehler.getByRole('listitem').allTextContents()).toEqual(['Zeile 5.001: Zeitpunkt „2026-02-30T10:00“ ist kein gültiges Datum (erwartet ISO 8601, z. B. 2026-03-02T09:15:00).']);
    await seite.getByText('Nichts eingelesen', { exact: true }).waitFor();
    await expectPageToBeAccessible(seite);
    await seite.unroute('**/api/kaizen/prozesse/*/ereignisse');

    // The corrected file: imported, then the key figures before/after 11 March.
    await seite.getByLabel('CSV-Datei').setInputFiles({ name: 'protokoll.csv', mimeType: 'text/csv', buffer: protokoll(false) });
    await seite.getByRole('button', { name: 'Einlesen' }).click();
    await seite.getByText('5.999 Zeilen gelesen, 5.999 Ereignisse neu gespeichert.').waitFor();
    await seite.getByText('5.999 Ereignisse in 2.000 Fällen').waitFor();
    await seite.getByLabel('Stichtag der Änderung').fill('2026-03-11');
    await seite.getByRole('button', { name: 'Kennzahlen anzeigen' }).click();
    const tabelle = seite.getByRole('table', { name: 'Alle Kennzahlen' });
    await tabelle.getByRole('columnheader', { name: 'Nachher' }).waitFor();
    const faelle = await tabelle.getByRole('row', { name: /^Fälle/ }).getByRole('cell').allTextContents();
    expect(faelle.map((z) => Number(z.replace(/\./g, ''))).reduce((a, b) => a + b, 0)).toBe(2000);
    await seite.getByRole('img', { name: /Zeiten vor und nach dem Stichtag/ }).waitFor();
    await expectPageToBeAccessible(seite);

    // The demo process: before/after the online appointments (3 November 2025).
    await seite.getByRole('link', { name: 'Alle Prozesse' }).click();
    await seite.getByRole('link', { name: 'Bürgerbüro: Bewohnerparkausweis' }).click();
    await seite.getByLabel('Stichtag der Änderung').fill('2025-11-03');
    await seite.getByRole('button', { name: 'Kennzahlen anzeigen' }).click();
    await seite.getByRole('table', { name: 'Alle Kennzahlen' }).getByRole('columnheader', { name: 'Vorher' }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
