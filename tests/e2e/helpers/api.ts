import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';

/**
 * API calls in the cookie jar of a browser context (so the browser is signed in afterwards).
 * State-changing requests need the CSRF header that repeats the lotse_csrf cookie.
 */
export async function apiAufruf(kontext: BrowserContext, methode: 'GET' | 'POST', pfad: string, body?: unknown) {
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
