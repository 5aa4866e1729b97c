import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BedarfDetailSeite, eindeutig, LoesungDetailSeite } from '../pages/transfer-seiten.ts';

/** Issue 9, item 10: a Lotse proposes a solution for a need from the solution's page. */

const GIESSEN = '065310005005';
const MITGLIED_GIESSEN = 'mitarbeit@giessen.example';
const LOTSE_HESSEN = 'lotse@hessen.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('„Für einen Bedarf vorschlagen“ auf der Seite einer Lösung', () => {
  it('der Lotse wählt einen offenen Bedarf seiner Region, schreibt eine Notiz und sieht den Vorschlag beim Bedarf; ein Mitglied sieht die Aktion nicht', async () => {
    const mitglied = await neueSitzung(browser);
    await meldeAnUeberApi(mitglied.kontext, MITGLIED_GIESSEN, DEMO_PASSWORT);
    const titel = `Fundsachen werden noch in Karteikästen verwaltet ${eindeutig()}`;
    const r = await apiAufruf(mitglied.kontext, 'POST', '/api/bedarfe', {
      kommuneId: GIESSEN, titel, beschreibung: 'Das Fundbüro führt Karteikarten; Bürgerinnen und Bürger müssen anrufen, um nach verlorenen Sachen zu fragen.', dringlichkeit: 'mittel',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const bedarfId = (r.body as { id: string }).id;
    const liste = await apiAufruf(mitglied.kontext, 'GET', '/api/loesungen?limit=1&siegel=true');
    const loesung = (liste.body as { items: { id: string; titel: string }[] }).items[0];

    // The member sees the solution page without the action.
    const dm = await new LoesungDetailSeite(mitglied.seite).oeffnen(loesung.id);
    expect(await mitglied.seite.getByRole('heading', { level: 2, name: 'Für einen Bedarf vorschlagen' }).count()).toBe(0);
    expect((await dm.ueberschrift.textContent())?.trim()).toBe(loesung.titel);

    // The Lotse of Hessen proposes it for the new need of Gießen.
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, LOTSE_HESSEN, DEMO_PASSWORT);
    await new LoesungDetailSeite(seite).oeffnen(loesung.id);
    const abschnitt = seite.getByRole('region', { name: 'Für einen Bedarf vorschlagen' });
    await abschnitt.waitFor();
    const auswahl = abschnitt.getByRole('combobox', { name: /^Bedarf/ });
    await auswahl.locator('option', { hasText: titel }).waitFor({ state: 'attached' });
    await expectPageToBeAccessible(seite);

    // Without a choice the field says what is missing.
    await abschnitt.getByRole('button', { name: 'Vorschlagen' }).click();
    await abschnitt.getByText('Bitte wählen Sie einen Bedarf.').waitFor();
    expect(await auswahl.getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(seite);

    const option = auswahl.locator('option', { hasText: titel });
    expect(await option.textContent()).toContain('Gießen');
    await auswahl.selectOption(bedarfId);
    const notiz = `Das Fundbüro in Marburg arbeitet damit seit zwei Jahren ${eindeutig()}.`;
    await abschnitt.getByRole('textbox', { name: /^Notiz an die Kommune/ }).fill(notiz);
    await abschnitt.getByRole('button', { name: 'Vorschlagen' }).click();
    const erfolg = abschnitt.getByRole('status').getByText(`Die Lösung ist für „${titel}“ vorgeschlagen.`);
    await erfolg.waitFor();
    await expectPageToBeAccessible(seite);

    // The need's page shows the proposal with the note (for the Lotse and for the Kommune).
    await abschnitt.getByRole('link', { name: `Bedarf „${titel}“ öffnen` }).click();
    await new BedarfDetailSeite(seite).erwarteGeladen(titel);
    const vorschlaege = seite.locator('section[aria-labelledby="bedarf-vorschlaege"]');
    await vorschlaege.getByRole('link', { name: loesung.titel }).waitFor();
    await vorschlaege.getByText(notiz).waitFor();
    await expectPageToBeAccessible(seite);

    await mitglied.seite.goto(`/bedarfe/${bedarfId}`);
    await new BedarfDetailSeite(mitglied.seite).erwarteGeladen(titel);
    await mitglied.seite.locator('section[aria-labelledby="bedarf-vorschlaege"]').getByText(notiz).waitFor();

    expect(probleme).toEqual([]);
    expect(mitglied.probleme).toEqual([]);
    await kontext.close();
    await mitglied.kontext.close();
  });

  it('ohne Anmeldung gibt es die Aktion nicht', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    const liste = await apiAufruf(kontext, 'GET', '/api/loesungen?limit=1');
    const loesung = (liste.body as { items: { id: string }[] }).items[0];
    await new LoesungDetailSeite(seite).oeffnen(loesung.id);
    expect(await seite.getByRole('heading', { level: 2, name: 'Für einen Bedarf vorschlagen' }).count()).toBe(0);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
