import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_KONTEN } from '../../../src/modules/konten/konten.demo.ts';
import { BASIS_URL, DEMO_PASSWORT, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi, registriereUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';
import { KontoSeite } from '../pages/KontenSeiten.ts';

// Lindberg (Bayern): no demo content, so the new admin of this test is its only admin.
const LINDBERG = '092760130130';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The demo platform admin makes an account the (first) admin of a Kommune. */
async function ersteAdministration(email: string, kommuneId: string) {
  const plattform = DEMO_KONTEN.find((k) => 'plattform' in k && k.plattform === 'plattform-admin')!;
  const kontext = await browser.newContext({ baseURL: BASIS_URL });
  try {
    await meldeAnUeberApi(kontext, plattform.email, DEMO_PASSWORT);
    const r = await apiAufruf(kontext, 'POST', '/api/admin/mitgliedschaften', { email, kommuneId, rolle: 'admin' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  } finally {
    await kontext.close();
  }
}

describe('Kommune-Administration: Mitglieder verwalten', () => {
  it('ändert Rollen, entfernt nach Rückfrage und schützt die letzte Administration – mit axe', async () => {
    const admin = await neueSitzung(browser);
    const adminEmail = neueEmail('mitglieder-admin');
    const adminName = `Ada Admin ${adminEmail.split('@')[0].slice(-5)}`;
    await registriereUeberApi(admin.kontext, { name: adminName, email: adminEmail, passwort: TEST_PASSWORT });
    await ersteAdministration(adminEmail, LINDBERG);

    // A colleague joins through a personal invitation.
    const e = await apiAufruf(admin.kontext, 'POST', `/api/kommunen/${LINDBERG}/einladungen`, { rolle: 'mitglied', email: neueEmail('kollege') });
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const kollegeEmail = e.body.email as string;
    const kollegeName = `Kai Kollege ${kollegeEmail.split('@')[0].slice(-5)}`;
    const kollege = await neueSitzung(browser);
    await registriereUeberApi(kollege.kontext, { name: kollegeName, email: kollegeEmail, passwort: TEST_PASSWORT, einladung: e.body.token });

    await new KontoSeite(admin.seite).oeffnen();
    const seite = admin.seite;
    await seite.getByRole('heading', { level: 2, name: /^Verwaltung: Lindberg/ }).waitFor();
    const tabelle = seite.getByRole('table', { name: 'Mitglieder' });
    const zeile = tabelle.getByRole('row').filter({ has: seite.getByRole('rowheader', { name: kollegeName }) });
    const eigeneZeile = tabelle.getByRole('row').filter({ has: seite.getByRole('rowheader', { name: `${adminName} (Sie)` }) });
    // Each button names the person in its accessible name (visible text first).
    const knopf = (z: typeof zeile, text: string) => z.getByRole('button', { name: new RegExp(`^${text}\\s*–\\s*`) });
    await zeile.waitFor();
    expect(await zeile.textContent()).toContain('Mitglied');
    await expectPageToBeAccessible(seite);

    // Promote: the row and the status message say so; the focus lands on the message.
    await knopf(zeile, 'Zur Administration machen').click();
    await seite.getByRole('status').filter({ hasText: `${kollegeName} hat jetzt die Rolle Administration.` }).waitFor();
    await zeile.getByRole('cell', { name: 'Administration', exact: true }).waitFor();
    expect(await seite.evaluate(() => document.activeElement?.classList.contains('kern-alert'))).toBe(true);

    // Demote again, then remove after the confirmation (checked with axe while it is open).
    await knopf(zeile, 'Zum Mitglied machen').click();
    await seite.getByRole('status').filter({ hasText: `${kollegeName} hat jetzt die Rolle Mitglied.` }).waitFor();
    await knopf(zeile, 'Entfernen').click();
    const bestaetigen = seite.getByRole('button', { name: 'Ja, entfernen' });
    await bestaetigen.waitFor();
    expect(await seite.locator('main').textContent()).toContain(`Möchten Sie ${kollegeName} aus Lindberg entfernen?`);
    expect(await bestaetigen.evaluate((b) => b === document.activeElement)).toBe(true);
    await expectPageToBeAccessible(seite);
    // Cancel returns the focus to the row's button; then remove for real (keyboard).
    await seite.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await knopf(zeile, 'Entfernen').evaluate((b) => b === document.activeElement)).toBe(true);
    await seite.keyboard.press('Enter');
    await seite.waitForFunction(() => document.activeElement?.textContent === 'Ja, entfernen');
    await seite.keyboard.press('Enter');
    await seite.getByRole('status').filter({ hasText: `${kollegeName} wurde aus der Kommune entfernt.` }).waitFor();
    await zeile.waitFor({ state: 'detached' });

    // The colleague has lost access at once.
    const r = await apiAufruf(kollege.kontext, 'GET', `/api/kommunen/${LINDBERG}/erhebungen`);
    expect(r.status).toBe(403);

    // The audit log shows both kinds of change.
    const protokoll = seite.getByRole('table', { name: 'Änderungsprotokoll' });
    await protokoll.getByText('Mitglied entfernt').first().waitFor();
    expect(await protokoll.getByText('Rolle geändert').count()).toBe(2);

    // The last admin cannot step down: a German error, the role stays.
    await knopf(eigeneZeile, 'Zum Mitglied machen').click();
    const fehler = seite.getByRole('alert').filter({ hasText: 'mindestens eine Administratorin oder einen Administrator' });
    await fehler.waitFor();
    expect(await fehler.textContent()).toContain('Änderung nicht möglich');
    await expectPageToBeAccessible(seite);
    await seite.reload();
    await seite.getByRole('heading', { level: 2, name: /^Verwaltung: Lindberg/ }).waitFor();

    expect(admin.probleme).toEqual([]);
    await admin.kontext.close();
    await kollege.kontext.close();
  });

  it('erklärt persönliche und übertragbare Einladungen; Administration nur persönlich', async () => {
    const { kontext, seite, probleme } = await neueSitzung(browser);
    const email = neueEmail('einladen-admin');
    await registriereUeberApi(kontext, { name: 'Ella Einladend', email, passwort: TEST_PASSWORT });
    await ersteAdministration(email, LINDBERG);
    await new KontoSeite(seite).oeffnen();
    await seite.getByRole('heading', { level: 2, name: /^Verwaltung: Lindberg/ }).waitFor();

    await seite.getByLabel('Rolle der eingeladenen Person').selectOption('admin');
    await seite.getByRole('button', { name: 'Einladungslink erstellen' }).click();
    const feld = seite.getByLabel('E-Mail-Adresse der eingeladenen Person');
    await seite.getByText('Administrationsrechte gibt es nur mit persönlicher Einladung').first().waitFor();
    expect(await feld.getAttribute('aria-invalid')).toBe('true');

    await feld.fill('neue-admin@lindberg.example');
    await seite.getByRole('button', { name: 'Einladungslink erstellen' }).click();
    await seite.getByRole('status').filter({ hasText: 'Nur wer mit neue-admin@lindberg.example angemeldet ist' }).waitFor();

    await feld.fill('');
    await seite.getByLabel('Rolle der eingeladenen Person').selectOption('mitglied');
    await seite.getByRole('button', { name: 'Einladungslink erstellen' }).click();
    await seite.getByRole('status').filter({ hasText: 'Übertragbarer Link' }).waitFor();
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);
    await kontext.close();
  });
});
