import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext } from 'playwright-core';
import { neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { BasisSeite } from '../pages/BasisSeite.ts';
import { ErgebnisSeite, ErhebungenUebersichtSeite, FragebogenSeite, LERNENDE_ORGANISATION } from '../pages/erhebung-seiten.ts';

const DEMO_PASSWORT = process.env.LOTSE_DEMO_PASSWORT ?? ''; // set by scripts/e2e.mjs
const MITGLIED = 'mitarbeit@giessen.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function gespeicherteAntworten(kontext: BrowserContext, rundeId: string): Promise<Record<string, unknown>> {
  const res = await kontext.request.get(`/api/erhebungen/${rundeId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { antworten?: Record<string, unknown> }).antworten ?? {};
}

/** Waits until the server holds `anzahl` answers of the round (autosave is debounced). */
async function warteAufGespeichert(kontext: BrowserContext, rundeId: string, anzahl: number) {
  const ende = Date.now() + 20_000;
  let n = -1;
  while (Date.now() < ende) {
    n = Object.keys(await gespeicherteAntworten(kontext, rundeId)).length;
    if (n === anzahl) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Erwartet ${anzahl} gespeicherte Antworten, auf dem Server sind ${n}.`);
}

describe('Selbstcheck „Lernende Organisation“ allein und nur mit der Tastatur', () => {
  it('ausfüllen, unterbrechen, fortsetzen, abschließen; Ergebnis mit Radar, Vergleich, Lücken → Bedarf, PDF und CSV', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED, DEMO_PASSWORT);

    // ---- Übersicht: starten (Tastatur: Fokus auf den Knopf, Enter) ----
    const uebersicht = await new ErhebungenUebersichtSeite(seite).oeffnen();
    expect(await seite.title()).toBe('Selbstchecks – Lotse');
    await expectPageToBeAccessible(seite);
    await uebersicht.startKnopf(LERNENDE_ORGANISATION).focus();
    await seite.keyboard.press('Enter');
    await seite.waitForURL(/\/erhebungen\/[0-9a-f-]{36}$/);
    const rundeId = seite.url().split('/').pop()!;

    // ---- Ausfüllen: Schritte 1–3 nur mit der Tastatur ----
    const fb = new FragebogenSeite(seite);
    await fb.fortschrittsbalken.waitFor();
    const [, gesamt] = await fb.fortschritt();
    expect(gesamt).toBeGreaterThanOrEqual(24);
    expect(await fb.schritt()).toEqual([1, 7]);
    await expectPageToBeAccessible(seite);

    // Answer value per group: cycles 1…5 so the dimensions differ (0 arrows = value 1, 4 arrows = value 5).
    const pfeile = (_name: string, n: number) => n % 5;
    await fb.perTastaturAusfuellen({ pfeile, schlussKnopf: 'Selbstcheck abschließen', bisSchritt: 3 });
    expect(await fb.schritt()).toEqual([3, 7]);
    const [beantwortetMitte] = await fb.fortschritt();
    expect(beantwortetMitte).toBe(16); // 5 + 5 + 6 questions in the first three steps
    await fb.speicherstatus.filter({ hasText: /Alle Antworten gespeichert/ }).waitFor();
    await warteAufGespeichert(kontext, rundeId, beantwortetMitte);
    // Radio groups by keyboard: Space selected value 1, each ArrowRight one more.
    const gespeichert = await gespeicherteAntworten(kontext, rundeId);
    expect(gespeichert['mot-vorschlaege']).toBe(1);
    expect(gespeichert['mot-anerkennung']).toBe(2);
    expect(gespeichert['kom-faehigkeiten']).toBe(1); // 11th group: 10 % 5 = 0 arrows

    // ---- Unterbrechen und später fortsetzen ----
    await new BasisSeite(seite).aufrufen('/erhebungen');
    const fortsetzen = uebersicht.fortsetzenLink(rundeId);
    await fortsetzen.waitFor();
    expect(await fortsetzen.textContent()).toContain('Fortsetzen');
    await fortsetzen.focus();
    await seite.keyboard.press('Enter');
    await seite.waitForURL(new RegExp(`/erhebungen/${rundeId}$`));
    await fb.fortschrittsbalken.waitFor();
    expect(await fb.fortschritt()).toEqual([beantwortetMitte, gesamt]);
    expect(await seite.locator('input[name="frage-mot-anerkennung"]:checked').getAttribute('id')).toBe('frage-mot-anerkennung-1');

    // The rest, again by keyboard only – answered steps are passed with Tab and Enter on „Weiter“.
    await fb.perTastaturAusfuellen({ pfeile, schlussKnopf: 'Selbstcheck abschließen', freitext: 'Mehr Zeit für Austausch zwischen den Ämtern.' });
    expect(await fb.schritt()).toEqual([7, 7]);
    expect(await fb.fortschritt()).toEqual([gesamt, gesamt]);
    await expectPageToBeAccessible(seite);
    await seite.keyboard.press('Enter');

    // ---- Ergebnis ----
    await seite.waitForURL(new RegExp(`/erhebungen/${rundeId}/ergebnis$`), { timeout: 30_000 });
    const ergebnis = new ErgebnisSeite(seite);
    await ergebnis.geladen();
    expect(await ergebnis.ueberschrift.textContent()).toContain(LERNENDE_ORGANISATION);
    await ergebnis.abschnitt('Wo Sie ansetzen können').waitFor();

    // Radar chart of the dimensions with its data table.
    const radarTitel = 'Ihre Werte je Bereich (0 bis 100 Punkte)';
    await ergebnis.diagramm(radarTitel).waitFor();
    const radarTabelle = await ergebnis.diagrammTabelle(radarTitel);
    const radarZeilen = radarTabelle.locator('tbody tr');
    expect(await radarZeilen.count()).toBeGreaterThanOrEqual(5);
    expect(await radarTabelle.getByRole('rowheader', { name: 'Führung', exact: true }).count()).toBe(1);
    for (const zelle of await radarTabelle.locator('tbody td').allTextContents()) expect(zelle).toMatch(/^\d+(,\d)? Punkte$/);

    // Peer comparison: only published score ranges with at least 5 other Kommunen each (demo: 14 peers),
    // the own range as a stacked bar chart with its table; no percentile, no median, no single values.
    const vergleich = ergebnis.abschnitt('Vergleich mit Kommunen Ihrer Größenklasse');
    expect(await vergleich.textContent()).toMatch(/Größenklasse \d/);
    expect(await vergleich.textContent()).toMatch(/mindestens 5 Kommunen/);
    await ergebnis.diagramm('Vergleichsgruppe unter, in und über Ihrem Punktebereich').waitFor();
    const position = seite.getByRole('table', { name: 'Ihre Position in der Vergleichsgruppe' });
    const positionsZeilen = await position.locator('tbody tr').allTextContents();
    expect(positionsZeilen.some((z) => /\d+–\d+ Punkte/.test(z))).toBe(true);
    for (const z of positionsZeilen) {
      for (const m of z.matchAll(/\d+–\d+ Punkte: (\d+) Kommunen/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(5);
      expect(z).not.toMatch(/besser als|Median/);
    }

    // Gaps: the weakest dimensions with a prepared need and solutions.
    const luecken = await ergebnis.lueckenTitel();
    expect(luecken.length).toBeGreaterThanOrEqual(2);
    expect(luecken.length).toBeLessThanOrEqual(3);
    expect(await ergebnis.abschnitt('Wo Sie ansetzen können').getByRole('heading', { name: 'Erprobte Lösungen' }).count()).toBe(luecken.length);
    // Each gap names its curated search concepts (questionnaire data, decision 0126) and either lists only well-fitting
    // solutions or says plainly that none exists yet.
    const lueckenAbschnitt = ergebnis.abschnitt('Wo Sie ansetzen können');
    expect(await lueckenAbschnitt.getByText(/^Gesucht nach: /).count()).toBe(luecken.length);
    const ohne = await lueckenAbschnitt.getByText('Für diesen Bereich gibt es im Katalog noch keine erprobte Lösung.').count();
    expect(ohne + (await lueckenAbschnitt.locator('.lotse-luecke').filter({ has: seite.locator('a[href^="/loesungen/"]') }).count())).toBe(luecken.length);
    await expectPageToBeAccessible(seite);

    // One click (here: Enter on the focused button) files the need.
    const dimension = luecken[0];
    const anlegen = seite.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/bedarfe');
    await ergebnis.bedarfAnlegenKnopf(dimension).focus();
    await seite.keyboard.press('Enter');
    expect((await anlegen).status()).toBe(201);
    const meldung = seite.getByRole('status').filter({ hasText: 'Der Bedarf ist angelegt' });
    await meldung.waitFor();
    const bedarfHref = await meldung.getByRole('link', { name: 'Bedarf ansehen' }).getAttribute('href');
    expect(bedarfHref).toMatch(/^\/bedarfe\/[0-9a-f-]{36}$/);
    expect(await ergebnis.bedarfAnlegenKnopf(dimension).count()).toBe(0);

    // PDF (real download through the link) and CSV.
    const [download] = await Promise.all([seite.waitForEvent('download'), ergebnis.pdfLink.click()]);
    const pdfPfad = await download.path();
    const pdf = fs.readFileSync(pdfPfad!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    const csvHref = await ergebnis.csvLink.getAttribute('href');
    const csvRes = await kontext.request.get(csvHref!);
    expect(csvRes.status()).toBe(200);
    expect(csvRes.headers()['content-type']).toMatch(/^text\/csv/);
    const zeilen = parse(await csvRes.text(), { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
    expect(zeilen[0]).toContain('Frage-ID');
    expect(zeilen[0]).toContain('Antwort');
    const idSpalte = zeilen[0].indexOf('Frage-ID');
    const antwortSpalte = zeilen[0].indexOf('Antwort');
    const anerkennung = zeilen.find((z) => z[idSpalte] === 'mot-anerkennung');
    expect(anerkennung?.[antwortSpalte]).toMatch(/^2 – /);
    expect(zeilen.length - 1).toBeGreaterThanOrEqual(gesamt - 1);

    // ---- The need is listed under /bedarfe ----
    const bedarfe = await new BasisSeite(seite).aufrufen('/bedarfe');
    const eintrag = seite.locator(`main a[href="${bedarfHref}"]`);
    await eintrag.waitFor();
    expect(await eintrag.textContent()).toContain(dimension);
    await expectPageToBeAccessible(bedarfe.page);

    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
