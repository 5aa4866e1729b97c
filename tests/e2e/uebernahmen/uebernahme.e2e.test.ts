import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BedarfDetailSeite, eindeutig } from '../pages/transfer-seiten.ts';

/**
 * Issue 11: need → proposed solution → transfer project → Übertragbarkeits-Check → phases → report-back (keyboard
 * only) → the figures on the public solution page.
 */
const GIESSEN = '065310005005';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Moves the focus with Tab until the element with this id has it (keyboard only). */
async function tabBis(seite: Page, id: string) {
  for (let i = 0; i < 400; i++) {
    if ((await seite.evaluate(() => document.activeElement?.id)) === id) return;
    await seite.keyboard.press('Tab');
  }
  throw new Error(`Fokus erreicht #${id} nicht`);
}

describe('Übernahme einer bewährten Lösung', () => {
  it('vom Bedarf über Check und Phasen zur Rückmeldung und zu den Zahlen auf der öffentlichen Lösungsseite', async () => {
    // The demo's well-adopted solution (found through the Transferstelle's list of completed projects).
    const ts = await neueSitzung(browser);
    await meldeAnUeberApi(ts.kontext, 'transfer@lotse.example', DEMO_PASSWORT);
    // The oldest completed project is the demo's (other browser tests complete projects of their own today).
    const fertig = await apiAufruf(ts.kontext, 'GET', '/api/uebernahmen?phase=abgeschlossen&limit=50');
    const { loesungId, loesungTitel } = [...(fertig.body as { items: { loesungId: string; loesungTitel: string; erstelltAm: string }[] }).items]
      .sort((a, b) => a.erstelltAm.localeCompare(b.erstelltAm))[0];

    // Gießen records a need; the Lotse of Hessen proposes the solution.
    const { kontext, seite, probleme } = await neueSitzung(browser);
    // The shared test machine is slow while other background tasks run: generous waits.
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    await meldeAnUeberApi(kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);
    const titel = `Lange Warteschlangen im Bürgerbüro ${eindeutig()}`;
    const b = await apiAufruf(kontext, 'POST', '/api/bedarfe', { kommuneId: GIESSEN, titel, beschreibung: 'Montags warten Bürgerinnen und Bürger oft über eine Stunde; Termine gibt es nur telefonisch.', dringlichkeit: 'hoch' });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    const bedarfId = (b.body as { id: string }).id;
    const lotse = await neueSitzung(browser);
    await meldeAnUeberApi(lotse.kontext, 'lotse@hessen.example', DEMO_PASSWORT);
    expect((await apiAufruf(lotse.kontext, 'POST', `/api/bedarfe/${bedarfId}/vorschlaege`, { loesungIds: [loesungId], notiz: 'In acht hessischen Kommunen im Einsatz.' })).status).toBe(201);

    // The member starts the transfer project at the proposed solution.
    await seite.goto(`/bedarfe/${bedarfId}`);
    await new BedarfDetailSeite(seite).erwarteGeladen(titel);
    const start = seite.getByRole('button', { name: `„${loesungTitel}“ übernehmen` });
    await start.waitFor();
    await expectPageToBeAccessible(seite);
    await start.click();
    await seite.waitForURL(/\/uebernahmen\/[0-9a-f-]{36}$/);
    await seite.getByRole('heading', { level: 1, name: loesungTitel }).waitFor();
    const projektId = seite.url().split('/').pop()!;

    // Übertragbarkeits-Check and the checklist of phase „Verstehen“.
    const check = seite.locator('section[aria-labelledby="ue-check"]');
    await check.getByText(/Vorbefüllt aus dem Verzeichnis/).waitFor();
    await seite.getByRole('group', { name: 'Checkliste: Verstehen' }).waitFor();
    await expectPageToBeAccessible(seite);

    // Phases: forward to „Anpassen“, then into operation („Verstetigen“).
    const phasen = seite.locator('section[aria-labelledby="ue-phasen"]');
    await phasen.getByRole('combobox', { name: 'Nächste Phase' }).selectOption('anpassen');
    await phasen.getByRole('button', { name: 'Phase wechseln' }).click();
    await seite.getByRole('status').getByText('Die Phase ist jetzt „Anpassen“.').waitFor();
    await phasen.getByRole('combobox', { name: 'Nächste Phase' }).selectOption('verstetigen');
    await phasen.getByLabel('Tag der Inbetriebnahme').fill('2026-10-01');
    await expectPageToBeAccessible(seite);
    await phasen.getByRole('button', { name: 'Phase wechseln' }).click();
    await seite.getByRole('status').getByText('Die Phase ist jetzt „Verstetigen“.').waitFor();
    await seite.getByText(/Rückmeldung zur Inbetriebnahme – fällig am/).waitFor();
    await expectPageToBeAccessible(seite);

    // Report-back with the keyboard only: first without the required figures, then complete.
    await tabBis(seite, 'ue-rm-anlass');
    await tabBis(seite, 'ue-rm-aufwand');
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte wählen Sie eine Stufe von 1 bis 7.').first().waitFor();
    await expectPageToBeAccessible(seite);
    await tabBis(seite, 'ue-rm-aufwand');
    await seite.keyboard.type('18');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('4500');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('4');
    expect(await seite.locator('#ue-rm-stufe').inputValue()).toBe('4');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('Terminarten des Standesamts ergänzt.');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('Wartezeit montags von 70 auf 15 Minuten gesunken.');
    await tabBis(seite, 'ue-rm-oeffentlich');
    await seite.keyboard.press('Space');
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Enter');
    await seite.getByRole('status').getByText('Danke – die Rückmeldung ist gespeichert.').waitFor();
    await seite.getByText(/zur Inbetriebnahme: 18 Personentage/).waitFor();
    await expectPageToBeAccessible(seite);

    // The public solution page, without signing in: the sentence from real projects and consented report-backs.
    const anonym = await neueSitzung(browser);
    anonym.seite.setDefaultTimeout(60_000);
    anonym.seite.setDefaultNavigationTimeout(90_000);
    const n = (await apiAufruf(anonym.kontext, 'GET', `/api/loesungen/${loesungId}`)).body.nutzung as { kommunen: number; kleineGemeinden: number; medianAufwandPersonentage: number };
    await anonym.seite.goto(`/loesungen/${loesungId}`);
    const satz = anonym.seite.getByTestId('nutzung-satz');
    await satz.waitFor();
    expect(await satz.textContent()).toContain(`Übernommen von ${n.kommunen} Kommunen, davon ${n.kleineGemeinden} Gemeinden unter 10.000 Einwohnern.`);
    expect(await satz.textContent()).toMatch(/Kommunen berichten Wirkung ab Stufe 4\. Median des Aufwands: [\d,]+ Personentage\./);
    await anonym.seite.getByRole('table', { name: /nach Größenklasse/ }).waitFor();
    await expectPageToBeAccessible(anonym.seite);
    const projekt = await apiAufruf(kontext, 'GET', `/api/uebernahmen/${projektId}`);
    expect(projekt.body.rueckmeldungen[0]).toMatchObject({ aufwandPersonentage: 18, kostenEuro: 4500, wirkungsstufe: 4, oeffentlich: true });

    expect(probleme).toEqual([]);
    expect(anonym.probleme).toEqual([]);
    for (const s of [ts, lotse, anonym]) await s.kontext.close();
    await kontext.close();
  }, 600_000);
});
