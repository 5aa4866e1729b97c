import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { DIGITALE_KOMMUNE, ErgebnisSeite, ErhebungenUebersichtSeite, FragebogenSeite } from '../pages/erhebung-seiten.ts';

const DEMO_PASSWORT = process.env.LOTSE_DEMO_PASSWORT ?? ''; // set by scripts/e2e.mjs
const MITGLIED = 'mitarbeit@giessen.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Selbstcheck „Digitale Kommune“ mit der Maus', () => {
  it('füllt alle drei Bereiche aus und zeigt das Ergebnis mit den Vergleichssätzen der Studie', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED, DEMO_PASSWORT);

    const rundeId = await (await new ErhebungenUebersichtSeite(seite).oeffnen()).starten(DIGITALE_KOMMUNE);
    const fb = new FragebogenSeite(seite);
    await fb.fortschrittsbalken.waitFor();
    expect(await fb.ueberschrift.textContent()).toContain(DIGITALE_KOMMUNE);
    expect(await fb.schritt()).toEqual([1, 3]);

    // "Ja" to the strategy reveals the follow-up questions (handlungsfelder, ziele, akteure, anknüpfung).
    const [, vorher] = await fb.fortschritt();
    await fb.schrittMitMausBeantworten({ 'strategie-status': 'Ja' });
    const [, nachher] = await fb.fortschritt();
    expect(nachher).toBeGreaterThan(vorher);
    expect(await fb.frage('strategie-handlungsfelder').isVisible()).toBe(true);
    await expectPageToBeAccessible(seite);

    await fb.allesMitMausBeantworten({ 'strategie-status': 'Ja' }, '25');
    expect(await fb.schritt()).toEqual([3, 3]);
    const [beantwortet, anzahl] = await fb.fortschritt();
    expect(beantwortet).toBe(anzahl);
    await expectPageToBeAccessible(seite);

    const abschluss = seite.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/erhebungen/${rundeId}/abschliessen`));
    await seite.getByRole('button', { name: 'Selbstcheck abschließen' }).click();
    expect((await abschluss).status()).toBe(200);
    await seite.waitForURL(new RegExp(`/erhebungen/${rundeId}/ergebnis$`));

    const ergebnis = new ErgebnisSeite(seite);
    await ergebnis.geladen();
    expect(await ergebnis.ueberschrift.textContent()).toContain(DIGITALE_KOMMUNE);
    const radar = await ergebnis.diagrammTabelle('Ihre Werte je Bereich (0 bis 100 Punkte)');
    expect(await radar.locator('tbody tr').count()).toBe(3);

    // Comparison with the study for the Kommune's Größenklasse.
    const studie = ergebnis.abschnitt('Einordnung in die Studie „Digitale Kommune“');
    await studie.waitFor();
    const text = (await studie.textContent()) ?? '';
    expect(text).toMatch(/In Ihrer Größenklasse hatten \d+(,\d+)? % eine Digitalisierungsstrategie, \d+(,\d+)? % entwickelten eine, \d+(,\d+)? % hatten keine\./);
    expect(text).toMatch(/n = \d+/);
    expect(text).toContain('Quelle:');
    const saetze = await studie.locator('ul.kern-list > li').allTextContents();
    expect(saetze.length).toBeGreaterThanOrEqual(3);
    expect(saetze.filter((s) => /In Ihrer Größenklasse|Unter (allen|den) befragten Kommunen/.test(s)).length).toBeGreaterThanOrEqual(3);
    const studienTabelle = await ergebnis.diagrammTabelle('Anteil der befragten Kommunen mit derselben Angabe wie Sie');
    expect(await studienTabelle.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    await ergebnis.diagramm('Vergleichsgruppe unter, in und über Ihrem Punktebereich').waitFor();
    await expectPageToBeAccessible(seite);

    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
