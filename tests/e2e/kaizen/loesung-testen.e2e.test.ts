import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

const MITGLIED = 'mitarbeit@giessen.example';
const MARBURG = 'admin@marburg.example';
const TRANSFERSTELLE = 'transfer@lotse.example';
const GIESSEN = '065310005005';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => browser?.close());

describe('Kaizen: „Bei uns testen“ auf der Lösungsseite', () => {
  const marke = `terminmail${Date.now().toString(36)}`;
  const titel = `Checkliste in der Terminmail ${marke}`;
  let loesungId = '';

  beforeAll(async () => {
    // Gießen: Experiment → Standard → Lösungsentwurf → eingereicht; die Transferstelle veröffentlicht.
    const g = await neueSitzung(browser);
    await meldeAnUeberApi(g.kontext, MITGLIED, DEMO_PASSWORT);
    const x = (await apiAufruf(g.kontext, 'POST', '/api/kaizen/experimente', { kommuneId: GIESSEN, titel, hypothese: 'Mit der Checkliste in der Terminmail kommen weniger Leute ein zweites Mal.', messgroesse: 'fehlerquote', baselineMethode: 'zaehlung', baselineWert: 21, zielWert: 10 })).body.id as string;
    expect((await apiAufruf(g.kontext, 'POST', `/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'standard', ergebnis: 'Nur noch 7 % kamen ein zweites Mal.', ergebnisWert: 7, gelernt: 'Der Hinweis gehört in die Terminmail, nicht auf die Website.' })).status).toBe(200);
    loesungId = (await apiAufruf(g.kontext, 'POST', `/api/kaizen/experimente/${x}/transfer`)).body.loesungId as string;
    const ein = await apiAufruf(g.kontext, 'POST', `/api/loesungen/${loesungId}/einreichen`);
    expect(ein.status, JSON.stringify(ein.body)).toBe(200);
    await g.kontext.close();
    const ts = await neueSitzung(browser);
    await meldeAnUeberApi(ts.kontext, TRANSFERSTELLE, DEMO_PASSWORT);
    const p = await apiAufruf(ts.kontext, 'POST', `/api/loesungen/${loesungId}/pruefung`, { entscheidung: 'veroeffentlichen' });
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    await ts.kontext.close();
  });

  it('Marburg testet die veröffentlichte Lösung bei sich: verknüpftes Experiment mit Nennung von Gießen', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    await meldeAnUeberApi(kontext, MARBURG, DEMO_PASSWORT);
    await seite.goto(`/loesungen/${loesungId}`);
    await seite.getByRole('heading', { level: 1, name: titel }).waitFor();
    const abschnitt = seite.getByRole('region', { name: 'Als Experiment bei uns testen' });
    await abschnitt.waitFor();
    await expectPageToBeAccessible(seite);
    await abschnitt.getByRole('button', { name: 'Bei uns testen' }).click();
    await seite.waitForURL(/\/kaizen\/experimente\/[0-9a-f-]{36}$/);
    await seite.getByText(`Nach dem Vorbild „${titel}“ aus Gießen`, { exact: false }).waitFor();
    await seite.getByText('Fehler-/Rückläuferquote (Prozent)', { exact: false }).waitFor();
    await expectPageToBeAccessible(seite);
    const neu = (await apiAufruf(kontext, 'GET', `/api/kaizen/experimente/${seite.url().split('/').pop()}`)).body;
    expect(neu).toMatchObject({ titel, messgroesse: 'fehlerquote', einheit: 'Prozent', baselineMethode: 'zaehlung', baselineWert: null });
    expect(neu.kommuneId).not.toBe(GIESSEN);
    expect(probleme).toEqual([]);
    await kontext.close();
  });

  it('nicht für Gießen selbst und nicht ohne Anmeldung', async () => {
    for (const email of [MITGLIED, null]) {
      const { kontext, seite, probleme } = await neueSitzung(browser);
      if (email) await meldeAnUeberApi(kontext, email, DEMO_PASSWORT);
      await seite.goto(`/loesungen/${loesungId}`);
      await seite.getByRole('heading', { level: 1, name: titel }).waitFor();
      await seite.waitForLoadState('networkidle');
      expect(await seite.getByRole('button', { name: 'Bei uns testen' }).count()).toBe(0);
      expect(await seite.getByRole('heading', { name: 'Als Experiment bei uns testen' }).count()).toBe(0);
      await expectPageToBeAccessible(seite);
      expect(probleme).toEqual([]);
      await kontext.close();
    }
  });
});
