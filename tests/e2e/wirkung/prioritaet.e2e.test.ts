import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, registriereUeberApi, vergibMitgliedschaft, waehleMitTastatur } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

// Hungen (Hessen) – a Kommune without demo goals; the new account of this test becomes a member.
const KOMMUNE = '065310008008';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});



describe('Priorisierung und Zielkonflikte nur mit der Tastatur', () => {
  it('schätzt eine Maßnahme ein, zeigt das frei gewordene Budget, erfasst einen Zielkonflikt und liefert die Ratsvorlage als PDF – axe in jedem Zustand', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = neueEmail('prio');
    await registriereUeberApi(kontext, { name: 'Paula Prio', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, KOMMUNE, 'mitglied');
    const post = async (pfad: string, body: unknown) => {
      const r = await apiAufruf(kontext, 'POST', pfad, body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    const wohnen = await post('/api/wirkung/ziele', { kommuneId: KOMMUNE, aussage: 'Mehr bezahlbarer Wohnraum', stufe: 6, iooi: 'impact' });
    await post('/api/wirkung/ziele', { kommuneId: KOMMUNE, aussage: 'Keine neuen Flächen versiegeln', stufe: 6, iooi: 'impact' });
    await post(`/api/wirkung/ziele/${wohnen}/massnahmen`, { titel: 'Aufstockung kommunaler Gebäude', budget: 250000 });
    const alt = await post(`/api/wirkung/ziele/${wohnen}/massnahmen`, { titel: 'Neubaugebiet am Ortsrand erschließen', budget: 80000 });
    await post(`/api/wirkung/massnahmen/${alt}/pruefungen`, { entscheidung: 'beenden', begruendung: 'Widerspricht dem Flächenziel.', datum: new Date().toISOString().slice(0, 10) });

    await seite.goto(`${BASIS_URL}/wirkung/prioritaet`, { waitUntil: 'domcontentloaded' });
    await seite.getByRole('heading', { level: 1, name: 'Was wollen wir damit erreichen?' }).waitFor();
    const tabelle = seite.getByRole('table', { name: 'Maßnahmen nach erwarteter Wirkung und Aufwand' });
    await tabelle.getByText('Aufstockung kommunaler Gebäude').waitFor();
    expect(await seite.getByTestId('prioritaet-budget-frei').textContent()).toContain('80.000,00');
    await expectPageToBeAccessible(seite);

    await waehleMitTastatur(seite, 'Maßnahme', 'Aufstockung');
    await waehleMitTastatur(seite, 'Erwartete Wirkung', '4');
    await waehleMitTastatur(seite, 'Aufwand', '2');
    await seite.getByRole('button', { name: 'Einschätzung speichern' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Einschätzung für „Aufstockung kommunaler Gebäude“ gespeichert.').waitFor();
    const zeile = tabelle.getByRole('row').filter({ hasText: 'Aufstockung kommunaler Gebäude' });
    await zeile.getByText('Hohe Wirkung, geringer Aufwand – zuerst').waitFor();
    await expectPageToBeAccessible(seite);

    // Without a description nothing is saved.
    await seite.getByRole('button', { name: 'Zielkonflikt speichern' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte beschreiben Sie den Konflikt.').first().waitFor();
    await seite.getByLabel('Worin besteht der Konflikt?').focus();
    await seite.keyboard.type('Neubau braucht Fläche.');
    await seite.getByLabel(/^Wie lösen wir ihn auf\?/).focus();
    await seite.keyboard.type('Vorrang für Aufstockung und Brachflächen.');
    await seite.keyboard.press('Enter');
    await seite.getByText('Zielkonflikt gespeichert.').waitFor();
    const konflikte = seite.getByRole('table', { name: 'Zielkonflikte der Kommune' });
    expect(await konflikte.textContent()).toContain('Vorrang für Aufstockung und Brachflächen.');
    await expectPageToBeAccessible(seite);

    const href = await seite.getByRole('link', { name: 'Ratsvorlage als PDF herunterladen' }).getAttribute('href');
    const pdf = await kontext.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const docxHref = await seite.getByRole('link', { name: 'Ratsvorlage als Word-Datei (DOCX) herunterladen' }).getAttribute('href');
    const docx = await kontext.request.get(docxHref!);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
