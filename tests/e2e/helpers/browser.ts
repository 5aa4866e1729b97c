import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Base URL of the server under test (set by scripts/e2e.mjs). */
export const BASIS_URL = (process.env.LOTSE_E2E_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

/** Debian's Chromium; the tests never download a browser. */
export async function starteBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Sitzung {
  kontext: BrowserContext;
  seite: Page;
  /** Content-Security-Policy violations and uncaught errors seen by the page. */
  probleme: string[];
}

/**
 * A fresh browser context (own cookies) with German locale. Records CSP violations and page errors,
 * so tests can assert that the strict CSP holds.
 */
export async function neueSitzung(browser: Browser): Promise<Sitzung> {
  const kontext = await browser.newContext({ baseURL: BASIS_URL, locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  const seite = await kontext.newPage();
  const probleme: string[] = [];
  seite.on('pageerror', (e) => probleme.push(`Seitenfehler: ${e.message}`));
  seite.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) probleme.push(`CSP: ${m.text()}`);
  });
  return { kontext, seite, probleme };
}

/** Unique e-mail address per test run (the rate limit allows only a few registrations per minute). */
export function neueEmail(praefix = 'e2e'): string {
  return `${praefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@lotse.test`;
}

export const TEST_PASSWORT = 'Sicheres-Testpasswort-2026';

/** Password of the demo accounts of the server under test (scripts/e2e.mjs sets it for server and tests). */
export const DEMO_PASSWORT = process.env.LOTSE_DEMO_PASSWORT ?? '';
