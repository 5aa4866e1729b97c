import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, starteBrowser } from '../helpers/browser.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { KatalogSeite } from '../pages/transfer-seiten.ts';

/** Issue 9, items 8 and 9: real descriptions as search text, results first at 1280×800 and 390×844. */

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function sitzung(breite: number, hoehe: number) {
  const kontext = await browser.newContext({ baseURL: BASIS_URL, locale: 'de-DE', viewport: { width: breite, height: hoehe } });
  const seite = await kontext.newPage();
  const probleme: string[] = [];
  seite.on('pageerror', (e) => probleme.push(`Seitenfehler: ${e.message}`));
  return { kontext, seite, probleme };
}

const SAETZE = [
  'Wer bei uns in der Stadt einen Strafzettel bekommt, muss bisher zur Stadtkasse gehen oder den Betrag umständlich überweisen.',
  'Viele Bürgerinnen und Bürger fragen am Telefon, ob man das Verwarnungsgeld nicht einfach online oder mit dem Handy bezahlen kann.',
  'Die Kolleginnen in der Bußgeldstelle tippen jede Zahlung von Hand ab und ordnen sie dem Aktenzeichen zu, das kostet viel Zeit.',
  'Wir wünschen uns eine Lösung, bei der ein Code auf dem Knöllchen direkt zu einer Bezahlseite führt und die Zahlung automatisch verbucht wird.',
  'Wichtig ist uns, dass das Verfahren barrierefrei ist, mit unserem Kassenverfahren zusammenarbeitet und den Datenschutz einhält.',
  'Gibt es Kommunen unserer Größe, die so etwas schon eingeführt haben, und wie lange hat die Einführung gedauert?',
];

/** A need described in the user's own words, `laenge` characters long (sentences repeated, cut at a word). */
function beschreibung(laenge: number): string {
  let s = '';
  for (let i = 0; s.length < laenge + 200; i++) s += (s ? ' ' : '') + SAETZE[i % SAETZE.length];
  s = s.slice(0, laenge);
  return s.slice(0, laenge - 1).replace(/\s+\S*$/, '').padEnd(laenge - 1, 'e') + '.';
}

const AUSFALL = 'Der Katalog kann gerade nicht geladen werden';

describe('Katalog: Suche mit einer echten Beschreibung (Issue 9, Punkt 8)', () => {
  it('sucht mit einer Beschreibung von 1.500 Zeichen und zeigt Ergebnisse – auch wenn die automatische Suche gerade ausgelastet ist', async () => {
    const { kontext, seite, probleme } = await sitzung(1280, 900);
    const text = beschreibung(1500);
    expect(text.length).toBe(1500);
    const k = await new KatalogSeite(seite).oeffnen();
    await k.suchen(text);
    expect(await seite.getByText(AUSFALL).count()).toBe(0);
    expect(await k.anzahl()).toBeGreaterThan(0);
    await k.ergebnisZeile.getByText('Sortiert nach Passung zu Ihrem Anliegen.').waitFor();
    await expectPageToBeAccessible(seite);

    // The matcher is saturated (503): the catalogue falls back to its plain text search, which accepts the
    // same text – no outage message.
    await seite.route('**/api/matching', (r) =>
      r.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'matching.ausgelastet', message: 'Die Suche ist gerade ausgelastet.' } }) }),
    );
    await k.oeffnen(`q=${encodeURIComponent(text)}&handlungsfeld=Verwaltungshandeln`);
    await k.ergebnisZeile.waitFor();
    expect(await seite.getByText(AUSFALL).count()).toBe(0);
    expect(await k.suchfeld.getAttribute('aria-invalid')).toBeNull();
    await seite.unroute('**/api/matching');
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('nennt bei 2.100 Zeichen die Grenze am Suchfeld statt einer Ausfallmeldung', async () => {
    const { kontext, seite, probleme } = await sitzung(1280, 900);
    const text = beschreibung(2100);
    expect(text.length).toBe(2100);

    // From an address (e.g. a shared link): the field says what is wrong; nothing is searched.
    const k = new KatalogSeite(seite);
    await k.aufrufen(`/loesungen?q=${encodeURIComponent(text)}`);
    const fehler = seite.getByText('Ihre Beschreibung ist 2.100 Zeichen lang; die Suche liest höchstens 2.000 Zeichen. Bitte kürzen Sie sie.');
    await fehler.waitFor();
    expect(await k.suchfeld.getAttribute('aria-invalid')).toBe('true');
    expect(await seite.getByText(AUSFALL).count()).toBe(0);
    expect(await seite.getByRole('alert').filter({ hasText: 'ungültig' }).count()).toBe(0);
    await expectPageToBeAccessible(seite);

    // Typed into the box: either the box stops at 2,000 characters, or submitting shows the same field error.
    await k.oeffnen();
    await k.suchfeld.fill(text);
    const laenge = (await k.suchfeld.inputValue()).length;
    await k.formular.getByRole('button', { name: 'Suchen' }).click();
    if (laenge > 2000) {
      await fehler.waitFor();
      expect(await k.suchfeld.getAttribute('aria-invalid')).toBe('true');
    } else {
      expect(laenge).toBe(2000);
      await seite.waitForURL(/q=/);
      await k.ergebnisZeile.waitFor();
    }
    expect(await seite.getByText(AUSFALL).count()).toBe(0);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});

