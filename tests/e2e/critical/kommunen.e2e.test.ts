import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { StartSeite } from '../pages/StartSeite.ts';
import { KommuneDetailSeite, KommunenSucheSeite } from '../pages/KommunenSeiten.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Kommunen suchen', () => {
  it('findet „Gießen“ bei der Eingabe „Giessen“ auf der Startseite – mit Größenklasse', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    const start = await new StartSeite(seite).oeffnen();
    await start.suchen('Giessen');

    const suche = new KommunenSucheSeite(seite);
    const tabelle = await suche.ergebnisse();
    const zeile = suche.zeile(/^Gießen/).first();
    await zeile.waitFor();
    const text = (await zeile.textContent()) ?? '';
    expect(text).toContain('Hessen');
    expect(text).toMatch(/Klasse [1-7]/);
    // The size class is spelled out for screen readers.
    expect(text).toMatch(/Größenklasse [1-7] \(Städte und Gemeinden/);
    expect(await tabelle.isVisible()).toBe(true);
    expect(await seite.title()).toBe('Kommunen zu „Giessen“ – Lotse');

    // Detail page with its size class and the explanation.
    await zeile.getByRole('link').click();
    const detail = new KommuneDetailSeite(seite);
    await detail.ueberschrift.filter({ hasText: /Gießen/ }).waitFor();
    // Focus follows to the loaded page's heading (screen readers announce the Kommune).
    await expect.poll(() => seite.evaluate(() => document.activeElement?.textContent)).toMatch(/^Gießen/);
    const gk = (await detail.groessenklasse.textContent()) ?? '';
    expect(gk).toMatch(/Größenklasse [1-7] \(Städte und Gemeinden mit/);
    expect(gk).toContain('Digitale Kommune');
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('sucht per Tastatur von der Startseite aus', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    const start = await new StartSeite(seite).oeffnen();
    await start.suchfeld.focus();
    await seite.keyboard.type('Marburg');
    await seite.keyboard.press('Enter');
    await seite.waitForURL(/\/kommunen\?q=Marburg/);
    const suche = new KommunenSucheSeite(seite);
    await suche.ergebnisse();
    await suche.zeile(/^Marburg/).first().waitFor();
    await kontext.close();
  });

  it('zeigt für einen unbekannten Schlüssel „Kommune nicht gefunden“', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    const detail = await new KommuneDetailSeite(seite).oeffnen('999999999999');
    expect(await detail.ueberschrift.textContent()).toBe('Kommune nicht gefunden');
    await kontext.close();
  });
});
