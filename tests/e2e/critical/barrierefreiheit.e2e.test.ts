import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT, type Sitzung } from '../helpers/browser.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { registriereUeberApi } from '../helpers/api.ts';
import { BasisSeite } from '../pages/BasisSeite.ts';

/** Every page of the foundation: path, expected h1 (text or pattern). */
const OEFFENTLICH: [string, string | RegExp][] = [
  ['/', 'Lotse – Kommunen lernen voneinander'],
  ['/kommunen?q=Giessen', 'Kommunen suchen'],
  ['/kommunen/065310005005', /^Gießen/],
  ['/anmelden', 'Anmelden'],
  ['/registrieren', 'Registrieren'],
  ['/impressum', 'Impressum'],
  ['/datenschutz', 'Datenschutz'],
  ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
  ['/leichte-sprache', 'Lotse in Leichter Sprache'],
  ['/quellen', 'Quellen und Lizenzen'],
  ['/gibt-es-nicht', 'Seite nicht gefunden'],
];

let browser: Browser;
let sitzung: Sitzung;
beforeAll(async () => {
  browser = await starteBrowser();
  sitzung = await neueSitzung(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** Structure every page must have: German, landmarks, exactly one h1, a title, no CSP violation. */
async function pruefeGrundgeruest(s: BasisSeite, h1: string | RegExp) {
  const page = s.page;
  expect(await page.getAttribute('html', 'lang')).toBe('de');
  expect(await page.locator('h1').count()).toBe(1);
  const text = ((await s.ueberschrift.textContent()) ?? '').trim();
  if (typeof h1 === 'string') expect(text).toBe(h1);
  else expect(text).toMatch(h1);
  expect(await page.locator('header.lotse-header').count()).toBe(1);
  expect(await page.locator('main#inhalt').count()).toBe(1);
  expect(await page.locator('footer').count()).toBe(1);
  expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).toBe(1);
  expect(await page.title()).toMatch(/ – Lotse$/);
}

describe('Barrierefreiheit (axe-core, WCAG 2.1 AA) auf jeder Seite', () => {
  for (const [pfad, h1] of OEFFENTLICH) {
    it(`${pfad}`, async () => {
      const s = await new BasisSeite(sitzung.seite).aufrufen(pfad);
      if (pfad.startsWith('/kommunen?')) await s.page.getByRole('table', { name: 'Gefundene Kommunen' }).waitFor();
      if (pfad.startsWith('/kommunen/')) await s.page.getByRole('heading', { name: 'Größenklasse', level: 2 }).waitFor();
      await pruefeGrundgeruest(s, h1);
      await expectPageToBeAccessible(s.page);
      expect(sitzung.probleme).toEqual([]);
    });
  }

  it('/kommunen/… mit aufgeklappter Größenklassen-Tabelle', async () => {
    const s = await new BasisSeite(sitzung.seite).aufrufen('/kommunen/065310000000');
    await s.page.getByText('Alle Größenklassen anzeigen').click();
    await s.page.getByRole('table', { name: /Größenklassen der Kreise/ }).waitFor();
    await expectPageToBeAccessible(s.page);
  });

  it('/entwicklung/bausteine: Diagramm mit Datentabelle, Fortschritt, Formularfeld mit Fehler', async () => {
    const s = await new BasisSeite(sitzung.seite).aufrufen('/entwicklung/bausteine');
    const flaeche = s.page.getByRole('img', { name: /^Diagramm: Digitalisierungsstrategie nach Größenklasse/ });
    await flaeche.locator('canvas').first().waitFor();
    // The data table is always there, with caption and header cells.
    const tabelle = s.page.getByRole('table', { name: 'Digitalisierungsstrategie nach Größenklasse (Städte und Gemeinden)' });
    expect(await tabelle.getByRole('columnheader').count()).toBe(4);
    expect(await tabelle.getByRole('rowheader').count()).toBe(7);
    expect(await s.page.getByRole('progressbar', { name: 'Fragebogen ausgefüllt' }).count()).toBe(1);
    await pruefeGrundgeruest(s, 'Bausteine der Oberfläche');
    await expectPageToBeAccessible(s.page);
    // ECharts must work under the strict CSP (no inline styles/scripts blocked).
    expect(sitzung.probleme).toEqual([]);
  });

  it('/registrieren mit Fehlermeldungen', async () => {
    const s = await new BasisSeite(sitzung.seite).aufrufen('/registrieren');
    await s.page.getByRole('button', { name: 'Konto anlegen' }).click();
    await s.page.getByText('Bitte prüfen Sie Ihre Angaben').waitFor();
    await expectPageToBeAccessible(s.page);
  });

  it('/konto (angemeldet)', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    await registriereUeberApi(kontext, { name: 'Axe Prüfung', email: neueEmail('axe'), passwort: TEST_PASSWORT });
    const s = await new BasisSeite(seite).aufrufen('/konto');
    await seite.getByRole('heading', { level: 2, name: 'Passwort ändern' }).waitFor();
    await pruefeGrundgeruest(s, 'Mein Konto');
    await expectPageToBeAccessible(seite);
    await kontext.close();
  });

  it('/konto (nicht angemeldet)', async () => {
    const s = await new BasisSeite(sitzung.seite).aufrufen('/konto');
    await s.page.getByRole('link', { name: 'Zur Anmeldung' }).waitFor();
    await expectPageToBeAccessible(s.page);
  });

  it('/einladung/… (nicht angemeldet)', async () => {
    const s = await new BasisSeite(sitzung.seite).aufrufen('/einladung/beispiel-token-1234567890');
    await s.page.getByRole('heading', { level: 2, name: 'Noch kein Konto?' }).waitFor();
    await pruefeGrundgeruest(s, 'Einladung zu Lotse');
    await expectPageToBeAccessible(s.page);
  });
});
