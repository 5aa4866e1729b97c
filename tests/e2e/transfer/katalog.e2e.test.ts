import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { neueSitzung, starteBrowser, type Sitzung } from '../helpers/browser.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { KatalogSeite, LoesungDetailSeite } from '../pages/transfer-seiten.ts';

let browser: Browser;
let sitzung: Sitzung;
beforeAll(async () => {
  browser = await starteBrowser();
  sitzung = await neueSitzung(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('Öffentlicher Lösungskatalog (ohne Anmeldung)', () => {
  it('lädt den Katalog mit Karten, Filtern und Suchfeld', async () => {
    const k = await new KatalogSeite(sitzung.seite).oeffnen();
    expect((await k.ueberschrift.textContent())?.trim()).toBe('Lösungen, die sich bewährt haben');
    expect(await k.anzahl()).toBeGreaterThan(1000);
    expect(await k.karten.count()).toBe(20);
    await k.suchfeld.waitFor();
    await k.handlungsfeld.waitFor();
    await k.nurSiegel.waitFor();
    expect(await sitzung.seite.getByRole('navigation', { name: 'Seiten' }).count()).toBe(1);
    await expectPageToBeAccessible(sitzung.seite);
    expect(sitzung.probleme).toEqual([]);
  });

  it('filtert nach Handlungsfeld und nach Siegel „Bewährt“', async () => {
    const k = await new KatalogSeite(sitzung.seite).oeffnen();
    const alle = await k.anzahl();

    await k.handlungsfeld.selectOption('Bildung');
    await k.absenden();
    expect(sitzung.seite.url()).toContain('handlungsfeld=Bildung');
    const bildung = await k.anzahl();
    expect(bildung).toBeGreaterThan(0);
    expect(bildung).toBeLessThan(alle);
    const felder = await k.karten.locator('li').filter({ hasText: /^Handlungsfeld:/ }).allTextContents();
    expect(felder.length).toBe(await k.karten.count());
    for (const f of felder) expect(f.replace(/\s+/g, ' ').trim()).toBe('Handlungsfeld: Bildung');
    await expectPageToBeAccessible(sitzung.seite);

    // Seal filter (without Handlungsfeld): only cards with the badge "Bewährt".
    await k.handlungsfeld.selectOption('');
    await k.nurSiegel.check();
    await k.absenden();
    expect(sitzung.seite.url()).toContain('siegel=true');
    expect(sitzung.seite.url()).not.toContain('handlungsfeld=');
    const mitSiegel = await k.anzahl();
    expect(mitSiegel).toBeGreaterThan(0);
    expect(mitSiegel).toBeLessThan(alle);
    const karten = await k.karten.count();
    expect(karten).toBe(Math.min(mitSiegel, 20));
    expect(await k.karten.filter({ hasText: 'Bewährt' }).locator('.kern-badge--success').count()).toBe(karten);
    expect(await k.nurSiegel.isChecked()).toBe(true);
    await expectPageToBeAccessible(sitzung.seite);

    // Reset brings the whole catalogue back.
    await sitzung.seite.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await sitzung.seite.waitForURL(/\/loesungen$/);
    await k.ergebnisZeile.filter({ hasText: new RegExp(`${alle.toLocaleString('de-DE').replace('.', '\\.')} Lösungen`) }).waitFor();
    expect(sitzung.probleme).toEqual([]);
  });

  it('Suche „Knöllchen online bezahlen“ findet passende Lösungen und erklärt, warum', async () => {
    const k = await new KatalogSeite(sitzung.seite).oeffnen();
    await k.suchen('Knöllchen online bezahlen');
    expect(await sitzung.seite.title()).toBe('Lösungen zu „Knöllchen online bezahlen“ – Lotse');
    expect(await k.anzahl()).toBeGreaterThan(0);
    await k.ergebnisZeile.getByText('Sortiert nach Passung zu Ihrem Anliegen.').waitFor();
    const titel = await k.titel();
    // The best hit is about fines (Bußgeld), found through the thesaurus (Knöllchen → Bußgeld).
    expect(titel.slice(0, 3).some((x) => /Bußgeld|Verwarnungsgeld|Knöllchen|Strafzettel|Parkverstoß/i.test(x)), titel.join(' | ')).toBe(true);

    const erste = k.karten.first();
    const warum = erste.getByText('Warum passt das?');
    await warum.click();
    const gruende = erste.locator('details[open] li');
    await gruende.first().waitFor();
    const begruendung = (await gruende.allTextContents()).join(' ');
    expect(begruendung).toMatch(/Knöllchen|bezahlen|online/);
    await expectPageToBeAccessible(sitzung.seite);
    expect(sitzung.probleme).toEqual([]);
  });

  it('öffnet die Detailseite einer Lösung aus den Suchergebnissen', async () => {
    const k = await new KatalogSeite(sitzung.seite).oeffnen('q=Knöllchen+online+bezahlen');
    const link = k.karten.first().getByRole('heading').getByRole('link');
    const titel = ((await link.textContent()) ?? '').trim();
    expect(titel.length).toBeGreaterThan(3);
    await link.click();
    const d = await new LoesungDetailSeite(sitzung.seite).erwarteGeladen();
    expect((await d.ueberschrift.textContent())?.trim()).toBe(titel);
    expect(await sitzung.seite.title()).toBe(`${titel} – Lotse`);
    await sitzung.seite.getByRole('heading', { level: 2, name: 'Wirkung' }).waitFor();
    await sitzung.seite.getByRole('link', { name: 'Zurück zum Katalog' }).first().waitFor();
    await expectPageToBeAccessible(sitzung.seite);

    // A solution with the seal shows it on its page.
    const s = await new KatalogSeite(sitzung.seite).oeffnen('siegel=true');
    await s.karten.first().getByRole('heading').getByRole('link').click();
    await new LoesungDetailSeite(sitzung.seite).erwarteGeladen();
    await sitzung.seite.getByRole('heading', { level: 2, name: 'Siegel „Bewährt“' }).waitFor();
    await expectPageToBeAccessible(sitzung.seite);
    expect(sitzung.probleme).toEqual([]);
  });
});
