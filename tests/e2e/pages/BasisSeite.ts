import type { Locator, Page } from 'playwright-core';

/** What every Lotse page has: header navigation, one h1 in main, footer. */
export class BasisSeite {
  constructor(readonly page: Page) {}

  /** Opens a path and waits until the page's h1 is rendered (pages load lazily). */
  async aufrufen(pfad: string) {
    await this.page.goto(pfad);
    await this.ueberschrift.waitFor();
    await this.page.waitForLoadState('networkidle');
    return this;
  }

  get ueberschrift(): Locator {
    return this.page.locator('main h1');
  }

  get hauptnavigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Hauptnavigation' });
  }

  async abmelden() {
    await this.hauptnavigation.getByRole('button', { name: 'Abmelden' }).click();
    await this.hauptnavigation.getByRole('link', { name: 'Anmelden' }).waitFor();
  }

  async istAngemeldet(): Promise<boolean> {
    return (await this.hauptnavigation.getByRole('link', { name: 'Mein Konto' }).count()) > 0;
  }
}
