import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { DEMO_PASSWORT } from '../helpers/browser.ts';
import { neueSitzung, starteBrowser, type Sitzung } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BasisSeite } from '../pages/BasisSeite.ts';
import { eindeutig, ImportSeite, KatalogSeite, NachfrageSeite, ThesaurusSeite } from '../pages/transfer-seiten.ts';

const TRANSFERSTELLE = 'transfer@lotse.example';

let browser: Browser;
let sitzung: Sitzung;
beforeAll(async () => {
  browser = await starteBrowser();
  sitzung = await neueSitzung(browser);
  await meldeAnUeberApi(sitzung.kontext, TRANSFERSTELLE, DEMO_PASSWORT);
});
afterAll(async () => {
  await browser?.close();
});

describe('Transferstelle', () => {
  it('Nachfrage: Diagramme mit ihren Datentabellen, Kennzahlen und Listen', async () => {
    const s = await new NachfrageSeite(sitzung.seite).oeffnen();
    expect((await s.ueberschrift.textContent())?.trim()).toBe('Nachfrage nach Lösungen');
    const kennzahlen = (await sitzung.seite.locator('section[aria-labelledby="nachfrage-kennzahlen"] dl').textContent()) ?? '';
    expect(kennzahlen).toMatch(/Bedarfe insgesamt\s*\d+/);

    const diagramme = [
      'Bedarfe ohne passenden Treffer je Handlungsfeld',
      'Vorschläge und Nutzungen der meistgefragten Lösungen (höchstens zehn)',
      'Bedarfe je Land',
    ];
    for (const titel of diagramme) {
      const flaeche = s.diagramm(titel);
      await flaeche.locator('canvas').first().waitFor();
      const tabelle = await s.datentabelle(titel);
      expect(await tabelle.getByRole('columnheader').count()).toBeGreaterThan(1);
      expect(await tabelle.getByRole('rowheader').count()).toBeGreaterThan(0);
    }
    // Hessen (demo needs of Gießen and Marburg) is in the table per Land.
    const land = await s.datentabelle('Bedarfe je Land');
    await land.getByRole('rowheader', { name: 'Hessen' }).waitFor();
    // Every chart on the page has a data table with the same title.
    const alle = sitzung.seite.getByRole('img', { name: /^Diagramm: / });
    expect(await alle.count()).toBeGreaterThanOrEqual(diagramme.length);
    await sitzung.seite.getByRole('table', { name: 'Meistgefragte Lösungen mit Vorschlägen, Umsetzungen und Nutzungen' }).waitFor();
    await expectPageToBeAccessible(sitzung.seite);
    expect(sitzung.probleme).toEqual([]);
  });

  it('Thesaurus: legt eine Begriffsgruppe an, die Katalogsuche nutzt sie; bearbeiten und löschen', async () => {
    const seite = sitzung.seite;
    const wort = `Quxfobel${eindeutig(8)}`;
    const katalog = new KatalogSeite(seite);

    // Before: the made-up everyday word finds nothing.
    await katalog.oeffnen(`q=${encodeURIComponent(wort)}`);
    expect(await katalog.anzahl()).toBe(0);

    const t = await new ThesaurusSeite(seite).oeffnen();
    expect((await t.ueberschrift.textContent())?.trim()).toBe('Thesaurus des Matchings');
    await t.tabelle.waitFor();
    await expectPageToBeAccessible(seite);
    // Terms that already belong to another group are refused (issue 9, item 12): phrases no group has yet.
    await t.ausfuellen(t.neuFormular, { begriff: wort, synonyme: ['Anhörung im Bußgeldverfahren'], hinweis: 'E2E-Test: ausgedachtes Alltagswort' });
    await t.neuFormular.getByRole('button', { name: 'Begriffsgruppe anlegen' }).click();
    await t.meldung.getByText(`Die Begriffsgruppe „${wort}“ wurde gespeichert.`).waitFor();

    // Listed (search in the thesaurus).
    await t.oeffnen(wort);
    const zeile = t.zeile(wort);
    await zeile.waitFor();
    expect(await zeile.textContent()).toContain('Bußgeld');
    await expectPageToBeAccessible(seite);

    // The catalogue search now understands the word.
    await katalog.oeffnen(`q=${encodeURIComponent(wort)}`);
    expect(await katalog.anzahl()).toBeGreaterThan(0);
    const titel = await katalog.titel();
    expect(titel[0], titel.join(' | ')).toMatch(/Bußgeld/);
    await katalog.karten.first().getByText('Warum passt das?').click();
    expect((await katalog.karten.first().locator('details[open] li').allTextContents()).join(' ')).toMatch(/Synonym/);

    // Edit: the word now means "Sperrmüll".
    await t.oeffnen(wort);
    await t.zeile(wort).getByRole('button', { name: `„${wort}“ bearbeiten` }).click();
    const bearbeiten = t.bearbeitenFormular(wort);
    await bearbeiten.waitFor();
    expect(await seite.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expectPageToBeAccessible(seite);
    await t.ausfuellen(bearbeiten, { synonyme: ['Sperrmüll anmelden'] });
    await bearbeiten.getByRole('button', { name: 'Speichern' }).click();
    await t.meldung.getByText(`Die Begriffsgruppe „${wort}“ wurde gespeichert.`).waitFor();
    await t.zeile(wort).getByText('Sperrmüll').waitFor();
    expect(await t.zeile(wort).textContent()).not.toContain('Bußgeld');

    await katalog.oeffnen(`q=${encodeURIComponent(wort)}`);
    const nachher = await katalog.titel();
    expect(nachher.length).toBeGreaterThan(0);
    expect(nachher[0], nachher.join(' | ')).toMatch(/Sperrmüll/);
    expect(nachher.some((x) => /Bußgeld/.test(x)), nachher.join(' | ')).toBe(false);

    // Delete (confirm dialog): the word finds nothing again.
    await t.oeffnen(wort);
    seite.once('dialog', (d) => void d.accept());
    await t.zeile(wort).getByRole('button', { name: `„${wort}“ löschen` }).click();
    await t.meldung.getByText(`Die Begriffsgruppe „${wort}“ wurde gelöscht.`).waitFor();
    await seite.getByText('Kein Eintrag passt zu Ihrer Suche.').waitFor();
    await expectPageToBeAccessible(seite);
    await katalog.oeffnen(`q=${encodeURIComponent(wort)}`);
    expect(await katalog.anzahl()).toBe(0);
    expect(sitzung.probleme).toEqual([]);
  });

  it('Import: zwei Zeilen mit Fortschrittsanzeige und Bericht; eine fehlerhafte Datei zeigt Fehler je Zeile und importiert nichts', async () => {
    const seite = sitzung.seite;
    const lauf = eindeutig(8);
    const wortOk = `Importwiesel${lauf}`;
    const zeilen = [
      {
        externalId: `e2e-${lauf}-1`,
        title: `Digitale Hundesteuer-Anmeldung ${wortOk}`,
        summary: 'Hunde werden online angemeldet und abgemeldet.',
        problem: 'Die Anmeldung lief über Papierformulare.',
        handlungsfeld: 'Verwaltungshandeln',
        origin: 'Gießen',
        tags: 'Hundesteuer;Online-Dienst',
        evidenceStep: 3,
      },
      {
        externalId: `e2e-${lauf}-2`,
        title: `Leihfahrräder für die Verwaltung ${wortOk}`,
        summary: 'Dienstfahrräder statt Dienstwagen für kurze Wege.',
        problem: 'Viele kurze Dienstfahrten mit dem Auto.',
        handlungsfeld: 'Verkehr & Mobilität',
        origin: 'Eine Kommune, die es nicht gibt',
      },
    ];
    const imp = await new ImportSeite(seite).oeffnen();
    expect((await imp.ueberschrift.textContent())?.trim()).toBe('Lösungen importieren');
    await expectPageToBeAccessible(seite);

    // Hold the server's answer until the progress indicator has been seen, so it is checked reliably.
    let freigeben!: () => void;
    const freigegeben = new Promise<void>((r) => (freigeben = r));
    const halten = async (route: Route) => {
      const antwort = await route.fetch();
      await freigegeben;
      await route.fulfill({ response: antwort });
    };
    await seite.route('**/api/loesungen/import', halten);
    await imp.dateiWaehlen('zwei-loesungen.json', zeilen);
    await imp.knopf.click();
    const fortschritt = seite.getByRole('progressbar', { name: 'Datei wird übertragen' });
    await fortschritt.waitFor();
    expect(await imp.knopf.isDisabled()).toBe(true);
    await expectPageToBeAccessible(seite);
    freigeben();
    const bericht = seite.locator('main .kern-alert').filter({ hasText: 'Import abgeschlossen' });
    await bericht.getByText('2 Lösungen: 2 neu, 0 aktualisiert, 0 unverändert.').waitFor();
    await fortschritt.waitFor({ state: 'detached' });
    await seite.unroute('**/api/loesungen/import', halten);
    // The origin that is not in the directory is reported.
    const offen = seite.getByRole('table', { name: 'Nicht aufgelöste Herkunftsangaben' });
    await offen.getByRole('cell', { name: `e2e-${lauf}-2` }).waitFor();
    expect(await offen.getByRole('cell', { name: `e2e-${lauf}-1` }).count()).toBe(0);
    await expectPageToBeAccessible(seite);

    // The imported solutions are in the public catalogue (and found by the search).
    const katalog = await new KatalogSeite(seite).oeffnen(`q=${encodeURIComponent(wortOk)}`);
    expect(await katalog.anzahl()).toBe(2);

    // Invalid file: row 2 lacks the title, row 3 has an invalid step and Handlungsfeld – nothing is imported.
    const wortFehler = `Fehlerwiesel${lauf}`;
    const fehlerhaft = [
      { externalId: `e2e-${lauf}-3`, title: `Gültige Zeile ${wortFehler}`, summary: 'Eine gültige Zeile.', problem: 'Ein Problem.' },
      { externalId: `e2e-${lauf}-4`, summary: 'Ohne Titel.', problem: 'Ein Problem.' },
      { externalId: `e2e-${lauf}-5`, title: `Falsche Stufe ${wortFehler}`, summary: 'S.', problem: 'P.', evidenceStep: 9, handlungsfeld: 'Raumfahrt' },
    ];
    await imp.oeffnen();
    await imp.dateiWaehlen('fehlerhaft.json', fehlerhaft);
    await imp.knopf.click();
    const fehler = seite.locator('main .kern-alert').filter({ hasText: 'Es wurde nichts importiert' });
    await fehler.waitFor();
    const meldungen = (await fehler.getByRole('listitem').allTextContents()).map((x) => x.trim());
    expect(meldungen.some((m) => /^Zeile 2: Feld „Titel“ \(Spalte title\)/.test(m)), meldungen.join('\n')).toBe(true);
    expect(meldungen.some((m) => /^Zeile 3: Feld „Stufe der Wirkungstreppe“ \(Spalte evidenceStep\)/.test(m)), meldungen.join('\n')).toBe(true);
    expect(meldungen.some((m) => /^Zeile 3: Feld „Handlungsfeld“ \(Spalte handlungsfeld\)/.test(m)), meldungen.join('\n')).toBe(true);
    expect(meldungen.some((m) => /^Zeile 1\b/.test(m)), meldungen.join('\n')).toBe(false);
    expect(await seite.getByText('Import abgeschlossen').count()).toBe(0);
    await expectPageToBeAccessible(seite);
    await new KatalogSeite(seite).oeffnen(`q=${encodeURIComponent(wortFehler)}`);
    expect(await new KatalogSeite(seite).anzahl()).toBe(0);

    // A file that is not JSON/CSV is refused in the form, with the error linked to the field.
    await imp.oeffnen();
    await imp.datei.setInputFiles({ name: 'notizen.txt', mimeType: 'text/plain', buffer: Buffer.from('hallo') });
    await imp.knopf.click();
    await seite.getByText('Bitte wählen Sie eine .json- oder .csv-Datei.').first().waitFor();
    expect(await imp.datei.getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(seite);
    expect(sitzung.probleme).toEqual([]);
  });

  it('Prüfung: die Seite lädt mit eingereichten Entwürfen und Siegel-Kandidaten', async () => {
    const s = await new BasisSeite(sitzung.seite).aufrufen('/transferstelle/pruefung');
    expect((await s.ueberschrift.textContent())?.trim()).toBe('Prüfung durch die Transferstelle');
    await sitzung.seite.getByRole('heading', { level: 2, name: /^Eingereichte Entwürfe und Überarbeitungen \(\d+\)$/ }).waitFor();
    await sitzung.seite.getByRole('heading', { level: 2, name: /^Kandidaten für das Siegel „Bewährt“ \(\d+\)$/ }).waitFor();
    // Navigation shows the Transferstelle's pages.
    for (const name of ['Prüfung', 'Import', 'Thesaurus', 'Nachfrage', 'Eingang']) {
      expect(await s.hauptnavigation.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await expectPageToBeAccessible(sitzung.seite);
    const kandidat = sitzung.seite.locator('section[aria-labelledby="pruefung-kandidaten"] details').first();
    if (await kandidat.count()) {
      await kandidat.locator('summary').click();
      await kandidat.getByRole('form').waitFor();
      await expectPageToBeAccessible(sitzung.seite);
    }
    expect(sitzung.probleme).toEqual([]);
  });

  it('ohne Rolle Transferstelle: die Seiten erklären, dass sie nur für die Transferstelle sind (axe)', async () => {
    const anonym = await neueSitzung(browser);
    for (const pfad of ['/transferstelle/nachfrage', '/transferstelle/import', '/transferstelle/pruefung', '/lotse']) {
      await new BasisSeite(anonym.seite).aufrufen(pfad);
      await anonym.seite.locator('main .kern-alert').first().waitFor();
      await expectPageToBeAccessible(anonym.seite);
    }
    const t = await new ThesaurusSeite(anonym.seite).oeffnen();
    await anonym.seite.getByText('Sie können den Thesaurus ansehen. Ändern kann ihn nur die Transferstelle.').waitFor();
    expect(await t.neuFormular.count()).toBe(0);
    await expectPageToBeAccessible(anonym.seite);
    expect(anonym.probleme).toEqual([]);
    await anonym.kontext.close();
  });
});
