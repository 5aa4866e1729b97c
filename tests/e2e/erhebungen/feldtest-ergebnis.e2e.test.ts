/**
 * Issue 9 (Feldtest), Punkte 5, 6, 7 und 16 im Browser: Studiensätze nur zur gegebenen Antwort, Bedarfsentwurf in
 * ganzen Sätzen, neuer Team-Link und Zählung in richtiger Grammatik, getaggter PDF-Bericht.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { ErgebnisSeite, FragebogenSeite } from '../pages/erhebung-seiten.ts';

const DEMO_PASSWORT = process.env.LOTSE_DEMO_PASSWORT ?? ''; // set by scripts/e2e.mjs
const ADMIN = 'admin@giessen.example';
const GIESSEN = '065310005005'; // Stadt der Größenklasse 4 (Tabelle 6 der Studie)

interface Item { id: string; typ: string; text: string; optionen?: { wert: string }[]; min?: number }
interface Fragebogen { abschnitte: { items: Item[] }[] }

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A closed round with simple answers (first option, "1" on every agreement scale) plus the given overrides. */
async function abgeschlosseneRunde(kontext: BrowserContext, fragebogenId: string, ueber: Record<string, unknown>) {
  const fb = (await apiAufruf(kontext, 'GET', `/api/frageboegen/${fragebogenId}`)).body as Fragebogen;
  const antworten: Record<string, unknown> = {};
  for (const i of fb.abschnitte.flatMap((a) => a.items)) {
    if (i.typ === 'zustimmung5') antworten[i.id] = 1;
    else if (i.typ === 'einfach') antworten[i.id] = i.optionen![0].wert;
    else if (i.typ === 'mehrfach') antworten[i.id] = [i.optionen![0].wert];
    else if (i.typ === 'zahl') antworten[i.id] = i.min ?? 0;
  }
  Object.assign(antworten, ueber);
  const r = await apiAufruf(kontext, 'POST', `/api/kommunen/${GIESSEN}/erhebungen`, { fragebogenId });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const id = r.body.id as string;
  const csrf = (await kontext.cookies()).find((c) => c.name === 'lotse_csrf')!.value;
  const put = await kontext.request.fetch(`/api/erhebungen/${id}/antworten`, { method: 'PUT', headers: { 'x-csrf-token': csrf }, data: { antworten } });
  expect(put.status(), await put.text()).toBe(200);
  const zu = await apiAufruf(kontext, 'POST', `/api/erhebungen/${id}/abschliessen`, {});
  expect(zu.status, JSON.stringify(zu.body)).toBe(200);
  return { id, fb };
}

