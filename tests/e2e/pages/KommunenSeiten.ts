import { BasisSeite } from './BasisSeite.ts';

export class KommunenSucheSeite extends BasisSeite {
  async oeffnen(q?: string) {
    await this.aufrufen(q === undefined ? '/kommunen' : `/kommunen?q=${encodeURIComponent(q)}`);
    return this;
  }

  /** Waits for the search result (count line) and returns the result table. */
  async ergebnisse() {
    await this.page.getByRole('status').filter({ hasText: /gefunden/ }).first().waitFor();
    return this.page.getByRole('table', { name: 'Gefundene Kommunen' });
  }

  zeile(name: string | RegExp) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
}

export class KommuneDetailSeite extends BasisSeite {
  async oeffnen(key: string) {
    await this.aufrufen(`/kommunen/${key}`);
    await this.page.getByRole('heading', { level: 2, name: 'Größenklasse' }).or(this.page.getByText('Kommune nicht gefunden')).first().waitFor();
    return this;
  }

  get groessenklasse() {
    return this.page.locator('section[aria-labelledby="kommune-groessenklasse"]');
  }
}
