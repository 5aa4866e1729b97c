import type { Locator } from 'playwright-core';
import { BasisSeite } from './BasisSeite.ts';

/** Page objects of the solution transfer: catalogue, needs, Lotse inbox, Transferstelle pages. */

/** Unique, letters-only suffix per test run (the matcher tokenises words; digits would split them). */
export function eindeutig(laenge = 6): string {
  const buchstaben = 'bcdfghjklmnpqrstvwxz';
  let s = '';
  for (let i = 0; i < laenge; i++) s += buchstaben[Math.floor(Math.random() * buchstaben.length)];
  return s;
}

/** Public catalogue /loesungen. */
export class KatalogSeite extends BasisSeite {
  async oeffnen(query = '') {
    await this.aufrufen(query ? `/loesungen?${query}` : '/loesungen');
    await this.ergebnisZeile.waitFor();
    return this;
  }

  get formular() {
    return this.page.getByRole('search', { name: 'Lösungen suchen und filtern' });
  }

  get suchfeld() {
    return this.page.getByRole('searchbox', { name: /Ihr Anliegen in eigenen Worten/ });
  }

  get handlungsfeld() {
    return this.page.getByRole('combobox', { name: /^Handlungsfeld/ });
  }

  get nurSiegel() {
    return this.page.getByRole('checkbox', { name: 'Nur Lösungen mit Siegel „Bewährt“' });
  }

  /** The result count line ("N Lösungen gefunden." / "Keine Lösung gefunden."). */
  get ergebnisZeile() {
    return this.page.locator('section[aria-labelledby="loesungen-ergebnisse"] > [role="status"]').filter({ hasText: 'gefunden.' });
  }

  get karten(): Locator {
    return this.page.locator('section[aria-labelledby="loesungen-ergebnisse"] article.kern-card');
  }

  /** Submits the search form and waits until the URL and the result line reflect the new query. */
  async absenden() {
    const vorher = this.page.url();
    // The list is always (re)loaded from GET /api/loesungen; wait for that answer, not only for the URL,
    // so that no count or card of the previous result is read.
    const liste = this.page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === '/api/loesungen');
    await this.formular.getByRole('button', { name: 'Suchen' }).click();
    await this.page.waitForURL((u) => u.toString() !== vorher);
    await liste;
    await this.page.waitForLoadState('networkidle');
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await this.ergebnisZeile.waitFor();
    return this;
  }

  async suchen(text: string) {
    await this.suchfeld.fill(text);
    return this.absenden();
  }

  /** Number from the result line (0 for "Keine Lösung gefunden."). */
  async anzahl(): Promise<number> {
    const text = (await this.ergebnisZeile.textContent()) ?? '';
    if (/Keine Lösung/.test(text)) return 0;
    if (/Eine Lösung/.test(text)) return 1;
    const m = text.match(/([\d.]+) Lösungen/);
    return m ? Number(m[1].replace(/\./g, '')) : NaN;
  }

  /** Card titles in result order. */
  async titel(): Promise<string[]> {
    return (await this.karten.getByRole('heading').allTextContents()).map((s) => s.trim());
  }
}

export class LoesungDetailSeite extends BasisSeite {
  async oeffnen(id: string) {
    await this.aufrufen(`/loesungen/${id}`);
    return this.erwarteGeladen();
  }

  async erwarteGeladen() {
    await this.page.waitForURL(/\/loesungen\/[0-9a-f-]{36}$/);
    await this.page.getByRole('heading', { level: 2, name: 'Eckdaten' }).waitFor();
    await this.page.waitForLoadState('networkidle');
    return this;
  }

  /** The section of a pending revision (only for the Kommune and the Transferstelle). */
  get ueberarbeitung() {
    return this.page.locator('section[aria-labelledby="l-ueberarbeitung"]');
  }

  get meldung() {
    return this.page.locator('main .kern-alert').first();
  }
}

