import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { registriereUeberApi } from '../helpers/api.ts';
import { AnmeldenSeite, KontoSeite, RegistrierenSeite } from '../pages/KontenSeiten.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Konto: registrieren, anmelden, abmelden', () => {
  it('registriert ein Konto über das Formular, meldet ab und wieder an', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    const email = neueEmail('registrierung');

    const registrieren = await new RegistrierenSeite(seite).oeffnen();
    expect(await seite.title()).toBe('Registrieren – Lotse');
    await registrieren.registrieren({ name: 'Erika Musterfrau', email, passwort: TEST_PASSWORT });

    const konto = new KontoSeite(seite);
    await konto.erwarteAngemeldetAls(email);
    await expect(seite.getByRole('status').filter({ hasText: 'Ihr Konto wurde angelegt' }).count()).resolves.toBe(1);
    expect(await konto.istAngemeldet()).toBe(true);

    await konto.abmelden();
    await seite.waitForURL(/\/$/);
    expect(await konto.istAngemeldet()).toBe(false);

    const anmelden = await new AnmeldenSeite(seite).oeffnen();
    await anmelden.anmelden(email, TEST_PASSWORT);
    await konto.erwarteAngemeldetAls(email);

    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('zeigt Fehler am Feld (aria-describedby, aria-invalid) und eine Fehlerliste mit Fokus', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    const registrieren = await new RegistrierenSeite(seite).oeffnen();
    await registrieren.registrieren({ name: '', email: 'keine-adresse', passwort: 'kurz', wiederholung: 'anders' });

    const summary = seite.getByText('Bitte prüfen Sie Ihre Angaben');
    await summary.waitFor();
    // Focus moved to the error summary.
    expect(await seite.evaluate(() => document.activeElement?.classList.contains('kern-alert'))).toBe(true);

    const email = seite.getByLabel('E-Mail-Adresse');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const beschrieben = (await email.getAttribute('aria-describedby')) ?? '';
    const fehlerId = beschrieben.split(' ').find((id) => id.endsWith('-fehler'));
    expect(fehlerId).toBeTruthy();
    expect(await seite.locator(`#${fehlerId}`).textContent()).toContain('gültige E-Mail-Adresse');

    // The link in the summary moves focus to the field.
    await seite.getByRole('link', { name: /gültige E-Mail-Adresse/ }).click();
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe(await email.getAttribute('id'));
    await kontext.close();
  });

  it('meldet einen Fehlversuch mit einer allgemeinen Meldung', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    const anmelden = await new AnmeldenSeite(seite).oeffnen();
    await anmelden.anmelden(neueEmail('unbekannt'), 'falsches-passwort-123');
    await seite.getByRole('alert').filter({ hasText: 'E-Mail-Adresse oder Passwort ist falsch' }).waitFor();
    expect(await anmelden.istAngemeldet()).toBe(false);
    await kontext.close();
  });

  it('lässt sich nur mit der Tastatur anmelden (Tab, Eingabe, Enter) – mit sichtbarem Fokus', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    const email = neueEmail('tastatur');
    const hilfe = await browser.newContext({ baseURL: BASIS_URL });
    await registriereUeberApi(hilfe, { name: 'Tastatur Test', email, passwort: TEST_PASSWORT });
    await hilfe.close();

    const anmelden = await new AnmeldenSeite(seite).oeffnen();
    // From the top of the page: the first Tab reaches the skip link.
    await seite.keyboard.press('Tab');
    expect(await seite.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    // Skip link → main content; the next Tab lands in the first form field.
    await seite.keyboard.press('Enter');
    let versuche = 0;
    while ((await seite.evaluate(() => document.activeElement?.getAttribute('autocomplete'))) !== 'username') {
      await seite.keyboard.press('Tab');
      if (++versuche > 15) throw new Error('Das E-Mail-Feld ist per Tab nicht erreichbar.');
    }
    const fokusSichtbar = () =>
      seite.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      });
    expect(await fokusSichtbar()).toBe(true);
    await seite.keyboard.type(email);
    await seite.keyboard.press('Tab');
    expect(await seite.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    await seite.keyboard.type(TEST_PASSWORT);
    await seite.keyboard.press('Tab');
    expect(await seite.evaluate(() => document.activeElement?.textContent)).toBe('Anmelden');
    expect(await fokusSichtbar()).toBe(true);
    await seite.keyboard.press('Enter');

    await new KontoSeite(seite).erwarteAngemeldetAls(email);
    // After navigation the focus is on the new page's heading.
    expect(await seite.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(anmelden).toBeTruthy();
    await kontext.close();
  });
});
