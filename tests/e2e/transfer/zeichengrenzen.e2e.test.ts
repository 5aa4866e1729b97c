import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BedarfeSeite, LotseEingangSeite, eindeutig } from '../pages/transfer-seiten.ts';

const MITGLIED_GIESSEN = 'mitarbeit@giessen.example';
const LOTSE_HESSEN = 'lotse@hessen.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Page width and window width; `zuBreit` names the innermost elements that reach beyond the window (for the message). */
const breiteOk = (seite: Page) =>
  seite.evaluate(() => {
    const zuBreit = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { breit: document.scrollingElement!.scrollWidth, fenster: window.innerWidth, zuBreit };
  });

/** Issue 9, item 11: limited fields show limit and counter instead of cutting; long words never widen the page. */
describe('Zeichengrenzen und lange Wörter', () => {
  it('zeigt Grenze und Zähler am Titel, kürzt eingefügten Text nicht stillschweigend und sagt es vor dem Senden', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED_GIESSEN, DEMO_PASSWORT);
    const s = await new BedarfeSeite(seite).oeffnen();
    const zaehler = seite.locator('#bedarf-titel-zaehler');
    expect(await zaehler.textContent()).toBe('noch 200 von 200 Zeichen');
    expect(await s.titelFeld.getAttribute('aria-describedby')).toContain('bedarf-titel-zaehler');
    expect(await seite.locator('#bedarf-beschreibung-zaehler').textContent()).toBe('noch 10.000 von 10.000 Zeichen');

    await s.titelFeld.focus();
    await seite.keyboard.type('Rechnungen');
    await seite.getByText('noch 190 von 200 Zeichen').waitFor();
    // Pasting (insertText) 205 characters keeps all of them: nothing is cut silently.
    await s.titelFeld.fill('');
    await seite.keyboard.insertText('x'.repeat(205));
    expect((await s.titelFeld.inputValue()).length).toBe(205);
    await seite.getByText('5 Zeichen zu viel – höchstens 200 Zeichen').first().waitFor();
    // The polite live region repeats the counter once typing has paused (not on every key).
    await seite.locator('[data-zaehler-ansage]', { hasText: '5 Zeichen zu viel' }).waitFor();
    await expectPageToBeAccessible(seite);

    await s.beschreibung.fill('Eine ausreichend lange Beschreibung des Anliegens.');
    await seite.getByRole('radio', { name: /^Mittel/ }).check();
    await seite.getByRole('button', { name: 'Bedarf erfassen' }).click();
    await seite.getByText('„Worum geht es?“ ist zu lang: bitte kürzen Sie auf höchstens 200 Zeichen.').first().waitFor();
    expect(await s.titelFeld.getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('hält die Seite bei einem Wort aus 200 Zeichen auf Fensterbreite (390×844 und 1280×800) und trennt „Verwarnungsgeldbearbeitung“ in Karten nicht', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED_GIESSEN, DEMO_PASSWORT);
    const ich = await apiAufruf(kontext, 'GET', '/api/auth/me');
    const kommuneId = (ich.body.konto ?? ich.body).mitgliedschaften[0].kommuneId as string;
    const wort = `Langeswort${eindeutig(8)}`.padEnd(200, 'x');
    const lang = await apiAufruf(kontext, 'POST', '/api/bedarfe', {
      kommuneId, titel: wort, beschreibung: `Ohne Leerzeichen: ${'y'.repeat(300)} und mehr.`, dringlichkeit: 'niedrig',
    });
    expect(lang.status, JSON.stringify(lang.body)).toBe(201);
    const kompositum = `Verwarnungsgeldbearbeitung dauert zu lange ${eindeutig()}`;
    const k = await apiAufruf(kontext, 'POST', '/api/bedarfe', {
      kommuneId, titel: kompositum, beschreibung: 'Die Verwarnungsgeldbearbeitung braucht Wochen.', dringlichkeit: 'hoch',
    });
    expect(k.status, JSON.stringify(k.body)).toBe(201);

    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await seite.setViewportSize(viewport);
      const s = await new BedarfeSeite(seite).oeffnen();
      await s.zeile(wort).waitFor();
      const liste = await breiteOk(seite);
      expect(liste.breit, `Liste ${viewport.width}: ${liste.zuBreit.join(', ')}`).toBeLessThanOrEqual(liste.fenster);
      await seite.goto(`/bedarfe/${lang.body.id}`);
      await seite.getByRole('heading', { level: 1, name: wort }).waitFor();
      const detail = await breiteOk(seite);
      expect(detail.breit, `Detail ${viewport.width}: ${detail.zuBreit.join(', ')}`).toBeLessThanOrEqual(detail.fenster);
      await expectPageToBeAccessible(seite);
    }

    // Inbox of the Lotse: cards with both needs.
    const lotse = await neueSitzung(browser);
    await meldeAnUeberApi(lotse.kontext, LOTSE_HESSEN, DEMO_PASSWORT);
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      await lotse.seite.setViewportSize(viewport);
      const e = await new LotseEingangSeite(lotse.seite).oeffnen();
      const karte = await e.finde(kompositum);
      await e.finde(wort);
      const b = await breiteOk(lotse.seite);
      expect(b.breit, `Eingang ${viewport.width}: ${b.zuBreit.join(', ')}`).toBeLessThanOrEqual(b.fenster);
      // The compound in the card title stays on one line (no break inside the word without a hyphen).
      const zeilen = await karte.getByRole('heading', { level: 3 }).evaluate((h) => {
        const text = h.querySelector('a')!.firstChild!;
        const r = document.createRange();
        r.setStart(text, 0);
        r.setEnd(text, 'Verwarnungsgeldbearbeitung'.length);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      });
      expect(zeilen, `Zeilen des Worts bei ${viewport.width}`).toBe(1);
    }
    await expectPageToBeAccessible(lotse.seite);
    expect([...probleme, ...lotse.probleme]).toEqual([]);
    await lotse.kontext.close();
    await kontext.close();
  });
});
