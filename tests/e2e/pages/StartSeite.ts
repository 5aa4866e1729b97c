import { BasisSeite } from './BasisSeite.ts';

export class StartSeite extends BasisSeite {
  async oeffnen() {
    await this.aufrufen('/');
    return this;
  }

  get suchfeld() {
    return this.page.getByRole('searchbox', { name: /Name oder Schlüssel/ });
  }

  async suchen(begriff: string) {
    await this.suchfeld.fill(begriff);
    await this.page.getByRole('button', { name: 'Suchen' }).click();
    await this.page.waitForURL(/\/kommunen\?/);
  }
}
