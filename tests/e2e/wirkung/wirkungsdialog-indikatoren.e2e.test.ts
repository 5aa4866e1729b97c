import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, registriereUeberApi, vergibMitgliedschaft, waehleMitTastatur } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

// Allendorf (Lumda), Kreis Gießen. Other browser tests may already have given it goals and indicators, so this test
// only touches the two indicators it creates under a name unique to this run.
const KOMMUNE = '065310001001';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Wirkungsdialog zu einer Auswahl eigener Indikatoren', () => {
  it('ohne Gegenstand: Fehlerliste mit der Meldung der API; zwei eigene Indikatoren per Tastatur wählen → Stadtteil-Ausreißer als Gesprächspunkt → Hypothese → Bedarf – axe in jedem Zustand', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = neueEmail('dialog-ind');
    await registriereUeberApi(kontext, { name: 'Ina Indikator', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, KOMMUNE, 'mitglied');
    const post = async (pfad: string, body: unknown) => {
      const r = await apiAufruf(kontext, 'POST', pfad, body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    const lauf = Date.now().toString(36);
    const besuche = `Kinder in der Ferienbetreuung ${lauf}`;
    const ausleihen = `Ausleihen der Stadtbücherei ${lauf}`;
    // The two are a pair of counter-indicators: care rises while lending falls, so both carry the counter-indicator flag.
    const b = await post('/api/wirkung/indikatoren', { kommuneId: KOMMUNE, name: ausleihen, einheit: 'je Kind', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich' });
    const a = await post('/api/wirkung/indikatoren', { kommuneId: KOMMUNE, name: besuche, einheit: '%', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich', gegenindikatorId: b });
    // A goal of the Kommune, so the form offers goal and indicators; the test leaves it at „kein Wirkungsziel“.
    await post('/api/wirkung/ziele', { kommuneId: KOMMUNE, aussage: `Ferienangebote erreichen alle Stadtteile ${lauf}`, stufe: 5, iooi: 'outcome' });
    for (const [stadtteil, w2023, w2024] of [['Nord', 26, 30], ['Mitte', 28, 32], ['Süd', 17, 18]] as const) {
      await post(`/api/wirkung/indikatoren/${a}/werte`, { jahr: 2023, wert: w2023, stadtteil });
      await post(`/api/wirkung/indikatoren/${a}/werte`, { jahr: 2024, wert: w2024, stadtteil });
    }
    for (const [jahr, wert] of [[2023, 5], [2024, 4]] as const) await post(`/api/wirkung/indikatoren/${b}/werte`, { jahr, wert });

    await seite.goto(`${BASIS_URL}/wirkung/dialoge`, { waitUntil: 'domcontentloaded' });
    await seite.getByRole('heading', { level: 1, name: 'Wirkungsdialoge' }).waitFor();
    await seite.getByRole('heading', { name: 'Wirkungsdialog vorbereiten' }).waitFor();
    const gegenstand = seite.getByRole('group', { name: 'Gegenstand des Dialogs' });
    const eigene = gegenstand.getByRole('group', { name: 'Eigene Indikatoren' });
    await eigene.getByRole('checkbox', { name: besuche }).waitFor();
    await expectPageToBeAccessible(seite);

    // Everything but the subject: the API answers 422 wirkungsdialog.ohne_gegenstand, its German message lands in the error list.
    await seite.getByLabel('Titel', { exact: true }).focus();
    await seite.keyboard.type(`Ferien in den Stadtteilen ${lauf}`);
    await seite.getByLabel(/^Teilnehmende: Verwaltung/).focus();
    await seite.keyboard.type('Frau Özdemir');
    await seite.getByLabel(/^Teilnehmende: Zivilgesellschaft/).focus();
    await seite.keyboard.type('3');
    const antwort = seite.waitForResponse((r) => r.url().endsWith('/api/wirkung/dialoge') && r.request().method() === 'POST');
    await seite.getByRole('button', { name: 'Dialog anlegen' }).focus();
    await seite.keyboard.press('Enter');
    const ohne = await antwort;
    expect([ohne.status(), (await ohne.json()).error.code]).toEqual([422, 'wirkungsdialog.ohne_gegenstand']);
    const meldung = 'Gegenstand: Bitte wählen Sie ein Wirkungsziel oder mindestens einen eigenen Indikator.';
    // The error summary (not the general error box): a link to the field, focus moves onto it.
    const fehlerliste = seite.locator('.kern-alert').filter({ has: seite.getByRole('link', { name: meldung }) });
    await fehlerliste.waitFor();
    expect(await fehlerliste.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await gegenstand.textContent()).toContain(meldung);
    await expectPageToBeAccessible(seite);
    // The link in the error list leads to the first control of the subject group, the goal.
    await fehlerliste.getByRole('link', { name: meldung }).focus();
    await seite.keyboard.press('Enter');
    expect(await gegenstand.getByLabel('Wirkungsziel', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);

    // Choose the two indicators by keyboard (space toggles a focused checkbox) and send again.
    for (const name of [besuche, ausleihen]) {
      const box = eigene.getByRole('checkbox', { name });
      await box.focus();
      await seite.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    // The goal stays „kein Wirkungsziel“: the indicators alone are the subject.
    expect(await gegenstand.getByLabel('Wirkungsziel', { exact: true }).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)).toBe('kein Wirkungsziel');
    await seite.getByRole('button', { name: 'Dialog anlegen' }).focus();
    await seite.keyboard.press('Enter');

    await seite.getByRole('heading', { level: 1, name: `Ferien in den Stadtteilen ${lauf}` }).waitFor();
    const angaben = await seite.locator('dl.lotse-angaben').textContent();
    expect(angaben).toContain(besuche);
    expect(angaben).toContain(ausleihen);
    const punkte = seite.getByRole('region', { name: 'Gesprächspunkte' });
    await punkte.getByText(`${besuche}: Süd liegt 2024 mit 18 % um 40 % unter dem Median der Stadtteile (30 %).`).waitFor();
    await punkte.getByText(`${besuche}: entwickelt sich anders als der Gegenindikator „${ausleihen}“`, { exact: false }).waitFor();
    await expectPageToBeAccessible(seite);

    await waehleMitTastatur(seite, 'Art des Eintrags', 'Hypothese');
    await seite.getByLabel('Text', { exact: true }).focus();
    const hypothese = `In Süd kennen die Familien das Ferienangebot nicht ${lauf}.`;
    await seite.keyboard.type(hypothese);
    await seite.keyboard.press('Enter');
    await seite.getByText('Hypothese gespeichert.').waitFor();
    const hypothesen = seite.getByRole('region', { name: 'Hypothesen' });
    await hypothesen.getByText(hypothese).waitFor();
    await expectPageToBeAccessible(seite);

    await hypothesen.getByRole('button', { name: /^Als Bedarf erfassen/ }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Die Hypothese ist jetzt ein Bedarf der Kommune.').waitFor();
    await hypothesen.getByRole('link', { name: 'Zum Bedarf' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('heading', { level: 1, name: hypothese }).waitFor();
    await expectPageToBeAccessible(seite);

    // The list names the subject of the new dialog.
    await seite.goto(`${BASIS_URL}/wirkung/dialoge`, { waitUntil: 'domcontentloaded' });
    const zeile = seite.getByRole('row').filter({ hasText: `Ferien in den Stadtteilen ${lauf}` });
    expect(await zeile.textContent()).toContain('2 eigene Indikatoren');

    // The indicator's page shows the counter-indicator flag; its link prepares a dialog with that indicator already chosen.
    await seite.goto(`${BASIS_URL}/wirkung/indikatoren/${b}`, { waitUntil: 'domcontentloaded' });
    await seite.getByRole('heading', { level: 1, name: ausleihen }).waitFor();
    await seite.getByText('Gegenindikator entwickelt sich gegenläufig').waitFor();
    await expectPageToBeAccessible(seite);
    await seite.getByRole('link', { name: 'Wirkungsdialog zu diesem Indikator vorbereiten' }).focus();
    await seite.keyboard.press('Enter');
    await eigene.getByRole('checkbox', { name: ausleihen }).waitFor();
    expect(await eigene.getByRole('checkbox', { name: ausleihen }).isChecked()).toBe(true);
    expect(await eigene.getByRole('checkbox', { name: besuche }).isChecked()).toBe(false);
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 300_000);
});
