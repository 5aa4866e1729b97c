import type { Locator, Response } from 'playwright-core';
import { BasisSeite } from './BasisSeite.ts';

/** Titles of the two self-assessments (questionnaire data in src/modules/erhebungen/frageboegen/). */
export const LERNENDE_ORGANISATION = 'Lernende Organisation';
export const DIGITALE_KOMMUNE = 'Digitale Kommune';

/** Round id from an /erhebungen/:id URL. */
export function rundeIdAusUrl(url: string): string {
  const m = /\/erhebungen\/([0-9a-f-]{36})/i.exec(url);
  if (!m) throw new Error(`Keine Runden-ID in ${url}`);
  return m[1];
}

/** /erhebungen – start a check (member), open a team round (admin), list of rounds. */
export class ErhebungenUebersichtSeite extends BasisSeite {
  async oeffnen() {
    await this.aufrufen('/erhebungen');
    await this.page.getByRole('heading', { level: 2, name: 'Bisherige Runden' }).waitFor();
    // Questionnaires and rounds load separately; wait for both so nothing moves under the mouse.
    await this.page.getByRole('heading', { level: 2, name: 'Einen Selbstcheck starten' }).waitFor();
    await this.page.getByRole('table', { name: 'Runden der Selbstchecks' }).or(this.page.getByText('Ihre Kommune hat noch keinen Selbstcheck durchgeführt.')).waitFor();
    return this;
  }

  startKnopf(titelTeil: string | RegExp) {
    return this.page.getByRole('button', { name: typeof titelTeil === 'string' ? new RegExp(`„[^“]*${titelTeil}[^“]*“ starten`) : titelTeil });
  }

  /** Starts a new individual round by mouse and returns its id (after the fill-in page is shown). */
  async starten(titelTeil: string) {
    const antwort = this.page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/kommunen\/\d+\/erhebungen$/.test(r.url()));
    await this.startKnopf(titelTeil).click();
    const res = await antwort;
    if (res.status() !== 201) throw new Error(`Selbstcheck starten: HTTP ${res.status()} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    await this.page.waitForURL(`**/erhebungen/${id}`);
    return id;
  }

  /** Link "Fortsetzen" of a round in the table (the accessible name also holds questionnaire and date). */
  fortsetzenLink(rundeId: string) {
    return this.page.locator(`main a[href="/erhebungen/${rundeId}"]`);
  }

  get teamFormular() {
    return this.page.getByRole('form', { name: 'Team-Befragung öffnen' });
  }

  /** Opens a team round (admin). Returns round id and the anonymous link (shown only once). */
  async teamOeffnen(fragebogenId: string, bis: string): Promise<{ rundeId: string; link: string }> {
    const f = this.teamFormular;
    await f.getByLabel('Fragebogen').selectOption(fragebogenId);
    await f.getByLabel('Antworten möglich bis').fill(bis);
    const antwort = this.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/erhebungen/team'));
    await f.getByRole('button', { name: 'Team-Befragung öffnen' }).click();
    const res = await antwort;
    if (res.status() !== 201) throw new Error(`Team-Befragung: HTTP ${res.status()} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    const feld = this.page.getByLabel('Anonymer Link für Ihre Beschäftigten');
    await feld.waitFor();
    return { rundeId: id, link: await feld.inputValue() };
  }
}

/** /erhebungen/:id and /team/:token – the questionnaire in steps (one section per step). */
export class FragebogenSeite extends BasisSeite {
  async oeffnen(rundeId: string) {
    await this.aufrufen(`/erhebungen/${rundeId}`);
    await this.fortschrittsbalken.waitFor();
    return this;
  }

  get fortschrittsbalken(): Locator {
    return this.page.getByRole('progressbar', { name: 'Beantwortete Fragen' });
  }

  /** [answered, total] from the <progress> element. */
  async fortschritt(): Promise<[number, number]> {
    const el = this.fortschrittsbalken;
    return [Number(await el.getAttribute('value')), Number(await el.getAttribute('max'))];
  }

