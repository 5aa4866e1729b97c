import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

const MITGLIED = 'mitarbeit@giessen.example';
const ADMIN = 'admin@giessen.example';
const aktiv = (s: import('playwright-core').Page) => s.evaluate(() => document.activeElement?.id ?? '');

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => browser?.close());

describe('Kaizen: Ideen', () => {
  const problem = `Die Wartemarken-Anzeige im Bürgerbüro ist vom Wartebereich aus nicht lesbar ${Date.now().toString(36)}`;

  it('ein Mitglied reicht eine Idee nur mit der Tastatur anonym ein und sieht sie in der Spalte „Neu“', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED, DEMO_PASSWORT);
    await seite.goto('/kaizen/ideen');
    await seite.getByRole('heading', { level: 1, name: 'Ideen für bessere Abläufe' }).waitFor();
    await seite.getByRole('heading', { name: /Neu/ }).first().waitFor();
    await expectPageToBeAccessible(seite);

    // Empty form by keyboard: error summary, fields marked.
    await seite.locator('#idee-problem').focus();
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Tab');
    expect(((await seite.evaluate(() => document.activeElement?.textContent)) ?? '').trim()).toBe('Idee einreichen');
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte beschreiben Sie das Problem (mindestens 5 Zeichen).').first().waitFor();
    expect(await seite.locator('#idee-problem').getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(seite);

    await seite.locator('#idee-problem').focus();
    await seite.keyboard.type(problem);
    await seite.keyboard.press('Tab');
    expect(await aktiv(seite)).toBe('idee-vorschlag');
    await seite.keyboard.type('Größere Anzeige über dem Empfang und zusätzlich die Nummer per Lautsprecher aufrufen.');
    await seite.keyboard.press('Tab');
    expect(await aktiv(seite)).toBe('idee-prozess');
    await seite.keyboard.type('Aufruf der Wartenden');
    await seite.keyboard.press('Tab');
    expect(await aktiv(seite)).toBe('idee-nutzen');
    await seite.keyboard.type('Niemand verpasst seinen Aufruf');
    await seite.keyboard.press('Tab');
    expect(await aktiv(seite)).toBe('idee-einheitId');
    await seite.keyboard.press('ArrowDown'); // erstes Team
    await seite.keyboard.press('Tab');
    expect(await aktiv(seite)).toBe('idee-anonym');
    await seite.keyboard.press('Space');
    expect(await seite.locator('#idee-anonym').isChecked()).toBe(true);
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Enter');

    await seite.getByText('Danke! Ihre Idee steht jetzt in der Spalte „Neu“.').waitFor();
    expect(await seite.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Idee eingereicht');
    const karte = seite.getByRole('article', { name: problem });
    await karte.waitFor();
    await karte.getByText('anonym eingereicht', { exact: false }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('der Admin verwirft nicht ohne Grund, nimmt die Idee in Prüfung und sieht den Verlauf', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, ADMIN, DEMO_PASSWORT);
    await seite.goto('/kaizen/ideen');
    await seite.getByRole('link', { name: problem }).click();
    await seite.getByRole('heading', { level: 2, name: 'Entscheiden' }).waitFor();
    await seite.getByText('anonym', { exact: false }).first().waitFor();
    await expectPageToBeAccessible(seite);

    await seite.locator('#idee-status').selectOption('verworfen');
    await seite.getByRole('button', { name: 'Status speichern' }).click();
    await seite.getByText('Bitte begründen Sie, warum die Idee verworfen wird.').first().waitFor();
    await expectPageToBeAccessible(seite);

    await seite.locator('#idee-status').selectOption('in_pruefung');
    await seite.getByRole('button', { name: 'Status speichern' }).click();
    await seite.getByText('Status „In Prüfung“ gespeichert.').waitFor();
    await seite.getByRole('table', { name: 'Verlauf' }).getByText('In Prüfung').waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('aus der Idee wird ein Experiment mit Stichprobe („zu klein“), das mit „Was haben wir gelernt?“ Standard wird', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, ADMIN, DEMO_PASSWORT);
    await seite.goto('/kaizen/ideen');
    await seite.getByRole('link', { name: problem }).click();
    await seite.getByRole('link', { name: 'Experiment zu dieser Idee anlegen' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Neues Experiment' }).waitFor();
    expect(await seite.locator('#experiment-hypothese').inputValue()).toContain('Größere Anzeige');
    await expectPageToBeAccessible(seite);
    // Without a measure: error, nothing created.
    await seite.getByRole('button', { name: 'Experiment anlegen' }).click();
    await seite.getByText('Bitte wählen Sie eine Messgröße.').first().waitFor();
    await expectPageToBeAccessible(seite);
    await seite.locator('#experiment-messgroesse').selectOption('wartezeit');
    await seite.locator('#experiment-baselineWert').fill('18');
    await seite.locator('#experiment-zielWert').fill('10');
    await seite.getByRole('button', { name: 'Experiment anlegen' }).click();
    await seite.getByRole('heading', { level: 2, name: 'Stichprobe: Fälle von Hand stoppen' }).waitFor();
    await seite.locator('#fall-1-beginn').fill('2026-01-05T08:00');
    await seite.locator('#fall-1-ende').fill('2026-01-05T08:17');
    await seite.locator('#fall-2-beginn').fill('2026-01-05T09:00');
    await seite.locator('#fall-2-ende').fill('2026-01-05T09:21');
    await seite.getByRole('button', { name: 'Fälle speichern' }).click();
    await seite.getByText('2 Fälle gespeichert.').waitFor();
    await seite.getByText(/Stichprobe zu klein/).waitFor();
    await expectPageToBeAccessible(seite);
    await seite.locator('#abschluss-entscheidung').selectOption('standard');
    await seite.locator('#abschluss-ergebnis').fill('Alle Aufrufe wurden gehört; Wartezeit im Median 9 Minuten.');
    await seite.locator('#abschluss-wert').fill('9');
    await seite.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await seite.getByText('Bitte schreiben Sie auf, was Sie gelernt haben.').first().waitFor();
    await seite.locator('#abschluss-gelernt').fill('Die Anzeige allein reicht nicht; der Lautsprecher macht den Unterschied.');
    await seite.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await seite.getByText('Entscheidung gespeichert.').waitFor();
    await seite.getByText('Wird Standard').first().waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('die Engpass-Ansicht zeigt hängende Ideen mit Grund', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED, DEMO_PASSWORT);
    await seite.goto('/kaizen/engpaesse');
    const tabelle = seite.getByRole('table', { name: 'Ideen im Engpass, älteste Frist zuerst' });
    await tabelle.waitFor();
    await tabelle.getByText('seit 7 Tagen ohne Verantwortung').first().waitFor();
    await tabelle.getByText('Frist verstrichen').first().waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('das Datenblatt für den Personalrat nennt jedes Personenfeld; der Admin schaltet Namen an Ideen ab und wieder an', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, ADMIN, DEMO_PASSWORT);
    await seite.goto('/kaizen/personalrat');
    const tabelle = seite.getByRole('table', { name: 'Gespeicherte Angaben zu Personen' });
    await tabelle.getByText('kaizen_idee.eingereicht_von').waitFor();
    await seite.locator('#einstellung-namen-aus').waitFor();
    await expectPageToBeAccessible(seite);
    await seite.locator('#einstellung-namen-aus').check();
    await seite.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await seite.getByText('Einstellungen gespeichert.').waitFor();
    await seite.goto('/kaizen/ideen');
    await seite.getByText('Ihre Kommune hat Namen an Ideen abgeschaltet', { exact: false }).waitFor();
    await expectPageToBeAccessible(seite);
    await seite.goto('/kaizen/personalrat');
    await seite.locator('#einstellung-namen-aus').uncheck();
    await seite.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await seite.getByText('Einstellungen gespeichert.').waitFor();
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
