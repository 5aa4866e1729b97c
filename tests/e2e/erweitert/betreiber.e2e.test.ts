import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BasisSeite } from '../pages/BasisSeite.ts';

/** Issue 9, item 17: operator details from LOTSE_BETREIBER_* instead of „[…]“, and the accessibility feedback form. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Angaben des Betreibers und Rückmeldung zur Barrierefreiheit', () => {
  it('Barrierefreiheit und Datenschutz zeigen eingetragene Angaben oder „noch nicht eingetragen“ statt Platzhaltern', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    const betreiber = (await apiAufruf(kontext, 'GET', '/api/betreiber')).body as Record<string, string | null>;

    await new BasisSeite(seite).aufrufen('/barrierefreiheit');
    await seite.getByRole('heading', { level: 2, name: 'Barriere melden' }).waitFor();
    let text = (await seite.locator('main').textContent()) ?? '';
    expect(text).not.toContain('[Adresse der Website]');
    expect(text).not.toContain('[Datum]');
    expect(text).not.toContain('{');
    expect(text).toContain(betreiber.website ?? '(Adresse der Website: noch nicht eingetragen)');
    if (!betreiber.erklaerungDatum) expect(text).toContain('am (Datum: noch nicht eingetragen) erstellt');
    await expectPageToBeAccessible(seite);

    await new BasisSeite(seite).aufrufen('/datenschutz');
    text = (await seite.locator('main').textContent()) ?? '';
    expect(text).not.toContain('[Verfahren zur Löschung des Kontos beim Betreiber]');
    expect(text).not.toContain('{');
    if (!betreiber.loeschung && !betreiber.email) expect(text).toContain('(Verfahren zur Löschung des Kontos: noch nicht eingetragen)');
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('das Formular prüft die Angaben, erreicht den Betreiber und bestätigt den Eingang (axe in jedem Zustand)', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await new BasisSeite(seite).aufrufen('/barrierefreiheit');
    const formular = seite.getByRole('form', { name: 'Barriere melden' });
    const senden = formular.getByRole('button', { name: 'Rückmeldung senden' });

    await senden.click();
    const fehlerliste = seite.locator('main .kern-alert--danger').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
    await fehlerliste.getByRole('link', { name: 'Bitte beschreiben Sie, was Ihnen aufgefallen ist.' }).waitFor();
    expect(await formular.getByLabel('Ihre Nachricht').getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(seite);

    await formular.getByLabel('Ihre E-Mail-Adresse').fill('keine-adresse');
    await formular.getByLabel('Ihre Nachricht').fill('Im Balkendiagramm der Nachfrage fehlen auf dem Telefon die Balken.');
    await senden.click();
    await formular.getByText('Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer.').waitFor();

    await formular.getByLabel('Ihre E-Mail-Adresse').fill('leserin@example.org');
    await formular.getByLabel('Betroffene Seite').fill('/transferstelle/nachfrage');
    const antwort = seite.waitForResponse((r) => r.url().endsWith('/api/rueckmeldung/barrierefreiheit'));
    await senden.click();
    expect((await antwort).status()).toBe(201);
    const danke = seite.getByRole('status').filter({ hasText: 'Vielen Dank für Ihre Rückmeldung' });
    await danke.waitFor();
    expect(await danke.textContent()).toContain('Wir antworten Ihnen an die angegebene E-Mail-Adresse.');
    expect(await seite.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Vielen Dank');
    await expectPageToBeAccessible(seite);

    await danke.getByRole('button', { name: 'Weitere Rückmeldung schreiben' }).click();
    expect(await formular.getByLabel('Ihre Nachricht').inputValue()).toBe('');
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
