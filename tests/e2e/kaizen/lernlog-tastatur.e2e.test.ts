import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

const MITGLIED = 'mitarbeit@giessen.example';
const MARBURG = 'admin@marburg.example';
const aktiv = (s: Page) => s.evaluate(() => document.activeElement?.id ?? '');
const aktivText = async (s: Page) => ((await s.evaluate(() => document.activeElement?.textContent)) ?? '').trim();

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => browser?.close());

describe('Kaizen: Lernlog nur mit der Tastatur', () => {
  const marke = `tastatur${Date.now().toString(36)}`;

  it('Eintrag schreiben (erst leer, dann vollständig), „Alle Kommunen“ wählen und ihn über die Suche finden – axe in jedem Zustand', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED, DEMO_PASSWORT);
    await seite.goto('/kaizen/lernlog');
    await seite.getByRole('heading', { level: 1, name: /Lernlog/ }).waitFor();
    await seite.getByRole('heading', { level: 2, name: /\d+ Einträge?$/ }).waitFor();
    await expectPageToBeAccessible(seite);

    // Leeres Formular: durch alle Felder bis zum Knopf, Enter → Fehlerliste mit Fokus, Link führt zum Feld.
    await seite.locator('#lernlog-titel').focus();
    for (const feld of ['lernlog-versucht', 'lernlog-passiert', 'lernlog-gelernt', 'lernlog-ausgang', 'lernlog-sichtbarkeit']) {
      await seite.keyboard.press('Tab');
      expect(await aktiv(seite)).toBe(feld);
    }
    await seite.keyboard.press('Tab');
    expect(await aktivText(seite)).toBe('Eintrag speichern');
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte wählen Sie, wie es ausgegangen ist.').first().waitFor();
    expect(await aktivText(seite)).toContain('Bitte geben Sie einen Titel an.');
    expect(await seite.locator('#lernlog-titel').getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(seite);
    await seite.keyboard.press('Tab');
    expect(await aktivText(seite)).toBe('Bitte geben Sie einen Titel an.');
    await seite.keyboard.press('Enter');
    expect(await aktiv(seite)).toBe('lernlog-titel');

    // Vollständig, nur getippt: Fehlschlag, geteilt mit allen Kommunen.
    await seite.keyboard.type(`Wartemarken per SMS ${marke}`);
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('Wartende bekamen eine SMS, kurz bevor ihre Nummer aufgerufen wurde.');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('Viele Handynummern waren falsch eingegeben; die SMS kamen oft zu spät.');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('Die Nummer am Empfang einmal vorlesen lassen und die SMS fünf Aufrufe vorher schicken.');
    await seite.keyboard.press('Tab');
    expect(await aktiv(seite)).toBe('lernlog-ausgang');
    for (let i = 0; i < 3; i++) await seite.keyboard.press('ArrowDown');
    expect(await seite.locator('#lernlog-ausgang').inputValue()).toBe('gescheitert');
    await seite.keyboard.press('Tab');
    expect(await aktiv(seite)).toBe('lernlog-sichtbarkeit');
    await seite.keyboard.press('ArrowDown');
    expect(await seite.locator('#lernlog-sichtbarkeit').inputValue()).toBe('alle');
    await expectPageToBeAccessible(seite);
    await seite.keyboard.press('Tab');
    expect(await aktivText(seite)).toBe('Eintrag speichern');
    await seite.keyboard.press('Enter');
    await seite.getByText('Der Eintrag steht im Lernlog.').waitFor();
    expect(await seite.locator('#lernlog-titel').inputValue()).toBe('');
    await seite.getByRole('article', { name: new RegExp(marke) }).waitFor();
    await expectPageToBeAccessible(seite);

    // Suchen: Feld, tippen, Enter – genau dieser Eintrag, als eigener mit der gewählten Sichtbarkeit.
    await seite.locator('#lernlog-suche').focus();
    await seite.keyboard.type(marke);
    await seite.keyboard.press('Tab');
    expect(await aktivText(seite)).toBe('Suchen');
    await seite.keyboard.press('Enter');
    await seite.waitForURL(new RegExp(`q=${marke}`));
    await seite.getByRole('heading', { level: 2, name: '1 Eintrag' }).waitFor();
    const eintrag = seite.getByRole('article', { name: new RegExp(marke) });
    await eintrag.getByText('Gescheitert', { exact: false }).waitFor();
    await eintrag.getByText('Alle Kommunen (mit Name der Kommune)', { exact: false }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();

    // Marburg findet ihn ebenso per Tastatur, mit dem Namen der Kommune.
    const m = await neueSitzung(browser);
    await meldeAnUeberApi(m.kontext, MARBURG, DEMO_PASSWORT);
    await m.seite.goto('/kaizen/lernlog');
    await m.seite.getByRole('heading', { level: 2, name: /\d+ Einträge?$/ }).waitFor();
    await m.seite.locator('#lernlog-suche').focus();
    await m.seite.keyboard.type(marke);
    await m.seite.keyboard.press('Enter');
    await m.seite.getByRole('heading', { level: 2, name: '1 Eintrag' }).waitFor();
    await m.seite.getByRole('article', { name: new RegExp(marke) }).getByText('Gießen', { exact: false }).waitFor();
    await expectPageToBeAccessible(m.seite);
    expect(m.probleme).toEqual([]);
    await m.kontext.close();
  });
});