describe('Katalog: Ergebnisse zuerst (Issue 9, Punkt 9)', () => {
  it('zeigt bei 1280×800 den ersten Treffer ohne Scrollen, die Filter neben den Ergebnissen', async () => {
    const { kontext, seite, probleme } = await sitzung(1280, 800);
    const k = await new KatalogSeite(seite).oeffnen();
    await k.karten.first().waitFor();
    expect(await seite.evaluate(() => window.scrollY)).toBe(0);
    const karte = await k.karten.first().getByRole('heading').boundingBox();
    expect(karte, 'erste Karte').not.toBeNull();
    expect(karte!.y + karte!.height, `Titel der ersten Karte endet bei ${karte!.y + karte!.height} px`).toBeLessThanOrEqual(800);
    // The filters are at hand without opening anything.
    expect(await k.handlungsfeld.isVisible()).toBe(true);
    const filter = await k.handlungsfeld.boundingBox();
    expect(filter!.y, 'Filter stehen im ersten Bildschirm').toBeLessThan(800);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('beginnt am Handy (390×844) die Ergebnisse im ersten Bildschirm; die Filter sind eingeklappt und aufklappbar', async () => {
    const { kontext, seite, probleme } = await sitzung(390, 844);
    const k = await new KatalogSeite(seite).oeffnen();
    await k.karten.first().waitFor();
    const ueberschrift = await seite.getByRole('heading', { level: 2, name: 'Ergebnisse' }).boundingBox();
    expect(ueberschrift, 'Überschrift „Ergebnisse“').not.toBeNull();
    expect(ueberschrift!.y + ueberschrift!.height, `„Ergebnisse“ endet bei ${ueberschrift!.y + ueberschrift!.height} px`).toBeLessThanOrEqual(844);
    expect(await seite.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await k.handlungsfeld.isVisible()).toBe(false);
    await expectPageToBeAccessible(seite);

    // Open the filters, filter by Handlungsfeld; the block says how many filters are active.
    const zusammenfassung = k.formular.locator('summary', { hasText: 'Filter' });
    expect(await zusammenfassung.getAttribute('aria-expanded')).toBeNull(); // native <details>, no extra ARIA
    await zusammenfassung.click();
    await k.handlungsfeld.waitFor();
    await expectPageToBeAccessible(seite);
    await k.handlungsfeld.selectOption('Bildung');
    await k.absenden();
    expect(seite.url()).toContain('handlungsfeld=Bildung');
    await k.formular.locator('summary', { hasText: 'Filter (1 aktiv)' }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