/** /loesungen/:id/bearbeiten (for a published solution: its revision). */
export class LoesungFormularSeite extends BasisSeite {
  async oeffnen(id: string) {
    await this.aufrufen(`/loesungen/${id}/bearbeiten`);
    await this.titel.waitFor();
    return this;
  }

  get titel() {
    return this.page.getByRole('textbox', { name: /^Titel/ });
  }

  get links() {
    return this.page.getByRole('textbox', { name: /^Links/ });
  }

  get kommentar() {
    return this.page.getByRole('textbox', { name: /^Was haben Sie geändert\?/ });
  }
}

/** /transferstelle/pruefung */
export class PruefungSeite extends BasisSeite {
  async oeffnen() {
    await this.aufrufen('/transferstelle/pruefung');
    await this.page.getByRole('heading', { level: 2, name: /^Eingereichte Entwürfe und Überarbeitungen \(\d+\)$/ }).waitFor();
    return this;
  }

  /** The card of a submitted item by its (new) title. */
  karte(titel: string) {
    return this.page.locator('section[aria-labelledby="pruefung-eingereicht"] article.kern-card').filter({ has: this.page.getByRole('heading', { name: titel }) });
  }
}

/** /bedarfe: intake form and list of the own Kommune's needs. */
export class BedarfeSeite extends BasisSeite {
  async oeffnen() {
    await this.aufrufen('/bedarfe');
    await this.page.getByRole('heading', { level: 2, name: 'Neuen Bedarf erfassen' }).waitFor();
    await this.liste.waitFor();
    return this;
  }

  get formular() {
    return this.page.getByRole('form', { name: 'Neuen Bedarf erfassen' });
  }

  get titelFeld() {
    return this.page.getByLabel(/^Worum geht es\?/);
  }

  get beschreibung() {
    return this.page.getByLabel(/^Beschreibung/);
  }

  get liste() {
    return this.page.getByRole('table', { name: 'Bedarfe mit Status, Dringlichkeit und Alter' });
  }

  zeile(titel: string) {
    return this.liste.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: titel }) });
  }
}

export class BedarfDetailSeite extends BasisSeite {
  async erwarteGeladen(titel: string) {
    await this.page.getByRole('heading', { level: 1, name: titel }).waitFor();
    return this;
  }

  get matcherAbschnitt() {
    return this.page.locator('section[aria-labelledby="bedarf-matcher"]');
  }

  /** Waits for the matcher's suggestions (cards with a "Passung" badge). */
  async vorschlaegeDerSuche() {
    const karten = this.matcherAbschnitt.locator('li.kern-card');
    await karten.first().waitFor();
    return karten;
  }
}

/** /lotse: inbox of Lotsinnen and Lotsen. */
export class LotseEingangSeite extends BasisSeite {
  async oeffnen(query = '') {
    await this.aufrufen(query ? `/lotse?${query}` : '/lotse');
    await this.anzahlZeile.waitFor();
    return this;
  }

  get anzahlZeile() {
    return this.page.getByRole('status').filter({ hasText: /(Bedarfe?\.|Ein Bedarf\.|Keine Bedarfe)/ }).first();
  }

  get karten() {
    return this.page.locator('section[aria-labelledby="eingang-liste"] article.kern-card');
  }

  karte(titel: string) {
    return this.page.getByRole('article', { name: titel, exact: true });
  }

  /** Finds the card of a need, paging forward through the inbox if needed. */
  async finde(titel: string): Promise<Locator> {
    if (await this.karte(titel).count()) return this.karte(titel);
    // Start at the first page of the current filter, then page forward.
    const url = new URL(this.page.url());
    if (url.searchParams.has('offset')) {
      url.searchParams.delete('offset');
      await this.oeffnen(url.searchParams.toString());
    }
    for (let i = 0; i < 20; i++) {
      if (await this.karte(titel).count()) return this.karte(titel);
      const weiter = this.page.getByRole('navigation', { name: /Seiten|Blättern/i }).locator('a[rel="next"]');
      if (!(await weiter.count())) break;
      // The list is replaced only when the next page has arrived: wait for that response.
      await Promise.all([this.page.waitForResponse((r) => r.url().includes('/api/lotse/eingang') && r.ok()), weiter.click()]);
      await this.page.getByText(`Seite ${i + 2} von`).waitFor();
    }
    throw new Error(`Bedarf „${titel}“ nicht im Eingang gefunden.`);
  }

