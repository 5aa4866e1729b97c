import { expect } from 'vitest';
import { BasisSeite } from './BasisSeite.ts';

export class AnmeldenSeite extends BasisSeite {
  async oeffnen(weiter?: string) {
    await this.aufrufen(weiter ? `/anmelden?weiter=${encodeURIComponent(weiter)}` : '/anmelden');
    return this;
  }

  get email() {
    return this.page.getByLabel('E-Mail-Adresse');
  }

  get passwort() {
    return this.page.getByLabel('Passwort', { exact: true });
  }

  async anmelden(email: string, passwort: string) {
    await this.email.fill(email);
    await this.passwort.fill(passwort);
    await this.page.locator('main').getByRole('button', { name: 'Anmelden' }).click();
  }
}

export class RegistrierenSeite extends BasisSeite {
  async oeffnen(einladung?: string) {
    await this.aufrufen(einladung ? `/registrieren?einladung=${encodeURIComponent(einladung)}` : '/registrieren');
    return this;
  }

  async registrieren(d: { name: string; email: string; passwort: string; wiederholung?: string }) {
    await this.page.getByLabel('Name', { exact: true }).fill(d.name);
    await this.page.getByLabel('E-Mail-Adresse').fill(d.email);
    await this.page.getByLabel('Passwort', { exact: true }).fill(d.passwort);
    await this.page.getByLabel('Passwort wiederholen').fill(d.wiederholung ?? d.passwort);
    await this.page.getByRole('button', { name: 'Konto anlegen' }).click();
  }
}

export class KontoSeite extends BasisSeite {
  async oeffnen() {
    await this.aufrufen('/konto');
    return this;
  }

  async erwarteAngemeldetAls(email: string) {
    await this.page.waitForURL(/\/konto$/);
    await this.page.getByRole('heading', { level: 2, name: 'Ihre Angaben' }).waitFor();
    expect(await this.page.locator('main').textContent()).toContain(email);
  }
}
