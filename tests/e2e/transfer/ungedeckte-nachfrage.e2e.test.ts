import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BedarfDetailSeite, BedarfeSeite, eindeutig, KatalogSeite, NachfrageSeite } from '../pages/transfer-seiten.ts';

/**
 * Issue 10, „done means“: (a) a need without a proven solution is filed from the catalogue search and then shows
 * up as unmet demand in the Transferstelle's demand view; (b) a need of 1,500 characters goes through the need form
 * and gets suggestions with reasons, each naming the sentence it came from.
 */
const MITGLIED_GIESSEN = 'mitarbeit@giessen.example';
const TRANSFERSTELLE = 'transfer@lotse.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Sentences as staff of a small Gemeinde write them: the problem, context and noise. */
const SAETZE = [
  'Unsere Bürgerinnen und Bürger warten im Bürgerbüro oft sehr lange, weil alle ohne Termin kommen.',
  'Montags und nach Feiertagen ist der Flur voll, und manche gehen nach einer Stunde wieder nach Hause.',
  'Wir sind eine kleine Verwaltung mit drei Kolleginnen am Schalter, die nebenbei auch das Telefon bedienen.',
  'Wir möchten, dass man online einen Termin buchen kann und vorher erfährt, welche Unterlagen mitzubringen sind.',
  'Die Termine sollen mit dem Kalender der Mitarbeiterinnen abgeglichen werden und Erinnerungen per E-Mail verschicken.',
  'Ältere Menschen sollen weiterhin anrufen oder ohne Termin kommen können, das ist dem Bürgermeister wichtig.',
  'Gibt es Kommunen unserer Größe, die eine Online-Terminvergabe schon eingeführt haben, und was hat sie gekostet?',
];

/** Sentences repeated to exactly `laenge` characters, cut at a word and closed with a full stop. */
function beschreibung(laenge: number): string {
  let s = '';
  for (let i = 0; s.length < laenge + 200; i++) s += (s ? ' ' : '') + SAETZE[i % SAETZE.length];
  return s.slice(0, laenge - 1).replace(/\s+\S*$/, '').padEnd(laenge - 1, 'e') + '.';
}

describe('Ungedeckte Nachfrage im Browser (Issue 10)', () => {
  it('ohne erprobte Lösung: Bedarf aus der Katalogsuche erfassen, die Transferstelle sieht ihn als ungedeckte Nachfrage', async () => {
    const mitglied = await neueSitzung(browser);
    await meldeAnUeberApi(mitglied.kontext, MITGLIED_GIESSEN, DEMO_PASSWORT);
    const seite = mitglied.seite;
    const marke = eindeutig(8);
    const text =
      'Unsere Städtepartnerschaft mit einer Gemeinde in der Bretagne schläft ein. ' +
      `Der Partnerschaftsverein ${marke} hat keine jungen Mitglieder mehr, und der Austausch findet kaum noch statt.`;

    // Catalogue search: no proven solution → the hint offers to file the need.
    const k = await new KatalogSeite(seite).oeffnen();
    await k.suchen(text);
    const hinweis = seite.locator('main .kern-alert').filter({ hasText: 'Noch keine erprobte Lösung gefunden' });
    await hinweis.waitFor();
    await expectPageToBeAccessible(seite);
    await hinweis.getByRole('link', { name: 'Anliegen als Bedarf erfassen' }).click();

    // The need form carries the search text as description; title and urgency are added, then filed.
    const b = new BedarfeSeite(seite);
    await b.formular.waitFor();
    expect(await b.beschreibung.inputValue()).toBe(text);
    const titel = `Städtepartnerschaft wiederbeleben ${marke}`;
    await b.titelFeld.fill(titel);
    await b.formular.getByRole('radio', { name: /^Mittel/ }).check();
    await expectPageToBeAccessible(seite);
    await b.formular.getByRole('button', { name: 'Bedarf erfassen' }).click();
    await seite.getByText('Der Bedarf wurde erfasst.').waitFor();
    await b.zeile(titel).waitFor();
    expect(mitglied.probleme).toEqual([]);
    await mitglied.kontext.close();

    // The Transferstelle's demand view lists it among the needs without a proven solution.
    const transfer = await neueSitzung(browser);
    await meldeAnUeberApi(transfer.kontext, TRANSFERSTELLE, DEMO_PASSWORT);
    await new NachfrageSeite(transfer.seite).oeffnen();
    const abschnitt = transfer.seite.locator('section[aria-labelledby="nachfrage-ungedeckt"]');
    await abschnitt.getByRole('heading', { name: 'Ungedeckte Nachfrage: noch keine erprobte Lösung' }).waitFor();
    const liste = abschnitt.getByRole('table', { name: 'Bedarfe ohne erprobte Lösung (neueste zuerst)' });
    const zeile = liste.getByRole('row').filter({ has: transfer.seite.getByRole('rowheader', { name: titel }) });
    await zeile.waitFor();
    const zellen = (await zeile.getByRole('cell').allTextContents()).map((x) => x.trim());
    expect(zellen).toContain('Gießen, Universitätsstadt');
    expect(zellen.some((z) => /mögliche|schwache|kein Treffer/.test(z)), zellen.join(' | ')).toBe(true);
    expect(await abschnitt.getByTestId('ungedeckt-anzahl').textContent()).toMatch(/ohne erprobte Lösung/);
    await expectPageToBeAccessible(transfer.seite);
    expect(transfer.probleme).toEqual([]);
    await transfer.kontext.close();
  });

  it('erfasst einen Bedarf mit 1.500 Zeichen Beschreibung und zeigt Vorschläge mit Gründen', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED_GIESSEN, DEMO_PASSWORT);
    const s = await new BedarfeSeite(seite).oeffnen();
    const text = beschreibung(1500);
    expect(text.length).toBe(1500);
    const titel = `Lange Wartezeiten im Bürgerbüro ${eindeutig()}`;
    await s.titelFeld.fill(titel);
    await s.beschreibung.fill(text);
    expect(await s.beschreibung.inputValue()).toBe(text);
    await s.formular.getByRole('radio', { name: /^Hoch/ }).check();
    await expectPageToBeAccessible(seite);
    await s.formular.getByRole('button', { name: 'Bedarf erfassen' }).click();
    await seite.getByText('Der Bedarf wurde erfasst.').waitFor();
    const zeile = s.zeile(titel);
    await zeile.waitFor();

    // Detail: the whole text is kept; the matcher reads it and proposes appointment booking with reasons.
    await zeile.getByRole('link', { name: titel }).click();
    const d = await new BedarfDetailSeite(seite).erwarteGeladen(titel);
    await seite.getByText(SAETZE[0], { exact: false }).first().waitFor();
    const vorschlaege = await d.vorschlaegeDerSuche();
    const titelListe = (await vorschlaege.getByRole('link').allTextContents()).slice(0, 10).join(' | ');
    expect(titelListe, titelListe).toMatch(/Termin/);
    await vorschlaege.first().getByText('Warum vorgeschlagen?').click();
    const gruende = vorschlaege.first().locator('details[open] li');
    await gruende.first().waitFor();
    // Issue 10, item 2: each reason from the long text names the sentence it came from.
    const aus = (await gruende.allTextContents()).filter((g) => g.includes('(aus dem Satz „'));
    expect(aus.length).toBeGreaterThan(0);
    expect(aus.some((g) => SAETZE.some((satz) => g.includes(`„${satz}“`))), aus.join(' | ')).toBe(true);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