  /** Age in days per card, in display order ("heute" = 0). */
  async alterInTagen(): Promise<number[]> {
    const texte = await this.karten.locator('.kern-card__body > p.kern-body--small:first-child strong').allTextContents();
    return texte
      .map((s) => s.trim())
      .filter((s) => s === 'heute' || /^seit [\d.]+ Tag/.test(s))
      .map((s) => (s === 'heute' ? 0 : Number(s.replace(/\D/g, ''))));
  }
}

/** /transferstelle/nachfrage */
export class NachfrageSeite extends BasisSeite {
  async oeffnen() {
    await this.aufrufen('/transferstelle/nachfrage');
    await this.page.getByRole('heading', { level: 2, name: 'Überblick' }).waitFor();
    return this;
  }

  diagramm(titel: string) {
    return this.page.getByRole('img', { name: `Diagramm: ${titel}. Die Werte stehen in der folgenden Tabelle.` });
  }

  /** Opens the collapsible data table of a chart and returns it. */
  async datentabelle(titel: string) {
    const figur = this.page.locator('div.lotse-diagramm').filter({ has: this.diagramm(titel) });
    const details = figur.locator('details');
    // Collapsible tables ("Daten als Tabelle") are opened first; the others are always visible.
    if ((await details.count()) && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await details.locator('summary', { hasText: 'Daten als Tabelle' }).click();
    }
    const tabelle = figur.getByRole('table', { name: titel, exact: true });
    await tabelle.waitFor();
    return tabelle;
  }
}

/** /transferstelle/thesaurus */
export class ThesaurusSeite extends BasisSeite {
  async oeffnen(q?: string) {
    await this.aufrufen(q ? `/transferstelle/thesaurus?q=${encodeURIComponent(q)}` : '/transferstelle/thesaurus');
    await this.page.getByRole('heading', { level: 2, name: 'Begriffsgruppen' }).waitFor();
    await this.page.locator('section[aria-labelledby="thesaurus-liste"] [role="status"]').waitFor();
    return this;
  }

  get neuFormular() {
    return this.page.getByRole('form', { name: 'Neue Begriffsgruppe' });
  }

  bearbeitenFormular(begriff: string) {
    return this.page.getByRole('form', { name: `Begriffsgruppe „${begriff}“ bearbeiten` });
  }

  get tabelle() {
    return this.page.getByRole('table', { name: 'Begriffsgruppen' });
  }

  zeile(begriff: string) {
    return this.tabelle.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: begriff, exact: true }) });
  }

  get meldung() {
    return this.page.locator('main .kern-alert').first();
  }

  async ausfuellen(formular: Locator, d: { begriff?: string; synonyme?: string[]; hinweis?: string }) {
    if (d.begriff !== undefined) await formular.getByRole('textbox', { name: /^Begriff/ }).fill(d.begriff);
    if (d.synonyme) await formular.getByRole('textbox', { name: /^Gleichbedeutende Begriffe/ }).fill(d.synonyme.join('\n'));
    if (d.hinweis !== undefined) await formular.getByRole('textbox', { name: /^Hinweis/ }).fill(d.hinweis);
  }
}

/** /transferstelle/import */
export class ImportSeite extends BasisSeite {
  async oeffnen() {
    await this.aufrufen('/transferstelle/import');
    await this.datei.waitFor();
    return this;
  }

  get datei() {
    return this.page.getByLabel('Datei (JSON oder CSV)');
  }

  get knopf() {
    return this.page.getByRole('button', { name: 'Importieren' });
  }

  async dateiWaehlen(name: string, inhalt: unknown) {
    await this.datei.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(inhalt, null, 2), 'utf8') });
  }
}