describe('Ergebnis nach dem Feldtest', () => {
  it('Punkt 5: Open Data „in hohem Maße“ wird nicht mit der Bestandsaufnahme verglichen; Grundgesamtheit und Fragen ohne Wert stehen dabei', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, ADMIN, DEMO_PASSWORT);
    const { id, fb } = await abgeschlosseneRunde(kontext, 'digitale-kommune', {
      'strategie-status': 'ja', 'binnen-open-data': 'hoch', 'binnen-datenbestand': 'mittel', 'strategie-handlungsfelder': ['infrastruktur'],
    });
    const ergebnis = await new ErgebnisSeite(seite).oeffnen(id);
    await ergebnis.geladen();
    const studie = ergebnis.abschnitt('Einordnung in die Studie „Digitale Kommune“');
    const text = (await studie.textContent()) ?? '';
    // Before the fix: "In Ihrer Größenklasse nutzten 26 % in hohem Maße: systematische Bestandsaufnahme …" under Open Data.
    expect(text).not.toMatch(/in hohem Maße: systematische Bestandsaufnahme/);
    expect(text).not.toContain('..');
    const openData = fb.abschnitte.flatMap((a) => a.items).find((i) => i.id === 'binnen-open-data')!;
    expect(await studie.getByTestId('studie-ohne-wert').textContent()).toContain(openData.text);
    expect(text).toContain('Unter den befragten Kommunen mit Digitalisierungsstrategie nannten 26 % „digitale Infrastruktur“');
    expect(text).toContain('In Ihrer Größenklasse hatten 10 % eine Digitalisierungsstrategie, 65 % entwickelten eine, 26 % hatten keine.');
    expect(text).toMatch(/Tabelle 6 der Studie.*alle 412 befragten Kommunen/);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('Punkte 6 und 16: Bedarfsentwurf endet mit einem ganzen Satz; PDF getaggt, Sprache de-DE, Titel ohne doppelten „Selbstcheck“', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, ADMIN, DEMO_PASSWORT);
    const { id } = await abgeschlosseneRunde(kontext, 'lernende-organisation', {});
    const ergebnis = await new ErgebnisSeite(seite).oeffnen(id);
    await ergebnis.geladen();
    const anzahl = await seite.locator('main textarea').count();
    expect(anzahl).toBeGreaterThan(0);
    for (let i = 0; i < anzahl; i++) {
      const wert = await seite.locator('main textarea').nth(i).inputValue();
      const letzterAbsatz = wert.split('\n\n').at(-1)!;
      expect(letzterAbsatz, letzterAbsatz).toMatch(/\.$/);
      expect(letzterAbsatz.split(/(?<=\.)\s+/).some((s) => /^Ob\s/.test(s)), letzterAbsatz).toBe(false);
      expect(wert).not.toMatch(/Selbstcheck.*Selbstcheck/);
    }

    const [download] = await Promise.all([seite.waitForEvent('download'), ergebnis.pdfLink.click()]);
    const pdf = Buffer.from(await (await import('node:fs/promises')).readFile((await download.path())!)).toString('latin1');
    expect(pdf).toMatch(/\/Marked true/);
    expect(pdf).toMatch(/\/Lang \(de-DE\)/);
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(pdf).toMatch(/\/S \/Figure\s*\/Alt \(/);
    expect(pdf).toMatch(/\/DisplayDocTitle true/);
    // Title as UTF-16BE: "Selbstcheck „Lernende Organisation“ – …" (before: "Selbstcheck „Lernende Organisation – Selbstcheck“").
    const utf16 = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('latin1');
    expect(pdf).toContain(utf16('Selbstcheck „Lernende Organisation“ – '));
    expect(pdf).not.toContain(utf16('Organisation – Selbstcheck“'));
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('Punkt 7: nach dem Neuladen erzeugt die Admin einen neuen Link, der alte gilt nicht mehr; „Bisher hat 1 Person geantwortet“', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, ADMIN, DEMO_PASSWORT);
    const bis = new Date(Date.now() + 7 * 864e5).toISOString();
    const r = await apiAufruf(kontext, 'POST', `/api/kommunen/${GIESSEN}/erhebungen/team`, { fragebogenId: 'lernende-organisation', schliesstAm: bis });
    expect(r.status).toBe(201);
    const { id, teamLink: alterLink } = r.body as { id: string; teamLink: string };

    const ergebnis = await new ErgebnisSeite(seite).oeffnen(id);
    await ergebnis.geladen();
    expect(await seite.locator('main').textContent()).toContain('Bisher hat noch niemand geantwortet.');

    // One person answers through the old link (fresh browser, no account).
    const person = await neueSitzung(browser);
    await apiAufruf(person.kontext, 'GET', '/api/health');
    const csrf = (await person.kontext.cookies()).find((c) => c.name === 'lotse_csrf')!.value;
    const ab = await person.kontext.request.fetch(`/api${alterLink}/abschicken`, { method: 'POST', headers: { 'x-csrf-token': csrf }, data: { antworten: { rolle: 'beschaeftigte' } } });
    expect(ab.status(), await ab.text()).toBe(200);

    await seite.reload();
    await ergebnis.geladen();
    expect(await seite.locator('main').textContent()).toContain('Bisher hat 1 Person geantwortet.');
    await seite.getByRole('button', { name: 'Neuen Link erzeugen' }).click();
    await seite.getByText('Der neue Link gilt ab sofort; der bisherige Link gilt nicht mehr.').waitFor();
    const neuerLink = await seite.getByLabel('Neuer anonymer Link für Ihre Beschäftigten').inputValue();
    expect(neuerLink).toMatch(/\/team\/[A-Za-z0-9_-]{40,}$/);
    expect(new URL(neuerLink).pathname).not.toBe(alterLink);
    await expectPageToBeAccessible(seite);

    await person.seite.goto(alterLink);
    await person.seite.getByText('Dieser Link ist ungültig oder die Befragung existiert nicht mehr.').first().waitFor();
    const zweite = await neueSitzung(browser);
    await zweite.seite.goto(new URL(neuerLink).pathname);
    await new FragebogenSeite(zweite.seite).fortschrittsbalken.waitFor();
    expect(await zweite.seite.locator('main').textContent()).toContain('Ihre Antworten sind anonym');
    expect(probleme).toEqual([]);
    await zweite.kontext.close();
    await person.kontext.close();
    await kontext.close();
  });
});
