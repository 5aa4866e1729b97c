import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASIS_URL, neueEmail, neueSitzung, starteBrowser, TEST_PASSWORT } from '../helpers/browser.ts';
import { registriereUeberApi, vergibMitgliedschaft } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

// Lich (Hessen) – a Kommune without demo goals; the new account of this test becomes its admin.
const LICH = '065310011011';
let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});


/** Only the keyboard: focus a field, type, and (for selects) type the start of an option. */
async function tippe(seite: Page, label: string | RegExp, text: string) {
  await seite.getByLabel(label, { exact: typeof label === 'string' }).focus();
  await seite.keyboard.type(text);
}

/** Only the keyboard: focus a select and move with the arrow keys to the option that starts with `text`. */
async function waehle(seite: Page, label: string, text: string) {
  const feld = seite.getByLabel(label, { exact: true });
  await feld.focus();
  const { jetzt, ziel } = await feld.evaluate((el: HTMLSelectElement, t: string) => ({ jetzt: el.selectedIndex, ziel: [...el.options].findIndex((o) => o.text.startsWith(t)) }), text);
  expect(ziel, `${label}: ${text}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(ziel - jetzt); i++) await seite.keyboard.press(ziel > jetzt ? 'ArrowDown' : 'ArrowUp');
  expect(await feld.evaluate((el: HTMLSelectElement) => el.selectedIndex)).toBe(ziel);
}

describe('Wirkungsziel und Wirkungslogik nur mit der Tastatur', () => {
  it('legt ein Ziel an, ergänzt Maßnahme, Output und Outcome, verbindet sie mit Annahme, importiert einen eigenen Indikator (CSV), zeigt Prognose und Hinweise und führt über den Wirkungsdialog mit Hypothese zum Bedarf – axe in jedem Zustand', async () => {
    const { seite, kontext, probleme } = await neueSitzung(browser);
    seite.setDefaultTimeout(60_000);
    seite.setDefaultNavigationTimeout(90_000);
    const email = neueEmail('wirkung');
    await registriereUeberApi(kontext, { name: 'Wiebke Wirkung', email, passwort: TEST_PASSWORT });
    await vergibMitgliedschaft(browser, email, LICH, 'admin');

    await seite.goto(`${BASIS_URL}/wirkung/ziele`, { waitUntil: 'domcontentloaded' });
    await seite.getByRole('heading', { level: 1, name: 'Wirkungsziele' }).waitFor();
    await seite.getByText('Noch keine Wirkungsziele erfasst.').waitFor();
    await expectPageToBeAccessible(seite);

    // Submitting empty shows the error summary.
    await seite.getByRole('button', { name: 'Wirkungsziel speichern' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Bitte beschreiben Sie das Ziel.').first().waitFor();
    await expectPageToBeAccessible(seite);

    await tippe(seite, 'Aussage des Ziels', 'Wartezeit im Bürgerbüro sinkt unter zehn Minuten');
    await tippe(seite, /^Zielgruppe/, 'Bürgerinnen und Bürger mit Anliegen vor Ort');
    await tippe(seite, /^Verantwortliche Organisationseinheit/, 'Bürgerbüro');
    await waehle(seite, 'Stufe der Wirkungstreppe', '5 –');
    await seite.getByLabel('Aussage des Ziels').focus();
    await seite.keyboard.press('Enter');
    const link = seite.getByRole('link', { name: 'Zum Ziel und seiner Wirkungslogik' });
    await link.waitFor();
    const tabelle = seite.getByRole('table', { name: 'Wirkungsziele der Kommune' });
    expect(await tabelle.textContent()).toContain('Nur Output gemessen');
    await expectPageToBeAccessible(seite);
    await link.focus();
    await seite.keyboard.press('Enter');

    await seite.getByRole('heading', { level: 1, name: 'Wartezeit im Bürgerbüro sinkt unter zehn Minuten' }).waitFor();
    await seite.getByText('Die Wirkungslogik ist noch leer.', { exact: false }).waitFor();
    await expectPageToBeAccessible(seite);

    await tippe(seite, 'Titel der Maßnahme', 'Online-Terminvergabe');
    await tippe(seite, /^Budget je Jahr in Euro/, '18.500,00');
    await tippe(seite, /^Haushaltsprodukt/, '12.20.01');
    await seite.keyboard.press('Enter');
    await seite.getByRole('table', { name: 'Bausteine der Wirkungslogik' }).getByText('Online-Terminvergabe').waitFor();

    await tippe(seite, 'Beschreibung', 'Termine sind online buchbar');
    await seite.keyboard.press('Enter');
    await seite.getByRole('table', { name: 'Bausteine der Wirkungslogik' }).getByText('Termine sind online buchbar').waitFor();
    await waehle(seite, 'Ebene', 'Outcome');
    await tippe(seite, 'Beschreibung', 'Kürzere Wartezeit vor Ort');
    await seite.keyboard.press('Enter');
    await seite.getByRole('table', { name: 'Bausteine der Wirkungslogik' }).getByText('Kürzere Wartezeit vor Ort').waitFor();

    await waehle(seite, 'Von', 'Maßnahme');
    await waehle(seite, 'Nach', 'Output');
    await tippe(seite, /^Annahme/, 'Viele buchen lieber online als zu warten');
    await seite.keyboard.press('Enter');
    const verbindungen = seite.getByRole('table', { name: 'Verbindungen der Wirkungslogik' });
    await verbindungen.getByText('Viele buchen lieber online als zu warten').waitFor();
    await waehle(seite, 'Von', 'Output');
    await waehle(seite, 'Nach', 'Outcome');
    await seite.getByLabel(/^Annahme/).focus();
    await seite.keyboard.press('Enter');
    await verbindungen.getByText('keine Annahme genannt').waitFor();
    expect(await seite.getByRole('img', { name: /Diagramm der Wirkungslogik mit 3 Bausteinen und 2 Verbindungen/ }).count()).toBe(1);
    await expectPageToBeAccessible(seite);
    expect(probleme).toEqual([]);

    // Own indicator for this goal (step 5), then a CSV import with a bad line (nothing imported), then a good one.
    await tippe(seite, /^Name$/, 'Mittlere Wartezeit ohne Termin');
    await tippe(seite, /^Einheit/, 'Minuten');
    await waehle(seite, 'Richtung', 'Weniger ist besser');
    await waehle(seite, 'Frage (RBA)', 'Wie gut');
    await waehle(seite, 'Gemessene Stufe der Wirkungstreppe – optional', '5 –');
    await tippe(seite, /^Zielwert/, '10');
    await tippe(seite, /^Zieljahr/, String(new Date().getFullYear() + 1));
    await seite.getByRole('button', { name: 'Indikator anlegen' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('heading', { level: 1, name: 'Mittlere Wartezeit ohne Termin' }).waitFor();
    await expectPageToBeAccessible(seite);

    const jahr = new Date().getFullYear() - 1;
    const gut = ['jahr;wert', ...[44, 42, 40, 37, 35, 33].map((w, i) => `${jahr - 5 + i};${w}`)].join('\n');
    await seite.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'wartezeit.csv', mimeType: 'text/csv', buffer: Buffer.from(`${gut}\n3000;12\n`) });
    await seite.getByRole('button', { name: 'Importieren' }).click();
    await seite.getByText('Zeile 8: Das Jahr 3000 liegt in der Zukunft. Es wurde nichts importiert.').waitFor();
    expect(await seite.getByText('Noch keine Werte.').count()).toBe(1);
    await expectPageToBeAccessible(seite);
    await seite.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'wartezeit.csv', mimeType: 'text/csv', buffer: Buffer.from(gut) });
    await seite.getByRole('button', { name: 'Importieren' }).click();
    await seite.getByText('6 Werte importiert.').waitFor();
    await seite.getByRole('table', { name: 'Verlauf und „Weiter so“-Prognose' }).waitFor();
    await seite.getByText('Ziel ohne neue Maßnahme kaum erreichbar').waitFor();
    expect(await seite.getByRole('table', { name: 'Verlauf und „Weiter so“-Prognose' }).textContent()).toContain('Band oben (90 %)');
    await expectPageToBeAccessible(seite);

    // Back on the goal: the indicator measures step 5, so the „nur Output gemessen“ hint is gone.
    await seite.getByRole('link', { name: /^Zum Wirkungsziel/ }).click();
    await seite.getByRole('heading', { level: 1, name: 'Wartezeit im Bürgerbüro sinkt unter zehn Minuten' }).waitFor();
    await seite.getByRole('link', { name: 'Mittlere Wartezeit ohne Termin' }).waitFor();
    expect(await seite.getByText('Nur Output gemessen').count()).toBe(0);

    // On into a Wirkungsdialog on this goal: the imported indicator's target outside the band is a pre-selected
    // talking point, and a hypothesis recorded there becomes a Bedarf in one step.
    await seite.getByRole('link', { name: 'Wirkungsdialog zu diesem Ziel vorbereiten' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('heading', { name: 'Wirkungsdialog vorbereiten' }).waitFor();
    await tippe(seite, 'Titel', 'Wartezeit – was sagen die Zahlen?');
    await tippe(seite, /^Teilnehmende: Verwaltung/, 'Bürgerbüro');
    await tippe(seite, /^Teilnehmende: Politik/, '2');
    await seite.keyboard.press('Enter');
    await seite.getByRole('heading', { level: 1, name: 'Wartezeit – was sagen die Zahlen?' }).waitFor();
    const punkte = seite.getByRole('region', { name: 'Gesprächspunkte' });
    await punkte.getByText(`Mittlere Wartezeit ohne Termin: Das Ziel 10 Minuten für ${new Date().getFullYear() + 1} liegt außerhalb des Bands`, { exact: false }).waitFor();
    await expectPageToBeAccessible(seite);
    await waehle(seite, 'Art des Eintrags', 'Hypothese');
    const hypothese = 'Ohne Termin kommen vor allem Menschen, die online nicht buchen können.';
    await tippe(seite, 'Text', hypothese);
    await seite.keyboard.press('Enter');
    const hypothesen = seite.getByRole('region', { name: 'Hypothesen' });
    await hypothesen.getByText(hypothese).waitFor();
    await hypothesen.getByRole('button', { name: /^Als Bedarf erfassen/ }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByText('Die Hypothese ist jetzt ein Bedarf der Kommune.').waitFor();
    await expectPageToBeAccessible(seite);
    await hypothesen.getByRole('link', { name: 'Zum Bedarf' }).focus();
    await seite.keyboard.press('Enter');
    await seite.getByRole('heading', { level: 1, name: hypothese }).waitFor();
    expect(probleme).toEqual([]);
    await kontext.close();
  }, 400_000);
});
