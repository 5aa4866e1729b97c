import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT } from '../helpers/browser.ts';
import { neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BedarfDetailSeite, BedarfeSeite, eindeutig } from '../pages/transfer-seiten.ts';

const MITGLIED_GIESSEN = 'mitarbeit@giessen.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Bedarf erfassen (Mitglied der Stadt Gießen)', () => {
  it('erfasst einen Bedarf in Alltagssprache nur mit der Tastatur, sieht ihn in der Liste und mit Vorschlägen im Detail', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED_GIESSEN, DEMO_PASSWORT);
    const s = await new BedarfeSeite(seite).oeffnen();
    await seite.getByText('Gießen, Universitätsstadt', { exact: false }).first().waitFor();
    await expectPageToBeAccessible(seite);

    // Submitting the empty form (keyboard) shows the error summary and field errors – and is axe-clean.
    await s.titelFeld.focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte wählen Sie, wie dringend der Bedarf ist.').first().waitFor();
    expect(await s.titelFeld.getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(seite);

    const titel = `Knöllchen kann man bei uns nicht online bezahlen ${eindeutig()}`;
    const beschreibung =
      'Wer in der Stadt einen Strafzettel bekommt, muss zur Stadtkasse gehen oder umständlich überweisen. ' +
      'Viele Leute fragen, ob man das nicht einfach im Internet oder mit dem Handy bezahlen kann.';

    // Keyboard only: type, Tab through the fields, Space on a radio button, Enter to submit.
    await s.titelFeld.focus();
    await seite.keyboard.type(titel);
    await seite.keyboard.press('Tab');
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe('bedarf-beschreibung');
    await seite.keyboard.type(beschreibung);
    await seite.keyboard.press('Tab');
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe('bedarf-handlungsfeld');
    await seite.keyboard.press('Tab');
    expect(await seite.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('dringlichkeit');
    // Arrow keys move within the radio group and select: hoch → mittel.
    await seite.keyboard.press('ArrowDown');
    expect(await seite.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('mittel');
    expect(await seite.getByRole('radio', { name: /^Mittel/ }).isChecked()).toBe(true);
    await seite.keyboard.press('Tab');
    expect(((await seite.evaluate(() => document.activeElement?.textContent)) ?? '').trim()).toBe('Bedarf erfassen');
    await seite.keyboard.press('Enter');

    // Success message gets focus; the list shows the new need.
    const erfolg = seite.getByText('Der Bedarf wurde erfasst.');
    await erfolg.waitFor();
    expect(await seite.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Bedarf erfasst');
    expect(await s.titelFeld.inputValue()).toBe('');
    const zeile = s.zeile(titel);
    await zeile.waitFor();
    const zellen = (await zeile.getByRole('cell').allTextContents()).map((x) => x.trim());
    expect(zellen).toContain('Neu');
    expect(zellen).toContain('Mittel');
    expect(zellen).toContain('heute');
    await expectPageToBeAccessible(seite);

    // Detail page: data as entered, and suggestions of the matcher with reasons.
    await zeile.getByRole('link', { name: titel }).click();
    const d = await new BedarfDetailSeite(seite).erwarteGeladen(titel);
    await seite.getByText(beschreibung).waitFor();
    const vorschlaege = await d.vorschlaegeDerSuche();
    expect(await vorschlaege.count()).toBeGreaterThan(0);
    const ersterTitel = (await vorschlaege.first().getByRole('link').first().textContent()) ?? '';
    const vorschlagTitel = (await vorschlaege.getByRole('link').allTextContents()).join(' | ');
    expect(vorschlagTitel, vorschlagTitel).toMatch(/Bußgeld|Verwarnungsgeld|Bezahlung|Zahlung/);
    expect(ersterTitel.length).toBeGreaterThan(3);
    await vorschlaege.first().getByText(/Passung \d+ %/).waitFor();
    await vorschlaege.first().getByText('Warum vorgeschlagen?').click();
    const gruende = vorschlaege.first().locator('details[open] li');
    await gruende.first().waitFor();
    expect((await gruende.allTextContents()).join(' ')).toMatch(/„[^“]+“/);
    // A member gives no feedback on suggestions and cannot propose (Lotse only).
    expect(await d.matcherAbschnitt.getByRole('button', { name: 'Hilfreich' }).count()).toBe(0);
    expect(await seite.getByRole('heading', { name: 'Lösungen vorschlagen' }).count()).toBe(0);
    await seite.getByRole('heading', { level: 2, name: 'Verlauf' }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
