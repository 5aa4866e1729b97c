/**
 * Issue 9, items 1–4: the questionnaire keeps its place and its answers (step in the URL, save on change,
 * flush when the page goes away, true save status after a reload, warning while a save is pending), the
 * finishing error list links to the missing questions, one invalid field does not block saving the others,
 * and the hints neither repeat "Mehrere Antworten sind möglich." nor reveal the scoring.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Dialog, Route } from 'playwright-core';
import { neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { DIGITALE_KOMMUNE, ErhebungenUebersichtSeite, FragebogenSeite, LERNENDE_ORGANISATION } from '../pages/erhebung-seiten.ts';

const DEMO_PASSWORT = process.env.LOTSE_DEMO_PASSWORT ?? ''; // set by scripts/e2e.mjs
const MITGLIED = 'mitarbeit@giessen.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function gespeichert(kontext: BrowserContext, rundeId: string): Promise<Record<string, unknown>> {
  const res = await kontext.request.get(`/api/erhebungen/${rundeId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { antworten: Record<string, unknown> }).antworten;
}

/** Polls the saved answers until `passt` holds (autosave is debounced); returns them. */
async function warteAufServer(kontext: BrowserContext, rundeId: string, passt: (a: Record<string, unknown>) => boolean) {
  const ende = Date.now() + 20_000;
  let a = await gespeichert(kontext, rundeId);
  while (!passt(a) && Date.now() < ende) {
    await new Promise((r) => setTimeout(r, 250));
    a = await gespeichert(kontext, rundeId);
  }
  expect(passt(a), JSON.stringify(a)).toBe(true);
  return a;
}

/** Signs in the demo member and starts a new round of the given questionnaire. */
async function neueRunde(titel: string) {
  const sitzung = await neueSitzung(browser);
  await meldeAnUeberApi(sitzung.kontext, MITGLIED, DEMO_PASSWORT);
  const rundeId = await (await new ErhebungenUebersichtSeite(sitzung.seite).oeffnen()).starten(titel);
  const fb = new FragebogenSeite(sitzung.seite);
  await fb.fortschrittsbalken.waitFor();
  return { ...sitzung, rundeId, fb };
}

