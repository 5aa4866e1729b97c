import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_KONTEN } from '../../../src/modules/konten/konten.demo.ts';
import { BASIS_URL, DEMO_PASSWORT } from './browser.ts';
import { expect } from 'vitest';

/**
 * API calls in the cookie jar of a browser context (so the browser is signed in afterwards).
 * State-changing requests need the CSRF header that repeats the lotse_csrf cookie.
 */
export async function apiAufruf(kontext: BrowserContext, methode: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', pfad: string, body?: unknown) {
  let csrf = (await kontext.cookies()).find((c) => c.name === 'lotse_csrf')?.value;
  if (!csrf) {
    await kontext.request.get('/api/health');
    csrf = (await kontext.cookies()).find((c) => c.name === 'lotse_csrf')?.value;
  }
  const senden = () =>
    kontext.request.fetch(pfad, {
      method: methode,
      headers: methode === 'GET' ? {} : { 'x-csrf-token': csrf ?? '' },
      data: body,
    });
  let res = await senden();
  // Login and registration are rate-limited per minute; wait once as the server asks (Retry-After).
  if (res.status() === 429) {
    const sekunden = Math.min(Number(res.headers()['retry-after'] ?? 60) || 60, 65);
    await new Promise((r) => setTimeout(r, sekunden * 1000));
    res = await senden();
  }
  const text = await res.text();
  return { status: res.status(), body: text ? JSON.parse(text) : undefined };
}

/** Registers a new account and signs it in (registration itself never signs in, see the konten module). */
export async function registriereUeberApi(kontext: BrowserContext, d: { name: string; email: string; passwort: string; einladung?: string }) {
  const r = await apiAufruf(kontext, 'POST', '/api/auth/register', d);
  expect(r.status, JSON.stringify(r.body)).toBe(202);
  await meldeAnUeberApi(kontext, d.email, d.passwort);
}

export async function meldeAnUeberApi(kontext: BrowserContext, email: string, passwort: string) {
  const r = await apiAufruf(kontext, 'POST', '/api/auth/login', { email, passwort });
  expect(r.status, JSON.stringify(r.body)).toBe(204);
}

/**
 * The platform admin (demo account) assigns an account to a Kommune – the quick way to a member or admin of a
 * Kommune without demo content of its own.
 */
export async function vergibMitgliedschaft(browser: Browser, email: string, kommuneId: string, rolle: 'mitglied' | 'admin') {
  const plattform = DEMO_KONTEN.find((k) => 'plattform' in k && k.plattform === 'plattform-admin')!;
  const kontext = await browser.newContext({ baseURL: BASIS_URL });
  try {
    await meldeAnUeberApi(kontext, plattform.email, DEMO_PASSWORT);
    const r = await apiAufruf(kontext, 'POST', '/api/admin/mitgliedschaften', { email, kommuneId, rolle });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  } finally {
    await kontext.close();
  }
}

/** Only the keyboard: focus a select and move with the arrow keys to the option that starts with `text`. */
export async function waehleMitTastatur(seite: Page, label: string, text: string) {
  const feld = seite.getByLabel(label, { exact: true });
  await feld.focus();
  const { jetzt, ziel } = await feld.evaluate((el: HTMLSelectElement, t: string) => ({ jetzt: el.selectedIndex, ziel: [...el.options].findIndex((o) => o.text.startsWith(t)) }), text);
  expect(ziel, `${label}: ${text}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(ziel - jetzt); i++) await seite.keyboard.press(ziel > jetzt ? 'ArrowDown' : 'ArrowUp');
  expect(await feld.evaluate((el: HTMLSelectElement) => el.selectedIndex)).toBe(ziel);
}
