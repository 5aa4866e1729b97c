import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, registriereUeberApi, vergibMitgliedschaft, waehleMitTastatur } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

// Allendorf (Lumda), Kreis Gießen – a Kommune without demo goals; the new account of this test becomes a member.
const KOMMUNE = '065310001001';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Wirkungsdialog nur mit der Tastatur', () => {
  it('Ziel → Wirkungsdialog mit Ausreißer als Gesprächspunkt → Hypothese → Bedarf; Tagesordnung und Protokoll als PDF – axe in jedem Zustand', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = neueEmail('dialog');
    await registriereUeberApi(kontext, { name: 'Dana Dialog', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, KOMMUNE, 'mitglied');
    const post = async (pfad: string, body: unknown) => {
      const r = await apiAufruf(kontext, 'POST', pfad, body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    const ziel = await post('/api/wirkung/ziele', { kommuneId: KOMMUNE, aussage: 'Jugendliche finden einen Ausbildungsplatz', stufe: 6, iooi: 'impact' });
    const ind = await post('/api/wirkung/indikatoren', { kommuneId: KOMMUNE, name: 'Übergänge in Ausbildung', einheit: '%', richtung: 'hoch', rba: 'besser_gestellt', rhythmus: 'jaehrlich', zielId: ziel, stufe: 6 });
    for (const [stadtteil, wert] of [['Nord', 70], ['Mitte', 72], ['Süd', 45]] as const) await post(`/api/wirkung/indikatoren/${ind}/werte`, { jahr: 2024, wert, stadtteil });

    await seite.goto(`${BASIS_URL}/wirkung/ziele/${ziel}`, { waitUntil: 'domcontentloaded' });
    await seite.getByRole('heading', { level: 1, name: 'Jugendliche finden einen Ausbildungsplatz' }).waitFor();
    await seite.getByRole('link', { name: 'Wirkungsdialog zu diesem Ziel vorbereiten' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('heading', { level: 1, name: 'Wirkungsdialoge' }).waitFor();
    await seite.getByRole('heading', { name: 'Wirkungsdialog vorbereiten' }).waitFor();
    await expectPageToBeAccessible(seite);

    // Nobody named: nothing is saved, the error list says why.
    await seite.getByLabel('Titel', { exact: true }).focus();
    await seite.keyboard.type('Übergang Schule–Beruf');
    await seite.getByRole('button', { name: 'Dialog anlegen' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte nennen Sie mindestens eine teilnehmende Person (Name oder Zahl).').first().waitFor();
    await expectPageToBeAccessible(seite);

    // The date starts at today (typing into a native date field depends on the browser's field order).
    expect(await seite.getByLabel('Datum').inputValue()).toBe(new Date().toISOString().slice(0, 10));
    await seite.getByLabel(/^Ort/).focus();
    await seite.keyboard.type('Jugendzentrum');
    await waehleMitTastatur(seite, 'Wirkungsziel', 'Jugendliche finden');
    await seite.getByLabel(/^Teilnehmende: Verwaltung/).focus();
    await seite.keyboard.type('Frau Kaya, Herr Roth');
    await seite.getByLabel(/^Teilnehmende: Politik/).focus();
    await seite.keyboard.type('2');
    await seite.getByLabel(/^Teilnehmende: Träger/).focus();
    await seite.keyboard.type('Jugendberufsagentur');
    await seite.keyboard.press('Enter');

    await seite.getByRole('heading', { level: 1, name: 'Übergang Schule–Beruf' }).waitFor();
    const punkte = seite.getByRole('region', { name: 'Gesprächspunkte' });
    await punkte.getByText('Übergänge in Ausbildung: Süd liegt 2024 mit 45 % um 36 % unter dem Median der Stadtteile (70 %).').waitFor();
    expect(await seite.getByRole('region', { name: 'Teilnehmende' }).textContent()).toContain('Politik: ohne Namen');
    await expectPageToBeAccessible(seite);

    await waehleMitTastatur(seite, 'Art des Eintrags', 'Hypothese');
    await waehleMitTastatur(seite, 'Leitfrage', 'Welche Vermutungen');
    await seite.getByLabel('Text', { exact: true }).focus();
    await seite.keyboard.type('In Süd fehlt eine Anlaufstelle der Berufsberatung vor Ort.');
    await seite.keyboard.press('Enter');
    await seite.getByText('Hypothese gespeichert.').waitFor();
    const hypothesen = seite.getByRole('region', { name: 'Hypothesen' });
    await hypothesen.getByText('In Süd fehlt eine Anlaufstelle der Berufsberatung vor Ort.').waitFor();
    const kaizen = await hypothesen.getByRole('link', { name: 'Als Kaizen-Experiment prüfen' }).getAttribute('href');
    expect(kaizen).toContain('/kaizen/experimente/neu?');
    expect(new URL(kaizen!, BASIS_URL).searchParams.get('hypothese')).toBe('In Süd fehlt eine Anlaufstelle der Berufsberatung vor Ort.');
    await expectPageToBeAccessible(seite);

    await hypothesen.getByRole('button', { name: /^Als Bedarf erfassen/ }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Die Hypothese ist jetzt ein Bedarf der Kommune.').waitFor();
    await expectPageToBeAccessible(seite);
    await hypothesen.getByRole('link', { name: 'Zum Bedarf' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('heading', { level: 1, name: 'In Süd fehlt eine Anlaufstelle der Berufsberatung vor Ort.' }).waitFor();
    await expectPageToBeAccessible(seite);

    await seite.goBack();
    for (const name of ['Tagesordnung als PDF herunterladen', 'Protokoll als PDF herunterladen']) {
      const href = await seite.getByRole('link', { name }).getAttribute('href');
      const pdf = await kontext.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