describe('Fragebogen behält den Ort (Issue 9, Punkt 1)', () => {
  it('Neu laden mitten im Check: derselbe Schritt, die Antworten und der wahre Speicherstand; Zurück/Vor wechseln Schritte', async () => {
    const { kontext, seite, probleme, rundeId, fb } = await neueRunde(LERNENDE_ORGANISATION);
    await fb.schrittMitMausBeantworten();
    await fb.weiter();
    await fb.schrittMitMausBeantworten();
    await fb.weiter();
    expect(await fb.schritt()).toEqual([3, 7]);
    expect(new URL(seite.url()).searchParams.get('schritt')).toBe('3');
    await fb.frage('kom-faehigkeiten').getByRole('radio').nth(3).check();
    const [beantwortet, gesamt] = await fb.fortschritt();
    expect(beantwortet).toBe(11);
    await warteAufServer(kontext, rundeId, (a) => Object.keys(a).length === 11);
    await fb.speicherstatus.filter({ hasText: /Alle Antworten gespeichert/ }).waitFor();

    await seite.reload();
    await fb.fortschrittsbalken.waitFor();
    expect(await fb.schritt()).toEqual([3, 7]);
    expect(await fb.fortschritt()).toEqual([11, gesamt]);
    expect(await fb.frage('kom-faehigkeiten').getByRole('radio').nth(3).isChecked()).toBe(true);
    const status = (await fb.speicherstatus.textContent()) ?? '';
    expect(status).not.toContain('Noch keine Antworten gespeichert');
    expect(status).toMatch(/Alle Antworten gespeichert \(\d\d:\d\d Uhr\)/);
    await expectPageToBeAccessible(seite);

    // Back and Forward move between the steps of the check.
    await seite.goBack();
    await seite.locator('main .kern-preline', { hasText: 'Schritt 2 von 7' }).waitFor();
    await seite.goBack();
    await seite.locator('main .kern-preline', { hasText: 'Schritt 1 von 7' }).waitFor();
    expect(new URL(seite.url()).pathname).toBe(`/erhebungen/${rundeId}`);
    await seite.goForward();
    await seite.locator('main .kern-preline', { hasText: 'Schritt 2 von 7' }).waitFor();
    expect(new URL(seite.url()).searchParams.get('schritt')).toBe('2');
    expect(await fb.frage('fue-ideen-erfragen').locator('input:checked').count()).toBe(1);

    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('eine Antwort unmittelbar vor dem Neuladen bleibt erhalten', async () => {
    const { kontext, seite, probleme, rundeId, fb } = await neueRunde(LERNENDE_ORGANISATION);
    const dialoge: string[] = [];
    seite.on('dialog', (d: Dialog) => {
      dialoge.push(d.type());
      void d.accept();
    });
    await fb.frage('mot-vorschlaege').getByRole('radio').nth(4).check();
    await seite.reload();
    await fb.fortschrittsbalken.waitFor();
    expect(await fb.frage('mot-vorschlaege').getByRole('radio').nth(4).isChecked()).toBe(true);
    expect((await gespeichert(kontext, rundeId))['mot-vorschlaege']).toBe(5);
    expect(await fb.fortschritt()).toEqual([1, expect.any(Number)]);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('warnt vor dem Verlassen, solange eine Antwort noch nicht gespeichert ist', async () => {
    const { kontext, seite, rundeId, fb } = await neueRunde(LERNENDE_ORGANISATION);
    // Hold the save on the way to the server, so the answer is certainly not yet saved.
    const gehalten: Route[] = [];
    await seite.route('**/api/erhebungen/*/antworten', (route) => {
      gehalten.push(route);
    });
    const dialoge: string[] = [];
    seite.on('dialog', (d: Dialog) => {
      dialoge.push(d.type());
      void d.dismiss();
    });
    await fb.frage('mot-vorschlaege').getByRole('radio').nth(2).check();
    await fb.speicherstatus.filter({ hasText: 'Wird gespeichert' }).waitFor();
    await seite.evaluate(() => location.reload());
    expect(dialoge).toEqual(['beforeunload']);
    // Staying on the page keeps the answer; once saving works again and is done, the warning is gone.
    expect(await fb.frage('mot-vorschlaege').getByRole('radio').nth(2).isChecked()).toBe(true);
    await seite.unroute('**/api/erhebungen/*/antworten');
    for (const r of gehalten) await r.continue().catch(() => {});
    await fb.frage('mot-anerkennung').getByRole('radio').nth(1).check();
    await warteAufServer(kontext, rundeId, (a) => a['mot-vorschlaege'] === 3 && a['mot-anerkennung'] === 2);
    await fb.speicherstatus.filter({ hasText: /Alle Antworten gespeichert/ }).waitFor();
    await seite.reload();
    await fb.fortschrittsbalken.waitFor();
    expect(dialoge).toEqual(['beforeunload']);
    await kontext.close();
  });
});

describe('Abschließen mit Lücken (Issue 9, Punkt 2)', () => {
  it('die Fehlerliste verlinkt die fehlenden Fragen; der Fokus springt zur ersten fehlenden Frage des Bereichs', async () => {
    const { kontext, seite, probleme, rundeId, fb } = await neueRunde(LERNENDE_ORGANISATION);
    const roh = await kontext.request.get('/api/frageboegen/lernende-organisation');
    const fragebogen = (await roh.json()) as { abschnitte: { items: { id: string; dimension?: string }[] }[] };
    const dimensionVon = new Map(fragebogen.abschnitte.flatMap((a) => a.items).map((i) => [i.id, i.dimension]));

    // Step 1 complete, step 2 only one answer, the rest empty.
    await fb.schrittMitMausBeantworten();
    await fb.weiter();
    await fb.frage('fue-ideen-erfragen').getByRole('radio').first().check();
    await fb.speicherstatus.filter({ hasText: /Alle Antworten gespeichert/ }).waitFor();
    await seite.goto(`/erhebungen/${rundeId}?schritt=7`);
    await fb.fortschrittsbalken.waitFor();
    await seite.getByRole('button', { name: 'Selbstcheck abschließen' }).click();
    const liste = seite.getByRole('alert').filter({ hasText: 'Für diese Bereiche fehlen noch Antworten' });
    await liste.waitFor();
    const link = liste.getByRole('link', { name: /^Führung \(1 von 5 beantwortet\)/ });
    expect(await link.count()).toBe(1);
    await expectPageToBeAccessible(seite);

    await link.click();
    await seite.locator('main .kern-preline', { hasText: 'Schritt 2 von 7' }).waitFor();
    await seite.waitForFunction(() => !!document.activeElement?.closest('.lotse-frage'));
    const ziel = await seite.evaluate(() => document.activeElement!.closest('.lotse-frage')!.id.replace(/^frage-/, ''));
    expect(dimensionVon.get(ziel)).toBe('fuehrung');
    expect(ziel).toBe('fue-eigene-fehler');
    expect(await fb.frage(ziel).locator('input:checked').count()).toBe(0);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});

describe('Ein ungültiges Feld blockiert nicht das Speichern (Issue 9, Punkt 3)', () => {
  it('250 in einem Prozentfeld zeigt den Fehler am Feld; die anderen Antworten werden weiter gespeichert', async () => {
    const { kontext, seite, probleme, rundeId, fb } = await neueRunde(DIGITALE_KOMMUNE);
    await fb.schrittMitMausBeantworten({ 'strategie-status': 'Nein' });
    await fb.weiter();
    const feld = fb.frage('binnen-fortbildungsanteil').getByRole('spinbutton');
    await feld.fill('250');
    await fb.frage('binnen-fortbildungsanteil').getByText('Die Zahl darf höchstens 100 sein.').waitFor();
    expect(await feld.getAttribute('aria-invalid')).toBe('true');

    // Another answer in the same step is saved although the percent field is invalid.
    await fb.schrittMitMausBeantworten();
    const [beantwortet] = await fb.fortschritt();
    const a = await warteAufServer(kontext, rundeId, (x) => Object.keys(x).length === beantwortet - 1);
    expect(beantwortet).toBeGreaterThan(10);
    expect(a['binnen-fortbildungsanteil']).toBeUndefined();
    await fb.speicherstatus.filter({ hasText: /^Gespeichert \(\d\d:\d\d Uhr\) – außer einer Antwort, die noch nicht zum Fragebogen passt\.$/ }).waitFor();
    expect(await fb.speicherstatus.textContent()).not.toContain('fehlgeschlagen');
    await expectPageToBeAccessible(seite);

    // Corrected, it is saved too.
    await feld.fill('40');
    await fb.speichernAbwarten();
    await fb.speicherstatus.filter({ hasText: /Alle Antworten gespeichert/ }).waitFor();
    expect((await gespeichert(kontext, rundeId))['binnen-fortbildungsanteil']).toBe(40);
    expect(await feld.getAttribute('aria-invalid')).toBeNull();
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});

describe('Hinweise der Fragebögen (Issue 9, Punkt 4)', () => {
  for (const titel of [DIGITALE_KOMMUNE, LERNENDE_ORGANISATION]) {
    it(`${titel}: „Mehrere Antworten sind möglich.“ höchstens einmal je Frage, kein Hinweis auf die Punktwertung`, async () => {
      const { kontext, fb } = await neueRunde(titel);
      const hinweise: string[] = [];
      for (;;) {
        await fb.schrittMitMausBeantworten({ 'strategie-status': 'Ja' });
        hinweise.push(...(await fb.page.locator('main .lotse-frage .kern-hint').allTextContents()));
        const [nr, n] = await fb.schritt();
        if (nr >= n) break;
        await fb.weiter();
      }
      expect(hinweise.length).toBeGreaterThan(0);
      for (const h of hinweise) {
        expect(h.split('Mehrere Antworten sind möglich.').length - 1, h).toBeLessThanOrEqual(1);
        expect(h, h).not.toMatch(/zähl|am meisten/i);
      }
      if (titel === DIGITALE_KOMMUNE) expect(hinweise.filter((h) => h.includes('Mehrere Antworten sind möglich.')).length).toBeGreaterThanOrEqual(10);
      await kontext.close();
    });
  }
});
