import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { registriereUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BasisSeite } from '../pages/BasisSeite.ts';
import { AnmeldenSeite } from '../pages/KontenSeiten.ts';

/** Issue 9, item 13: deep links to protected pages, the way back after sign-in, the role a page needs. */
let browser: Browser;
let email: string;
beforeAll(async () => {
  browser = await starteBrowser();
  email = neueEmail('deeplink');
  const vorher = await browser.newContext({ baseURL: BASIS_URL });
  await registriereUeberApi(vorher, { name: 'Tiefer Link', email, passwort: TEST_PASSWORT });
  await vorher.close();
});
afterAll(async () => {
  await browser?.close();
});

const hinweis = (seite: Page) => seite.locator('main .kern-alert').first();

describe('Geschützte Seiten über einen direkten Link', () => {
  it('abgemeldet: klarer Hinweis mit Anmeldelink, nach der Anmeldung zurück auf der angefragten Seite', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    for (const pfad of ['/erhebungen/00000000-0000-4000-8000-000000000000/ergebnis', '/bedarfe/00000000-0000-4000-8000-000000000000', '/transferstelle/nachfrage']) {
      await new BasisSeite(seite).aufrufen(pfad);
      await hinweis(seite).getByRole('link', { name: 'Anmelden' }).waitFor();
      const text = (await hinweis(seite).textContent()) ?? '';
      expect(text).toContain('Bitte melden Sie sich an');
      expect(text).not.toContain('Fehler');
      expect(await seite.locator('main .kern-alert--danger').count()).toBe(0);
      await expectPageToBeAccessible(seite);
    }

    await new BasisSeite(seite).aufrufen('/loesungen/meine?ansicht=alle');
    await hinweis(seite).getByRole('link', { name: 'Anmelden' }).click();
    await seite.waitForURL(/\/anmelden\?weiter=/);
    expect(new URL(seite.url()).searchParams.get('weiter')).toBe('/loesungen/meine?ansicht=alle');
    await new AnmeldenSeite(seite).anmelden(email, TEST_PASSWORT);
    await seite.waitForURL(/\/loesungen\/meine\?ansicht=alle$/);
    await seite.getByRole('heading', { level: 1 }).waitFor();
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('der Anmeldelink im Kopf merkt sich die aktuelle Seite', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    await new BasisSeite(seite).aufrufen('/kommunen?q=Gie%C3%9Fen');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Anmelden' }).click();
    await seite.waitForURL(/\/anmelden\?weiter=/);
    await new AnmeldenSeite(seite).anmelden(email, TEST_PASSWORT);
    await seite.waitForURL((u) => u.pathname === '/kommunen' && u.searchParams.get('q') === 'Gießen');
    await kontext.close();
  });

  for (const boese of ['//evil.example', 'https://evil.example', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)']) {
    it(`führt nach der Anmeldung nie auf eine fremde Seite (weiter=${JSON.stringify(boese)})`, async () => {
      const { kontext, seite, probleme } = await neueSitzung(browser);
      await new AnmeldenSeite(seite).oeffnen(boese);
      await new AnmeldenSeite(seite).anmelden(email, TEST_PASSWORT);
      await seite.waitForURL((u) => u.pathname === '/konto');
      expect(new URL(seite.url()).origin).toBe(BASIS_URL);
      expect(probleme).toEqual([]);
      await kontext.close();
    });
  }

  it('angemeldet ohne Rolle: jede Seite sagt, für wen sie ist', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await new AnmeldenSeite(seite).oeffnen('/transferstelle/nachfrage');
    await new AnmeldenSeite(seite).anmelden(email, TEST_PASSWORT);
    await seite.waitForURL(/\/transferstelle\/nachfrage$/);
    const faelle: [string, string][] = [
      ['/transferstelle/nachfrage', 'Diese Seite ist für die Transferstelle und die Plattform-Administration.'],
      ['/transferstelle/pruefung', 'Diese Seite ist für die Transferstelle.'],
      ['/transferstelle/import', 'Diese Seite ist für die Transferstelle und die Plattform-Administration.'],
      ['/lotse', 'Diese Seite ist für Lotsinnen und Lotsen und die Transferstelle.'],
    ];
    for (const [pfad, satz] of faelle) {
      await new BasisSeite(seite).aufrufen(pfad);
      await hinweis(seite).waitFor();
      expect((await hinweis(seite).textContent()) ?? '').toContain(satz);
      await expectPageToBeAccessible(seite);
    }
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
