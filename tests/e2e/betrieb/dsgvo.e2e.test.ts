import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_KONTEN } from '../../../src/modules/konten/konten.demo.ts';
import { BASIS_URL, DEMO_PASSWORT, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, registriereUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { KontoSeite } from '../pages/KontenSeiten.ts';

const GIESSEN = '065310005005';
const GIESSEN_NAME = 'Gießen, Universitätsstadt';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Makes a freshly registered account admin of Gießen (through the demo platform admin). */
async function neuerKommuneAdmin(email: string): Promise<boolean> {
  const plattform = DEMO_KONTEN.find((k) => 'plattform' in k && k.plattform === 'plattform-admin');
  const kontext = await browser.newContext({ baseURL: BASIS_URL });
  try {
    const login = await apiAufruf(kontext, 'POST', '/api/auth/login', { email: plattform!.email, passwort: DEMO_PASSWORT });
    if (login.status !== 204) return false;
    const r = await apiAufruf(kontext, 'POST', '/api/admin/mitgliedschaften', { email, kommuneId: GIESSEN, rolle: 'admin' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return true;
  } finally {
    await kontext.close();
  }
}

describe('Datenschutz auf der Kontoseite', () => {
  it('Kommune-Admin: Archiv herunterladen, Löschen mit Bestätigung beantragen und widerrufen', async (ctx) => {
    const admin = await neueSitzung(browser);
    const email = neueEmail('dsgvo-admin');
    await registriereUeberApi(admin.kontext, { name: 'Dora Datenschutz', email, passwort: TEST_PASSWORT });
    if (!(await neuerKommuneAdmin(email))) ctx.skip();
    const s = admin.seite;
    await new KontoSeite(s).oeffnen();
    await s.getByRole('heading', { level: 3, name: 'Daten der Kommune (Datenschutz)' }).waitFor();
    await expectPageToBeAccessible(s);

    const [download] = await Promise.all([s.waitForEvent('download'), s.getByRole('link', { name: `Alle Daten von ${GIESSEN_NAME} herunterladen (ZIP)` }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lotse-daten-065310005005-\d{4}-\d{2}-\d{2}\.zip$/);
    const datei = await download.path();
    expect(fs.readFileSync(datei).subarray(0, 2).toString('latin1')).toBe('PK');

    const feld = s.getByLabel(`Zur Bestätigung den Namen der Kommune eingeben: ${GIESSEN_NAME}`);
    await feld.fill('Marburg');
    await s.getByRole('button', { name: 'Löschen beantragen' }).click();
    await s.getByText('Die Bestätigung stimmt nicht').first().waitFor();
    await expectPageToBeAccessible(s);

    await feld.fill(GIESSEN_NAME);
    await s.getByRole('button', { name: 'Löschen beantragen' }).click();
    await s.getByText(/Das Löschen aller Daten ist beantragt\. Es wird am .* ausgeführt\./).waitFor();
    await expectPageToBeAccessible(s);

    await s.getByRole('button', { name: 'Antrag widerrufen' }).click();
    await s.getByText('Der Antrag ist widerrufen.').waitFor();
    await s.getByRole('button', { name: 'Löschen beantragen' }).waitFor();
    expect(admin.probleme).toEqual([]);
    await admin.kontext.close();
  });

  it('Person: eigene Daten herunterladen und das Konto löschen (nur mit Passwort)', async () => {
    const p = await neueSitzung(browser);
    const email = neueEmail('dsgvo-person');
    await registriereUeberApi(p.kontext, { name: 'Paul Person', email, passwort: TEST_PASSWORT });
    const s = p.seite;
    await new KontoSeite(s).oeffnen();
    await s.getByRole('heading', { level: 2, name: 'Meine Daten (Datenschutz)' }).waitFor();
    await expectPageToBeAccessible(s);

    const [download] = await Promise.all([s.waitForEvent('download'), s.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click()]);
    const daten = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    expect(daten.konto.email).toBe(email);

    await s.getByLabel('Passwort zur Bestätigung').fill('falsches-passwort-123');
    await s.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await s.getByText('Das Passwort ist nicht korrekt.').first().waitFor();
    await expectPageToBeAccessible(s);

    await s.getByLabel('Passwort zur Bestätigung').fill(TEST_PASSWORT);
    await s.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await s.waitForURL(/\/konto-geloescht$/);
    await s.getByRole('heading', { level: 1, name: 'Konto gelöscht' }).waitFor();
    await expectPageToBeAccessible(s);
    const me = await apiAufruf(p.kontext, 'GET', '/api/auth/me');
    expect(me.body.konto).toBeNull();
    expect(p.probleme).toEqual([]);
    await p.kontext.close();
  });
});
