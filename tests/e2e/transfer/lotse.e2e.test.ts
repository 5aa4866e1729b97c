import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORT } from '../helpers/browser.ts';
import { neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BedarfDetailSeite, eindeutig, LotseEingangSeite } from '../pages/transfer-seiten.ts';

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

async function bedarfAnlegen(kontext: BrowserContext, titel: string, beschreibung: string): Promise<string> {
  const r = await apiAufruf(kontext, 'POST', '/api/bedarfe', { kommuneId: GIESSEN, titel, beschreibung, dringlichkeit: 'hoch' });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return (r.body as { id: string }).id;
}

describe('Eingang der Lotsin / des Lotsen Hessen', () => {
  it('zeigt die Bedarfe der Region (älteste zuerst), schlägt eine Lösung mit Notiz vor, markiert „keine passende Lösung“ und gibt Rückmeldung', async () => {
    // Two fresh needs of Gießen (set up through the API as the member; the intake UI is tested elsewhere).
    const mitglied = await neueSitzung(browser);
    await meldeAnUeberApi(mitglied.kontext, MITGLIED_GIESSEN, DEMO_PASSWORT);
    const lauf = eindeutig();
    const titelA = `Eingangsrechnungen liegen noch auf Papier ${lauf}`;
    const titelB = `Drohnen für die Ortsteilbegehung ${lauf}`;
    const idA = await bedarfAnlegen(mitglied.kontext, titelA, 'Rechnungen kommen per Post, werden kopiert und im Umlauf abgezeichnet. Wir möchten Rechnungen digital freigeben.');
    await bedarfAnlegen(mitglied.kontext, titelB, 'Der Bauhof möchte die Ortsteile mit Drohnen überfliegen, um Schäden an Dächern von städtischen Gebäuden zu finden.');

    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, LOTSE_HESSEN, DEMO_PASSWORT);
    const e = await new LotseEingangSeite(seite).oeffnen();
    expect((await e.ueberschrift.textContent())?.trim()).toBe('Eingang');
    expect(await e.karten.count()).toBeGreaterThan(1);
    // Oldest first: the age shown on the cards never increases further down the list.
    const alter = await e.alterInTagen();
    expect(alter.length).toBe(await e.karten.count());
    expect(alter).toEqual([...alter].sort((a, b) => b - a));
    expect(alter[0]).toBeGreaterThan(0);
    await expectPageToBeAccessible(seite);

    // Need A: propose the first suggestion of the matcher with a note.
    const karteA = await e.finde(titelA);
    expect(await karteA.textContent()).toContain('Gießen');
    await karteA.getByRole('list', { name: `Vorschläge der automatischen Suche für „${titelA}“` }).waitFor();
    await karteA.locator('summary', { hasText: 'Lösungen vorschlagen' }).click();
    const formA = seite.getByRole('form', { name: `Lösungen vorschlagen für „${titelA}“` });
    await formA.waitFor();
    // Submitting without a choice explains what is missing.
    await formA.getByRole('button', { name: 'Vorschlagen' }).click();
    await formA.getByText('Bitte wählen Sie mindestens eine Lösung.').waitFor();
    await expectPageToBeAccessible(seite);
    const kandidat = formA.getByRole('checkbox').first();
    const loesungTitel = ((await formA.locator(`label[for="${await kandidat.getAttribute('id')}"]`).textContent()) ?? '').trim();
    await kandidat.check();
    const notiz = `Fragen Sie Frau Beispiel in der Kämmerei ${lauf}.`;
    await formA.getByLabel(/^Notiz an die Kommune/).fill(notiz);
    await formA.getByRole('button', { name: 'Vorschlagen' }).click();
    await seite.getByRole('status').getByText(`Eine Lösung wurde vorgeschlagen. Gespeichert: „${titelA}“.`).waitFor();
    // Proposed needs leave the default view ("zu bearbeiten").
    await e.karte(titelA).waitFor({ state: 'detached' });

    // Need B: "keine passende Lösung" needs a comment.
    const karteB = await e.finde(titelB);
    await karteB.locator('summary', { hasText: 'Keine passende Lösung' }).click();
    const formB = seite.getByRole('form', { name: `Keine passende Lösung für „${titelB}“` });
    await formB.getByRole('button', { name: 'Als „keine passende Lösung“ markieren' }).click();
    await formB.getByText('Bitte begründen Sie diesen Schritt im Kommentar.').waitFor();
    expect(await formB.getByLabel(/^Begründung/).getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(seite);
    const begruendung = `Im Katalog gibt es nichts zu Drohnen im Bauhof ${lauf}.`;
    await formB.getByLabel(/^Begründung/).fill(begruendung);
    await formB.getByRole('button', { name: 'Als „keine passende Lösung“ markieren' }).click();
    await seite.getByRole('status').getByText(`Der Bedarf ist als „keine passende Lösung“ markiert. Gespeichert: „${titelB}“.`).waitFor();
    await e.karte(titelB).waitFor({ state: 'detached' });
    await expectPageToBeAccessible(seite);

    // Both show up under "Alle" with their new status; B's detail page keeps the comment in the history.
    await e.oeffnen('status=alle');
    const a = await e.finde(titelA);
    expect(await a.textContent()).toContain('Lösungen vorgeschlagen');
    const b = await e.finde(titelB);
    expect(await b.textContent()).toContain('Keine passende Lösung');
    await b.getByRole('link', { name: titelB }).click();
    await new BedarfDetailSeite(seite).erwarteGeladen(titelB);
    await seite.getByText(begruendung).waitFor();
    expect(await seite.getByRole('heading', { level: 2, name: 'Verlauf' }).count()).toBe(1);
    await expectPageToBeAccessible(seite);

    // Need A's detail page: the proposal with note; feedback "hilfreich" on a suggestion of the matcher.
    await seite.goto(`/bedarfe/${idA}`);
    const d = await new BedarfDetailSeite(seite).erwarteGeladen(titelA);
    const vorschlaege = seite.locator('section[aria-labelledby="bedarf-vorschlaege"]');
    await vorschlaege.getByRole('link', { name: loesungTitel }).waitFor();
    await vorschlaege.getByText(notiz).waitFor();
    const treffer = await d.vorschlaegeDerSuche();
    const rueckmeldung = treffer.first().getByRole('group', { name: /^Ist „.+“ ein hilfreicher Vorschlag\?$/ });
    const hilfreich = rueckmeldung.getByRole('button', { name: 'Hilfreich', exact: true });
    expect(await hilfreich.getAttribute('aria-pressed')).toBe('false');
    await hilfreich.click();
    await rueckmeldung.getByRole('status').getByText('Danke für Ihre Rückmeldung.').waitFor();
    expect(await hilfreich.getAttribute('aria-pressed')).toBe('true');
    await expectPageToBeAccessible(seite);

    // The Kommune sees the proposal and the note on its need.
    await mitglied.seite.goto(`/bedarfe/${idA}`);
    await new BedarfDetailSeite(mitglied.seite).erwarteGeladen(titelA);
    const vorschlaegeMitglied = mitglied.seite.locator('section[aria-labelledby="bedarf-vorschlaege"]');
    await vorschlaegeMitglied.getByRole('link', { name: loesungTitel }).waitFor();
    await vorschlaegeMitglied.getByText(notiz).waitFor();
    expect(await mitglied.seite.locator('section[aria-labelledby="bedarf-angaben"]').textContent()).toContain('Lösungen vorgeschlagen');

    expect(probleme).toEqual([]);
    expect(mitglied.probleme).toEqual([]);
    await kontext.close();
    await mitglied.kontext.close();
  });

  it('gibt im Eingang Rückmeldung zu einem Vorschlag der automatischen Suche', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, LOTSE_HESSEN, DEMO_PASSWORT);
    const e = await new LotseEingangSeite(seite).oeffnen('status=alle');
    const liste = seite.getByRole('list', { name: /^Vorschläge der automatischen Suche für/ }).first();
    await liste.waitFor();
    const gruppe = liste.getByRole('group', { name: /ein hilfreicher Vorschlag\?$/ }).first();
    await gruppe.getByRole('button', { name: 'Nicht hilfreich' }).click();
    await gruppe.getByText('Danke für Ihre Rückmeldung.').waitFor();
    expect(await gruppe.getByRole('button', { name: 'Nicht hilfreich' }).getAttribute('aria-pressed')).toBe('true');
    await gruppe.getByRole('button', { name: 'Hilfreich', exact: true }).click();
    await gruppe.getByRole('button', { name: 'Hilfreich', exact: true }).and(seite.locator('[aria-pressed="true"]')).waitFor();
    await gruppe.getByText('Danke für Ihre Rückmeldung.').waitFor();
    expect(await e.karten.count()).toBeGreaterThan(0);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
