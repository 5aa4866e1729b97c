import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

/** Issue 11: the origin Kommune edits the checklist template per phase on its solution's page, keyboard only. */
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Checkliste je Phase (Vorlage) auf der Lösungsseite', () => {
  it('Punkt hinzufügen und speichern – nur mit der Tastatur; ein zu kurzer Punkt zeigt die Meldung der API', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    await meldeAnUeberApi(kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);
    const eigene = (await apiAufruf(kontext, 'GET', '/api/loesungen/eigene?kommuneId=065310005005')).body as { items: { id: string; titel: string; status: string }[] };
    const l = eigene.items.find((x) => x.status === 'veroeffentlicht')!;
    expect(l).toBeTruthy();
    await seite.goto(`/loesungen/${l.id}`);
    const abschnitt = seite.getByRole('region', { name: 'Checkliste je Phase (Vorlage)' });
    await abschnitt.waitFor();
    await expectPageToBeAccessible(seite);

    const gruppe = abschnitt.getByRole('group', { name: 'Anpassen' });
    const vorher = await gruppe.getByRole('textbox').count();
    await gruppe.getByRole('button', { name: 'Punkt in „Anpassen“ hinzufügen' }).focus();
    await seite.keyboard.press('Enter');
    const neu = gruppe.getByLabel(`Anpassen: Punkt ${vorher + 1}`, { exact: true });
    await neu.focus();
    await seite.keyboard.type('ab');
    await abschnitt.getByRole('button', { name: 'Vorlage speichern' }).focus();
    await seite.keyboard.press('Enter');
    await abschnitt.getByRole('alert').filter({ hasText: /.+/ }).first().waitFor();
    let v = (await apiAufruf(kontext, 'GET', `/api/uebernahmen/vorlagen/${l.id}`)).body as { punkte: { anpassen: string[] } };
    expect(v.punkte.anpassen).not.toContain('ab');

    await neu.focus();
    await seite.keyboard.type('stimmung mit dem Personalrat');
    await abschnitt.getByRole('button', { name: 'Vorlage speichern' }).focus();
    await seite.keyboard.press('Enter');
    await abschnitt.getByText('Die Vorlage ist gespeichert.').waitFor();
    v = (await apiAufruf(kontext, 'GET', `/api/uebernahmen/vorlagen/${l.id}`)).body as { punkte: { anpassen: string[] } };
    expect(v.punkte.anpassen).toContain('abstimmung mit dem Personalrat');
    await expectPageToBeAccessible(seite);

    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