  /** "Schritt i von n" */
  async schritt(): Promise<[number, number]> {
    const text = (await this.page.locator('main .kern-preline').filter({ hasText: /^Schritt \d+ von \d+$/ }).textContent()) ?? '';
    const m = /Schritt (\d+) von (\d+)/.exec(text);
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
  }

  get abschnittUeberschrift(): Locator {
    return this.page.locator('main h2[tabindex="-1"]');
  }

  get speicherstatus(): Locator {
    return this.page.locator('main .lotse-speicherstatus');
  }

  /** The visible questions of the current step. */
  get fragen(): Locator {
    return this.page.locator('main .lotse-frage');
  }

  frage(itemId: string): Locator {
    return this.page.locator(`#frage-${itemId}`);
  }

  /** Waits for the next successful autosave (PUT …/antworten). */
  speichernAbwarten(): Promise<Response> {
    return this.page.waitForResponse((r) => r.request().method() === 'PUT' && /\/antworten$/.test(new URL(r.url()).pathname) && r.ok());
  }

  /**
   * Answers every visible, unanswered question of the current step with the mouse: radios and checkboxes get
   * option number `index` (or the option `wahl[itemId]` names), number fields `zahl`. Repeats until nothing is
   * left, because some answers reveal follow-up questions.
   */
  async schrittMitMausBeantworten(wahl: Record<string, string> = {}, zahl = '25', index = 0) {
    for (let runde = 0; runde < 5; runde++) {
      let geaendert = false;
      const anzahl = await this.fragen.count();
      for (let i = 0; i < anzahl; i++) {
        const frage = this.fragen.nth(i);
        const id = ((await frage.getAttribute('id')) ?? '').replace(/^frage-/, '');
        const radios = frage.getByRole('radio');
        const boxen = frage.getByRole('checkbox');
        const zahlFeld = frage.getByRole('spinbutton');
        if (await zahlFeld.count()) {
          if ((await zahlFeld.inputValue()) === '') {
            await zahlFeld.click();
            await zahlFeld.fill(zahl);
            geaendert = true;
          }
        } else if (await radios.count()) {
          if ((await frage.locator('input:checked').count()) === 0) {
            await (wahl[id] ? frage.getByLabel(wahl[id], { exact: true }) : radios.nth(Math.min(index, (await radios.count()) - 1))).check();
            geaendert = true;
          }
        } else if (await boxen.count()) {
          if ((await frage.locator('input:checked').count()) === 0) {
            await (wahl[id] ? frage.getByLabel(wahl[id], { exact: true }) : boxen.first()).check();
            geaendert = true;
          }
        }
      }
      if (!geaendert) return;
    }
  }

