import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORT, neueSitzung, starteBrowser } from '../helpers/browser.ts';
import { apiAufruf, meldeAnUeberApi } from '../helpers/api.ts';
import { expectPageToBeAccessible } from '../helpers/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await starteBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Community je Lösung', () => {
  it('Gießen fragt, Marburg (übernimmt die Lösung) sieht die Frage unter „Was steht an?“ und antwortet, Gießen akzeptiert', async () => {
    const giessen = await neueSitzung(browser);
    await meldeAnUeberApi(giessen.kontext, 'mitarbeit@giessen.example', DEMO_PASSWORT);
    const katalog = await apiAufruf(giessen.kontext, 'GET', '/api/loesungen?limit=50');
    const loesung = (katalog.body.items as { id: string; titel: string; sprache: string; herkunft: { kommuneId: string } | null }[])
      .find((l) => l.sprache === 'de' && l.herkunft && !['065310005005', '065340014014'].includes(l.herkunft.kommuneId))!;
    expect(loesung).toBeTruthy();

    const marburg = await neueSitzung(browser);
    await meldeAnUeberApi(marburg.kontext, 'admin@marburg.example', DEMO_PASSWORT);
    const start = await apiAufruf(marburg.kontext, 'POST', '/api/uebernahmen', { loesungId: loesung.id });
    expect([201, 409], JSON.stringify(start.body)).toContain(start.status);

    // Gießen: from the solution page to its questions, ask one
    const s = giessen.seite;
    await s.goto(`/loesungen/${loesung.id}`, { waitUntil: 'domcontentloaded' });
    await s.getByRole('link', { name: 'Fragen und Antworten zu dieser Lösung' }).click();
    await s.getByRole('heading', { level: 1, name: /^Fragen zur Lösung/ }).waitFor();
    await expectPageToBeAccessible(s);
    await s.getByRole('button', { name: 'Frage stellen' }).click();
    await s.getByRole('link', { name: /mindestens 5 Zeichen/ }).waitFor();
    await expectPageToBeAccessible(s);
    await s.getByLabel('Ihre Frage in einem Satz').fill('Wie lange hat die Einführung bei Ihnen gedauert?');
    await s.getByLabel('Worum geht es genau?').fill('Wir sind eine Stadt mit rund 90.000 Einwohnern und planen den Start im Frühjahr.');
    await s.getByRole('button', { name: 'Frage stellen' }).click();
    await s.getByRole('heading', { level: 1, name: 'Wie lange hat die Einführung bei Ihnen gedauert?' }).waitFor();
    await s.getByRole('status').filter({ hasText: 'Ihre Frage ist gestellt' }).waitFor();
    await expectPageToBeAccessible(s);

    // Marburg: „Was steht an?“ lists the question to answer
    const m = marburg.seite;
    await m.goto('/anstehend');
    const punkt = m.getByRole('link', { name: /Frage „Wie lange hat die Einführung bei Ihnen gedauert\?“ zur Lösung/ });
    await punkt.waitFor();
    await expectPageToBeAccessible(m);
    await punkt.click();
    await m.getByRole('textbox', { name: 'Ihre Antwort' }).fill('Bei uns waren es vier Monate, davon zwei für die Anbindung an das Fachverfahren.');
    await m.getByRole('button', { name: 'Antwort senden' }).click();
    await m.getByRole('status').filter({ hasText: 'Ihre Antwort ist veröffentlicht' }).waitFor();
    await m.getByText('übernimmt die Lösung').waitFor();
    await expectPageToBeAccessible(m);
    await m.goto('/anstehend');
    await m.getByRole('heading', { level: 1, name: 'Was steht an?' }).waitFor();
    await m.waitForLoadState('networkidle');
    expect(await m.getByRole('link', { name: /Wie lange hat die Einführung/ }).count()).toBe(0);

    // Gießen marks the answer as the most helpful
    await s.reload();
    await s.getByRole('button', { name: 'Als hilfreichste Antwort markieren' }).click();
    await s.getByText('Akzeptierte Antwort').waitFor();
    await expectPageToBeAccessible(s);
    expect([...giessen.probleme, ...marburg.probleme]).toEqual([]);
    await giessen.kontext.close();
    await marburg.kontext.close();
  });
});
