import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser, type Sitzung } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BasisSeite } from '../pages/BasisSeite.ts';
import { eindeutig, KatalogSeite, LoesungDetailSeite, LoesungFormularSeite, PruefungSeite } from '../pages/transfer-seiten.ts';

/**
 * Decision 0022: a Kommune changes its published solution → a revision that waits for the
 * Transferstelle; the public keeps seeing the approved version until it is approved.
 */
const MITGLIED_GIESSEN = 'mitarbeit@giessen.example';
const TRANSFERSTELLE = 'transfer@lotse.example';

let browser: Browser;
let kommune: Sitzung;
let transfer: Sitzung;
let oeffentlich: Sitzung;
beforeAll(async () => {
  browser = await starteBrowser();
  kommune = await neueSitzung(browser);
  transfer = await neueSitzung(browser);
  oeffentlich = await neueSitzung(browser);
  await meldeAnUeberApi(kommune.kontext, MITGLIED_GIESSEN, DEMO_PASSWORT);
  await meldeAnUeberApi(transfer.kontext, TRANSFERSTELLE, DEMO_PASSWORT);
});
afterAll(async () => {
  await browser?.close();
});

describe('Überarbeitung einer veröffentlichten Lösung', () => {
  it('die Kommune überarbeitet, die Öffentlichkeit sieht die geprüfte Version, bis die Transferstelle freigibt', async () => {
    const lauf = eindeutig(8);
    const alt = `Radwegmelder ${lauf}`;
    const neu = `Radwegmelder Seeanemone${lauf}`;
    // Set up through the API: a published solution of Gießen.
    const angelegt = await apiAufruf(kommune.kontext, 'POST', '/api/loesungen', {
      kommuneId: '065310005005',
      titel: alt,
      zusammenfassung: 'Schäden am Radweg mit Foto und Ort melden.',
      problem: 'Meldungen per Telefon gingen verloren.',
    });
    expect(angelegt.status).toBe(201);
    const id = angelegt.body.id as string;
    expect((await apiAufruf(kommune.kontext, 'POST', `/api/loesungen/${id}/einreichen`)).status).toBe(200);
    expect((await apiAufruf(transfer.kontext, 'POST', `/api/loesungen/${id}/pruefung`, { entscheidung: 'veroeffentlichen', kommentar: '' })).status).toBe(200);

    // The Kommune revises it in the form, which explains that the change needs a review.
    const detail = await new LoesungDetailSeite(kommune.seite).oeffnen(id);
    await kommune.seite.getByRole('link', { name: 'Überarbeiten' }).click();
    const form = new LoesungFormularSeite(kommune.seite);
    await form.titel.waitFor();
    expect((await form.ueberschrift.textContent())?.trim()).toBe('Veröffentlichte Lösung überarbeiten');
    await kommune.seite.getByText('Ihre Änderungen werden als Überarbeitung gespeichert', { exact: false }).waitFor();
    await expectPageToBeAccessible(kommune.seite);
    await form.titel.fill(neu);
    await form.links.fill('https://www.giessen.example/radweg');
    await form.kommentar.fill('Titel geschärft, Projektseite ergänzt');
    await kommune.seite.getByRole('button', { name: 'Überarbeitung speichern' }).click();

    // Back on the page: the live title, and the revision with its status and new wording.
    await detail.erwarteGeladen();
    expect((await detail.ueberschrift.textContent())?.trim()).toBe(alt);
    await detail.ueberarbeitung.getByText('Überarbeitung noch nicht eingereicht').waitFor();
    await detail.ueberarbeitung.getByText(neu).waitFor();
    await detail.ueberarbeitung.getByText('https://www.giessen.example/radweg').waitFor();
    await expectPageToBeAccessible(kommune.seite);
    await detail.ueberarbeitung.getByRole('button', { name: 'Überarbeitung zur Prüfung einreichen' }).click();
    await detail.meldung.getByText('Die Überarbeitung liegt der Transferstelle zur Prüfung vor.', { exact: false }).waitFor();
    await detail.ueberarbeitung.getByText('Überarbeitung wartet auf Prüfung').waitFor();
    expect(await detail.ueberarbeitung.getByRole('button', { name: 'Überarbeitung zur Prüfung einreichen' }).count()).toBe(0);
    await expectPageToBeAccessible(kommune.seite);

    // The own list says that a revision is waiting.
    await new BasisSeite(kommune.seite).aufrufen('/loesungen/meine');
    const zeile = kommune.seite.getByRole('row').filter({ has: kommune.seite.getByRole('rowheader', { name: alt }) });
    await zeile.getByText('Überarbeitung wartet auf Prüfung').waitFor();
    await expectPageToBeAccessible(kommune.seite);

    // The public sees the approved version; the catalogue search does not know the new word.
    const pub = await new LoesungDetailSeite(oeffentlich.seite).oeffnen(id);
    expect((await pub.ueberschrift.textContent())?.trim()).toBe(alt);
    expect(await pub.ueberarbeitung.count()).toBe(0);
    expect(await new KatalogSeite(oeffentlich.seite).oeffnen(`q=Seeanemone${lauf}`).then((k) => k.anzahl())).toBe(0);

    // The Transferstelle sees the revision in its queue and approves it.
    const p = await new PruefungSeite(transfer.seite).oeffnen();
    const karte = p.karte(neu);
    await karte.getByText('Überarbeitung der veröffentlichten Version 1', { exact: false }).waitFor();
    await expectPageToBeAccessible(transfer.seite);
    await karte.getByRole('radio', { name: 'Veröffentlichen' }).check();
    await karte.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await transfer.seite.locator('main .kern-alert').filter({ hasText: `„${neu}“: Veröffentlicht.` }).waitFor();

    // Now the new version is public and found by the search.
    await pub.oeffnen(id);
    expect((await pub.ueberschrift.textContent())?.trim()).toBe(neu);
    expect(await new KatalogSeite(oeffentlich.seite).oeffnen(`q=Seeanemone${lauf}`).then((k) => k.anzahl())).toBe(1);
    for (const s of [kommune, transfer, oeffentlich]) expect(s.probleme).toEqual([]);
  });
});
