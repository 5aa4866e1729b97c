import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

/** Issue 11, item 2: the origin Kommune declares its solution's preconditions on the solution page, keyboard only. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Voraussetzungen für die Übernahme auf der Lösungsseite', () => {
  it('Baustein, Fachverfahren und Größenklassen per Tastatur; eine Größenklasse 9 zeigt die Meldung der API und speichert nichts', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    await meldeAnUeberApi(kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);
    const eigene = (await apiAufruf(kontext, 'GET', '/api/loesungen/eigene?kommuneId=065310005005')).body as { items: { id: string; status: string }[] };
    const l = eigene.items.filter((x) => x.status === 'veroeffentlicht')[1] ?? eigene.items.find((x) => x.status === 'veroeffentlicht')!;
    expect(l).toBeTruthy();
    await seite.goto(`/loesungen/${l.id}`);
    const abschnitt = seite.getByRole('region', { name: 'Voraussetzungen für die Übernahme' });
    await abschnitt.waitFor();
    await expectPageToBeAccessible(seite);

    const dms = abschnitt.getByLabel('Dokumentenmanagement / E-Akte', { exact: true });
    if (!(await dms.isChecked())) {
      await dms.focus();
      await seite.keyboard.press('Space');
    }
    await abschnitt.getByLabel('Fachverfahren (optional)').focus();
    await seite.keyboard.press('Control+A');
    await seite.keyboard.type('OK.VORGANG');
    await abschnitt.getByLabel('Größenklasse von (optional)').focus();
    await seite.keyboard.press('Control+A');
    await seite.keyboard.type('5');
    await abschnitt.getByLabel('Größenklasse bis (optional)').focus();
    await seite.keyboard.press('Control+A');
    await seite.keyboard.type('9');
    await abschnitt.getByRole('button', { name: 'Voraussetzungen speichern' }).focus();
    await seite.keyboard.press('Enter');
    await abschnitt.getByRole('alert').filter({ hasText: /Größenklasse/ }).first().waitFor();
    let v = (await apiAufruf(kontext, 'GET', `/api/uebernahmen/voraussetzungen/${l.id}`)).body as { voraussetzungen: { fachverfahren: string[]; groessenklasseBis: number | null; bausteine: string[] } };
    expect(v.voraussetzungen.fachverfahren).not.toContain('OK.VORGANG');

    await abschnitt.getByLabel('Größenklasse bis (optional)').focus();
    await seite.keyboard.press('Control+A');
    await seite.keyboard.type('7');
    await abschnitt.getByRole('button', { name: 'Voraussetzungen speichern' }).focus();
    await seite.keyboard.press('Enter');
    await abschnitt.getByText('Die Voraussetzungen sind gespeichert.').waitFor();
    v = (await apiAufruf(kontext, 'GET', `/api/uebernahmen/voraussetzungen/${l.id}`)).body as typeof v;
    expect(v.voraussetzungen).toMatchObject({ fachverfahren: ['OK.VORGANG'], groessenklasseBis: 7 });
    expect(v.voraussetzungen.bausteine).toContain('dms');
    await expectPageToBeAccessible(seite);

    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
