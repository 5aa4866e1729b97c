import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

const MITGLIED = 'mitarbeit@giessen.example';
const MARBURG = 'admin@marburg.example';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => browser?.close());

describe('Kaizen: Lernlog', () => {
  const marke = `lernlog${Date.now().toString(36)}`;

  it('Gießen trägt einen Fehlschlag anonymisiert ein; Marburg findet ihn per Suche ohne Kommune und Person', async () => {
    const a = await neueSitzung(browser);
    await meldeAnUeberApi(a.kontext, MITGLIED, DEMO_PASSWORT);
    await a.seite.goto('/kaizen/lernlog');
    await a.seite.getByRole('heading', { level: 1, name: /Lernlog/ }).waitFor();
    await expectPageToBeAccessible(a.seite);

    await a.seite.getByRole('button', { name: 'Eintrag speichern' }).click();
    await a.seite.getByText('Bitte wählen Sie, wie es ausgegangen ist.').first().waitFor();
    expect(await a.seite.locator('#lernlog-titel').getAttribute('aria-invalid')).toBe('true');
    await expectPageToBeAccessible(a.seite);

    await a.seite.locator('#lernlog-titel').fill(`Rückrufliste am Telefon ${marke}`);
    await a.seite.locator('#lernlog-versucht').fill('Anrufende konnten sich für einen Rückruf eintragen.');
    await a.seite.locator('#lernlog-passiert').fill('Die Rückrufe kamen oft erst am nächsten Tag.');
    await a.seite.locator('#lernlog-gelernt').fill('Rückrufe brauchen ein festes Zeitfenster im Dienstplan.');
    await a.seite.locator('#lernlog-ausgang').selectOption('gescheitert');
    await a.seite.locator('#lernlog-sichtbarkeit').selectOption('anonym');
    await a.seite.getByRole('button', { name: 'Eintrag speichern' }).click();
    await a.seite.getByText('Der Eintrag steht im Lernlog.').waitFor();
    await a.seite.getByRole('heading', { level: 3, name: new RegExp(marke) }).waitFor();
    await expectPageToBeAccessible(a.seite);
    expect(a.probleme).toEqual([]);

    const b = await neueSitzung(browser);
    await meldeAnUeberApi(b.kontext, MARBURG, DEMO_PASSWORT);
    await b.seite.goto('/kaizen/lernlog');
    await b.seite.locator('#lernlog-suche').fill(marke);
    await b.seite.keyboard.press('Enter');
    await b.seite.getByRole('heading', { level: 2, name: '1 Eintrag' }).waitFor();
    const eintrag = b.seite.getByRole('article', { name: new RegExp(marke) });
    await eintrag.getByText('Eine Kommune (anonymisiert)').waitFor();
    const text = (await eintrag.textContent()) ?? '';
    expect(text).not.toMatch(/Gießen|Jonas Weber/);
    expect(text).toContain('Gescheitert');
    await expectPageToBeAccessible(b.seite);
    expect(b.probleme).toEqual([]);
  });

  it('die Ergebnisseite „Lernende Organisation“ zeigt die echte Lernaktivität neben „Lernerfolg“', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED, DEMO_PASSWORT);
    const runden = (await apiAufruf(kontext, 'GET', '/api/kommunen/065310005005/erhebungen')).body as { items: { id: string; status: string; fragebogen: { id: string } }[] };
    const lo = runden.items.find((r) => r.fragebogen.id === 'lernende-organisation' && r.status === 'abgeschlossen');
    expect(lo).toBeTruthy();
    await seite.goto(`/erhebungen/${lo!.id}/ergebnis`);
    const abschnitt = seite.getByRole('region', { name: 'Lernerfolg in der Praxis' });
    await abschnitt.waitFor();
    const zeile = abschnitt.getByRole('row', { name: /Einträge im Lernlog/ });
    expect(Number((await zeile.getByRole('cell').textContent())?.trim())).toBeGreaterThanOrEqual(1);
    await abschnitt.getByRole('row', { name: /Selbsteinschätzung „Lernerfolg“/ }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
  });

  it('entschiedenes Experiment: A3-Übersicht als PDF und „Ins Lernlog übernehmen“ (einmal)', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MITGLIED, DEMO_PASSWORT);
    const liste = (await apiAufruf(kontext, 'GET', '/api/kaizen/experimente?kommuneId=065310005005')).body as { items: { id: string; entscheidung: string | null }[] };
    const x = liste.items.find((i) => i.entscheidung);
    expect(x).toBeTruthy();
    await seite.goto(`/kaizen/experimente/${x!.id}`);
    const link = seite.getByRole('link', { name: /Übersicht \(A3\) als PDF/ });
    await link.waitFor();
    const pdf = await kontext.request.get((await link.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/application\/pdf/);
    await seite.locator('#ins-lernlog-sichtbarkeit').selectOption('alle');
    await seite.getByRole('button', { name: 'Ins Lernlog übernehmen' }).click();
    await seite.getByText(/Das Experiment steht im Lernlog\.|Dieses Experiment steht schon im Lernlog\./).waitFor();
    await expectPageToBeAccessible(seite);
    await seite.getByRole('button', { name: 'Ins Lernlog übernehmen' }).click();
    await seite.getByText('Dieses Experiment steht schon im Lernlog.').waitFor();
    expect(probleme).toEqual([]);
  });
});