  /** What has keyboard focus right now. */
  fokus() {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return { tag: '', typ: '', name: '', text: '', gruppeBeantwortet: false };
      const typ = el.tagName === 'INPUT' ? el.type : '';
      return {
        tag: el.tagName,
        typ,
        name: el.getAttribute('name') ?? '',
        text: (el.textContent ?? '').trim(),
        gruppeBeantwortet: typ === 'radio' && !!el.name && !!document.querySelector(`input[type=radio][name="${el.name}"]:checked`),
      };
    });
  }

  /**
   * Fills the questionnaire with the keyboard only: Tab moves from group to group, Space selects the focused
   * option of an unanswered radio group, ArrowRight moves the selection on (`pfeile(name)` times), text areas
   * get typed text, Enter on "Weiter" goes to the next step. Stops with the focus on the final button
   * (`schlussKnopf`), or on "Weiter" in step `bisSchritt` (before pressing it).
   */
  async perTastaturAusfuellen(o: { pfeile: (name: string, n: number) => number; schlussKnopf: string; bisSchritt?: number; freitext?: string }) {
    let beantwortet = 0;
    for (let i = 0; i < 600; i++) {
      const f = await this.fokus();
      if (f.typ === 'radio' && !f.gruppeBeantwortet) {
        await this.page.keyboard.press('Space');
        for (let k = o.pfeile(f.name, beantwortet); k > 0; k--) await this.page.keyboard.press('ArrowRight');
        beantwortet++;
      } else if (f.tag === 'TEXTAREA' && o.freitext) {
        if (!(await this.page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value))) await this.page.keyboard.type(o.freitext);
      } else if (f.tag === 'BUTTON' && f.text === 'Weiter') {
        const [nr] = await this.schritt();
        if (o.bisSchritt === nr) return;
        await this.page.keyboard.press('Enter');
        await this.page.locator('main .kern-preline', { hasText: `Schritt ${nr + 1} von` }).waitFor();
        // The new step's heading gets the focus; Tab continues from there.
        await this.page.waitForFunction(() => document.activeElement?.tagName === 'H2');
        continue;
      } else if (f.tag === 'BUTTON' && f.text === o.schlussKnopf) {
        return;
      }
      await this.page.keyboard.press('Tab');
    }
    throw new Error('Der Fragebogen ließ sich nicht mit der Tastatur durchlaufen.');
  }

  /** Answers every step with the mouse (see schrittMitMausBeantworten) and stops in the last step. */
  async allesMitMausBeantworten(wahl: Record<string, string> = {}, zahl = '25', index = 0) {
    for (;;) {
      await this.schrittMitMausBeantworten(wahl, zahl, index);
      const [nr, n] = await this.schritt();
      if (nr >= n) return;
      await this.weiter();
    }
  }

  get weiterKnopf() {
    return this.page.locator('main').getByRole('button', { name: 'Weiter', exact: true });
  }

  /** Clicks "Weiter" and waits until the next step's heading has focus. */
  async weiter() {
    const [vorher] = await this.schritt();
    await this.weiterKnopf.click();
    await this.page.locator('main .kern-preline', { hasText: `Schritt ${vorher + 1} von` }).waitFor();
  }
}

/** /erhebungen/:id/ergebnis */
export class ErgebnisSeite extends BasisSeite {
  async oeffnen(rundeId: string) {
    await this.aufrufen(`/erhebungen/${rundeId}/ergebnis`);
    return this;
  }

  /** Waits until the result (or the "too few answers" notice) has loaded. */
  async geladen() {
    await this.page
      .getByRole('heading', { level: 2, name: 'Bericht und Daten' })
      .waitFor();
    await this.page.waitForLoadState('networkidle');
    return this;
  }

  abschnitt(ueberschrift: string | RegExp): Locator {
    return this.page.locator('main section').filter({ has: this.page.getByRole('heading', { level: 2, name: ueberschrift }) });
  }

  diagramm(titel: string): Locator {
    return this.page.getByRole('img', { name: `Diagramm: ${titel}. Die Werte stehen in der folgenden Tabelle.` });
  }

  /** A chart's data table; opens the <details> around it if needed. */
  async diagrammTabelle(titel: string): Promise<Locator> {
    const tabelle = this.page.getByRole('table', { name: titel, exact: true });
    if (!(await tabelle.isVisible())) {
      const details = this.page.locator('main .lotse-diagramm').filter({ has: this.page.locator('.lotse-diagramm__titel', { hasText: titel }) }).locator('details');
      await details.locator('summary').click();
    }
    await tabelle.waitFor();
    return tabelle;
  }

  get pdfLink() {
    return this.page.getByRole('link', { name: 'PDF-Bericht für Rat/Kreistag' });
  }

  get csvLink() {
    return this.page.getByRole('link', { name: 'Antworten als CSV' });
  }

  bedarfAnlegenKnopf(dimension: string) {
    return this.page.getByRole('button', { name: `Bedarf anlegen: ${dimension}` });
  }

  /** Titles of the weakest dimensions shown under "Wo Sie ansetzen können". */
  async lueckenTitel(): Promise<string[]> {
    return this.abschnitt('Wo Sie ansetzen können').locator('li.lotse-luecke h3').allTextContents();
  }
}
