import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASIS_URL, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { ErgebnisSeite, ErhebungenUebersichtSeite, FragebogenSeite } from '../pages/erhebung-seiten.ts';

const DEMO_PASSWORT = process.env.LOTSE_DEMO_PASSWORT ?? ''; // set by scripts/e2e.mjs
const ADMIN = 'admin@giessen.example';
const FUEHRUNGSKRAFT = 'Führungskraft';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function inTagen(n: number): string {
  const d = new Date(Date.now() + n * 24 * 3600 * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** One person answers through the anonymous link in a fresh browser context (no account), with the mouse. */
async function antwortetImBrowser(pfad: string, nr: number, pruefeAxe = false) {
  const { kontext, seite, probleme } = await neueSitzung(browser);
  await seite.goto(pfad);
  const fb = new FragebogenSeite(seite);
  await fb.fortschrittsbalken.waitFor();
  expect(await fb.istAngemeldet()).toBe(false);
  expect(await seite.locator('main').textContent()).toContain('Ihre Antworten sind anonym');
  // Honest about the limits: one answer per browser is all Lotse can enforce.
  expect(await seite.locator('main').textContent()).toContain('Aus einem anderen Browser oder einem privaten Fenster ist eine weitere Antwort möglich');
  if (pruefeAxe) await expectPageToBeAccessible(seite);
  // Different people, different answers: option nr (0–4) everywhere, role "Führungskraft".
  await fb.allesMitMausBeantworten({ rolle: FUEHRUNGSKRAFT }, '25', nr % 5);
  const abschicken = seite.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/abschicken'));
  await seite.getByRole('button', { name: 'Antworten abschicken' }).click();
  expect((await abschicken).status()).toBe(200);
  await seite.getByText('Vielen Dank! Ihre Antworten sind angekommen.').waitFor();
  if (pruefeAxe) await expectPageToBeAccessible(seite);
  expect(probleme).toEqual([]);
  return kontext;
}

describe('Team-Befragung über den anonymen Link', () => {
  it('Admin öffnet die Runde, 5 Browser antworten anonym, der 6. aus einem Browser wird abgewiesen; kein Zwischenstand, nach dem Beenden Verteilung und Rollenvergleich', async () => {
    const admin = await neueSitzung(browser);
    await meldeAnUeberApi(admin.kontext, ADMIN, DEMO_PASSWORT);

    // ---- Admin opens a team round; the link is shown once ----
    const uebersicht = await new ErhebungenUebersichtSeite(admin.seite).oeffnen();
    await expectPageToBeAccessible(admin.seite);
    const { rundeId, link } = await uebersicht.teamOeffnen('lernende-organisation', inTagen(14));
    expect(link).toMatch(new RegExp(`^${BASIS_URL.replace(/[.:/]/g, '\\$&')}/team/[A-Za-z0-9_-]+$`));
    const pfad = new URL(link).pathname;
    const token = pfad.split('/').pop()!;
    await admin.seite.getByRole('status').filter({ hasText: 'Die Team-Befragung ist geöffnet.' }).waitFor();
    await expectPageToBeAccessible(admin.seite);
    await uebersicht.oeffnen();
    expect(await admin.seite.getByLabel('Anonymer Link für Ihre Beschäftigten').count()).toBe(0);
    expect(await admin.seite.locator('main').textContent()).not.toContain(token);
    const rundeZeile = admin.seite.getByRole('row').filter({ has: admin.seite.locator(`a[href="/erhebungen/${rundeId}/ergebnis"]`) });
    expect(await rundeZeile.textContent()).toMatch(/Team-Befragung.*0 Antworten, offen bis/);

    // ---- 4 answers: no result while the round is running ----
    const antwortende = [];
    for (let i = 0; i < 4; i++) antwortende.push(await antwortetImBrowser(pfad, i, i === 0));
    const ergebnis = new ErgebnisSeite(admin.seite);
    await ergebnis.oeffnen(rundeId);
    await ergebnis.geladen();
    expect(await admin.seite.locator('main').textContent()).toContain('Die Befragung läuft noch');
    expect(await admin.seite.locator('main').textContent()).toContain('Bisher haben 4 Personen geantwortet.');
    expect(await admin.seite.getByRole('table', { name: 'Verteilung der Einschätzungen je Bereich' }).count()).toBe(0);
    await expectPageToBeAccessible(admin.seite);

    // ---- the 5th answer: still no interim result (n vs. n + 1 would reveal the new answer) ----
    antwortende.push(await antwortetImBrowser(pfad, 4));
    await ergebnis.oeffnen(rundeId);
    await ergebnis.geladen();
    await admin.seite.getByText('Bisher haben 5 Personen geantwortet.', { exact: false }).waitFor();
    expect(await admin.seite.locator('main').textContent()).toContain('Aus einem anderen Browser ist eine weitere Antwort möglich');
    expect(await admin.seite.getByRole('table', { name: 'Verteilung der Einschätzungen je Bereich' }).count()).toBe(0);

    // ---- a browser that already answered cannot answer again ----
    const erster = antwortende[0];
    const nochmal = await erster.newPage();
    await nochmal.goto(pfad);
    await nochmal.getByText('Vielen Dank! Ihre Antworten sind angekommen.').waitFor();
    expect(await nochmal.getByRole('button', { name: 'Antworten abschicken' }).count()).toBe(0);
    const sechste = await apiAufruf(erster, 'POST', `/api/team/${token}/abschicken`, { antworten: { 'mot-sinn': 5 } });
    expect(sechste.status).toBe(409);
    expect(sechste.body.error.code).toBe('erhebung.bereits_abgeschickt');
    for (const k of antwortende) await k.close();

    // ---- five employees (role group "Beschäftigte") answer as well ----
    const fb = (await apiAufruf(admin.kontext, 'GET', '/api/frageboegen/lernende-organisation')).body as {
      abschnitte: { items: { id: string; typ: string }[] }[];
    };
    const zustimmung = fb.abschnitte.flatMap((a) => a.items).filter((i) => i.typ === 'zustimmung5');
    for (let i = 0; i < 5; i++) {
      const { kontext } = await neueSitzung(browser);
      const antworten = Object.fromEntries([...zustimmung.map((it, j) => [it.id, 1 + ((i + j) % 3)]), ['rolle', 'beschaeftigte']]);
      const r = await apiAufruf(kontext, 'POST', `/api/team/${token}/abschicken`, { antworten });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      await kontext.close();
    }

    // ---- the admin ends the round; only now the result appears ----
    await ergebnis.oeffnen(rundeId);
    await ergebnis.geladen();
    await admin.seite.getByText('Bisher haben 10 Personen geantwortet.', { exact: false }).waitFor();
    const beenden = admin.seite.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/erhebungen/${rundeId}/team/beenden`));
    await admin.seite.getByRole('button', { name: 'Team-Befragung jetzt beenden' }).click();
    expect((await beenden).status()).toBe(200);
    await admin.seite.getByRole('status').filter({ hasText: 'Die Team-Befragung ist beendet.' }).waitFor();
    await admin.seite.getByRole('button', { name: 'Team-Befragung jetzt beenden' }).waitFor({ state: 'detached' });

    const team = ergebnis.abschnitt('Meinungen im Team');
    await team.waitFor();
    expect(await team.textContent()).toContain('Es haben 10 Personen geantwortet.');
    const verteilung = admin.seite.getByRole('table', { name: 'Verteilung der Einschätzungen je Bereich' });
    expect(await verteilung.locator('tbody tr').count()).toBe(6);
    expect(await verteilung.locator('thead th').allTextContents()).toEqual(['Bereich', 'Mittelwert', 'Personen je Punktebereich']);
    const zeileFuehrung = verteilung.getByRole('row').filter({ has: admin.seite.getByRole('rowheader', { name: 'Führung', exact: true }) });
    const bereiche = (await zeileFuehrung.locator('td').nth(1).textContent()) ?? '';
    const anzahlen = [...bereiche.matchAll(/(\d+)–(\d+) Punkte: (\d+) Personen/g)];
    expect(anzahlen.length).toBeGreaterThanOrEqual(1);
    expect(anzahlen[0][1]).toBe('0');
    expect(anzahlen.at(-1)![2]).toBe('100');
    for (const m of anzahlen) expect(Number(m[3])).toBeGreaterThanOrEqual(5);
    expect(anzahlen.reduce((s, m) => s + Number(m[3]), 0)).toBe(10);
    expect(await team.textContent()).not.toMatch(/niedrigster Wert|höchster Wert|Viertel/);

    const rollenTitel = 'Führungskräfte und Beschäftigte im Vergleich (Mittelwerte)';
    await ergebnis.diagramm(rollenTitel).waitFor();
    const rollen = await ergebnis.diagrammTabelle(rollenTitel);
    const kopf = await rollen.locator('thead th').allTextContents();
    expect(kopf).toEqual(['Bereich', 'Führungskräfte', 'Beschäftigte', 'Unterschied (Führung minus Beschäftigte)']);
    expect(await rollen.locator('tbody tr').count()).toBe(6);
    await expectPageToBeAccessible(admin.seite);

    // Afterwards the link accepts no answers.
    const spaet = await neueSitzung(browser);
    await spaet.seite.goto(pfad);
    await spaet.seite.getByText('Diese Befragung ist beendet. Antworten sind nicht mehr möglich.').waitFor();
    expect(await spaet.seite.getByRole('progressbar').count()).toBe(0);
    await expectPageToBeAccessible(spaet.seite);
    await spaet.kontext.close();

    await uebersicht.oeffnen();
    const zeile = admin.seite.getByRole('row').filter({ has: admin.seite.locator(`a[href="/erhebungen/${rundeId}/ergebnis"]`) });
    expect(await zeile.textContent()).toContain('10 Antworten, beendet');

    expect(admin.probleme).toEqual([]);
    await admin.kontext.close();
  }, 240_000);
});
