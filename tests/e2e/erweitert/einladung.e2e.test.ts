import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_KONTEN } from '../../../src/modules/konten/konten.demo.ts';
import { BASIS_URL, DEMO_PASSWORT, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, registriereUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { AnmeldenSeite, KontoSeite, RegistrierenSeite } from '../pages/KontenSeiten.ts';
import { BasisSeite } from '../pages/BasisSeite.ts';

const GIESSEN = '065310005005';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A freshly registered account becomes admin of Gießen. Only this step uses the demo platform admin
 * (the e2e server runs with demo content); everything else happens in the UI with new accounts.
 */
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

describe('Kommune-Administration: einladen, Mitglieder, Änderungsprotokoll, Passwort', () => {
  it('lädt per Link ein; die eingeladene Person registriert sich und erscheint in Mitgliedern und Protokoll', async (ctx) => {
    const admin = await neueSitzung(browser);
    const adminEmail = neueEmail('admin');
    await registriereUeberApi(admin.kontext, { name: 'Amelie Admin', email: adminEmail, passwort: TEST_PASSWORT });
    if (!(await neuerKommuneAdmin(adminEmail))) ctx.skip();

    const konto = await new KontoSeite(admin.seite).oeffnen();
    await admin.seite.getByRole('heading', { level: 2, name: /^Verwaltung: Gießen/ }).waitFor();
    await admin.seite.getByRole('heading', { level: 3, name: 'Mitglieder' }).waitFor();
    await admin.seite.getByRole('table', { name: 'Änderungsprotokoll' }).waitFor();
    await expectPageToBeAccessible(admin.seite);

    await admin.seite.getByLabel('Rolle der eingeladenen Person').selectOption('mitglied');
    await admin.seite.getByRole('button', { name: 'Einladungslink erstellen' }).click();
    const linkFeld = admin.seite.getByLabel('Einladungslink');
    await linkFeld.waitFor();
    const link = await linkFeld.inputValue();
    expect(link).toMatch(/\/einladung\/[A-Za-z0-9_-]{10,}$/);
    await expectPageToBeAccessible(admin.seite);

    // The invited colleague: open the link, register, is a member.
    const neu = await neueSitzung(browser);
    await neu.seite.goto(new URL(link).pathname);
    await neu.seite.getByRole('link', { name: 'Konto anlegen und Einladung annehmen' }).click();
    await neu.seite.getByText('Sie wurden eingeladen').waitFor();
    const neuEmail = neueEmail('eingeladen');
    const neuName = `Nils Neu ${neuEmail.split('@')[0].slice(-5)}`;
    await new RegistrierenSeite(neu.seite).registrieren({ name: neuName, email: neuEmail, passwort: TEST_PASSWORT });
    await new KontoSeite(neu.seite).erwarteAngemeldetAls(neuEmail);
    const mitgliedschaften = neu.seite.getByRole('table', { name: 'Ihre Kommunen' });
    expect(await mitgliedschaften.textContent()).toMatch(/Gießen.*Mitglied/);

    // Back at the admin: member list and audit log show it.
    await konto.oeffnen();
    const mitglieder = admin.seite.getByRole('table', { name: 'Mitglieder' });
    await mitglieder.getByRole('rowheader', { name: neuName }).waitFor();
    const protokoll = admin.seite.getByRole('table', { name: 'Änderungsprotokoll' });
    await protokoll.getByText('Einladung angenommen').first().waitFor();
    await protokoll.getByText('Mitglied eingeladen').first().waitFor();

    expect(admin.probleme).toEqual([]);
    expect(neu.probleme).toEqual([]);
    await admin.kontext.close();
    await neu.kontext.close();
  });

  it('nimmt eine Einladung als angemeldete Person an', async (ctx) => {
    const admin = await neueSitzung(browser);
    const adminEmail = neueEmail('admin2');
    await registriereUeberApi(admin.kontext, { name: 'Bernd Admin', email: adminEmail, passwort: TEST_PASSWORT });
    if (!(await neuerKommuneAdmin(adminEmail))) ctx.skip();
    // Admin rights only by a personal invitation (bound to the e-mail address).
    const andereEmail = neueEmail('vorhanden');
    const e = await apiAufruf(admin.kontext, 'POST', `/api/kommunen/${GIESSEN}/einladungen`, { rolle: 'admin', email: andereEmail });
    expect(e.status).toBe(201);

    const andere = await neueSitzung(browser);
    await registriereUeberApi(andere.kontext, { name: 'Carla Konto', email: andereEmail, passwort: TEST_PASSWORT });
    const s = await new BasisSeite(andere.seite).aufrufen(e.body.link);
    await s.page.getByRole('button', { name: 'Einladung annehmen' }).click();
    await s.page.getByRole('status').filter({ hasText: 'Sie haben die Einladung angenommen' }).waitFor();
    expect(await s.page.locator('main').textContent()).toContain('Ihre Rolle: Administration');
    await expectPageToBeAccessible(s.page);

    // The same link a second time: a clear German error.
    await s.page.reload();
    await s.page.getByRole('button', { name: 'Einladung annehmen' }).click();
    await s.page.getByRole('alert').filter({ hasText: /ungültig, abgelaufen oder wurde bereits angenommen/ }).waitFor();
    await admin.kontext.close();
    await andere.kontext.close();
  });

  it('ändert das Passwort (Fehler am Feld bei falschem bisherigem Passwort)', async () => {
    const { kontext, seite } = await neueSitzung(browser);
    const email = neueEmail('passwort');
    await registriereUeberApi(kontext, { name: 'Paula Passwort', email, passwort: TEST_PASSWORT });
    const konto = await new KontoSeite(seite).oeffnen();
    const neuesPasswort = 'Ein-ganz-neues-Passwort-42';

    await seite.getByLabel('Bisheriges Passwort').fill('falsch-falsch-falsch');
    await seite.getByLabel('Neues Passwort', { exact: true }).fill(neuesPasswort);
    await seite.getByLabel('Neues Passwort wiederholen').fill(neuesPasswort);
    await seite.getByRole('button', { name: 'Passwort ändern' }).click();
    const alt = seite.getByLabel('Bisheriges Passwort');
    await seite.getByText('Das bisherige Passwort ist nicht korrekt.').first().waitFor();
    expect(await alt.getAttribute('aria-invalid')).toBe('true');

    await alt.fill(TEST_PASSWORT);
    await seite.getByRole('button', { name: 'Passwort ändern' }).click();
    await seite.getByRole('status').filter({ hasText: 'Ihr Passwort wurde geändert.' }).waitFor();

    await konto.abmelden();
    const anmelden = await new AnmeldenSeite(seite).oeffnen();
    await anmelden.anmelden(email, neuesPasswort);
    await konto.erwarteAngemeldetAls(email);
    await kontext.close();
  });
});
