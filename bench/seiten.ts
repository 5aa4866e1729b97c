/**
 * Page speed in the real browser (issue 9, item 14): Debian's Chromium via playwright-core with the launch flags
 * of the browser tests, Lotse on a fresh PGlite directory with the demo content (as scripts/e2e.mjs starts it).
 *
 * Per page: time from navigation start until the page is interactive = main heading visible, no loading
 * indicator, network idle; measured inside the page as the later of the last response end and the last DOM
 * change (so Playwright's own 500 ms idle wait is not counted). `LADUNGEN` loads per page, the first with an
 * empty cache; median and worst. Baseline in the same run: a bare static HTML page served by node:http.
 * Also: initial JavaScript of the built app (script + modulepreload of index.html, gzip) and the JavaScript
 * each page fetches.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT_DIR } from '../src/core/config.ts';
import { runde, starteLotse } from './werkzeuge.ts';

const LADUNGEN = Number(process.env.LOTSE_BENCH_LADUNGEN ?? 5);
const ZIEL_MS = 1500;
const ZIEL_JS_KB = 200;
const WEB = path.join(ROOT_DIR, 'dist', 'web');

const gzipKb = (datei: string) => zlib.gzipSync(fs.readFileSync(datei), { level: 9 }).length / 1024;

/** JavaScript loaded before any page code runs: the entry script and its modulepreloads (gzip, KB). */
export function initialesJs(): { dateien: string[]; gzip_kb: number } {
  const html = fs.readFileSync(path.join(WEB, 'index.html'), 'utf8');
  const dateien = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return { dateien, gzip_kb: runde(dateien.reduce((s, d) => s + gzipKb(path.join(WEB, d)), 0)) };
}

// Runs in the page before any of its scripts: remembers the time of the last DOM change.
const BEOBACHTER = `(() => {
  window.__lotseLetzteAenderung = 0;
  new MutationObserver(() => { window.__lotseLetzteAenderung = performance.now(); })
    .observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

interface Messung {
  ms: number;
  js_gzip_kb: number;
  /** Main heading after loading (shows that the page really is the one asked for). */
  h1: string;
}

async function ladeEinmal(page: Page, url: string): Promise<Messung> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('main h1, body > h1').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.lotse-ladeanzeige'), undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 });
  const r = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const letzteAntwort = Math.max(nav?.responseEnd ?? 0, ...res.map((e) => e.responseEnd));
    const dom = (window as unknown as { __lotseLetzteAenderung?: number }).__lotseLetzteAenderung ?? 0;
    const h1 = document.querySelector('main h1, body > h1')?.textContent?.trim() ?? '';
    return { ms: Math.max(letzteAntwort, dom), h1, js: res.filter((e) => /\.js(\?|$)/.test(e.name)).map((e) => new URL(e.name).pathname) };
  });
  const js = r.js.reduce((s, p) => {
    const datei = path.join(WEB, p);
    return fs.existsSync(datei) ? s + gzipKb(datei) : s;
  }, 0);
  return { ms: r.ms, js_gzip_kb: js, h1: r.h1 };
}

function auswerten(xs: Messung[]) {
  const ms = xs.map((x) => x.ms).sort((a, b) => a - b);
  return {
    median_ms: runde(ms[Math.floor(ms.length / 2)]),
    max_ms: runde(ms[ms.length - 1]),
    erste_ladung_ms: runde(xs[0].ms),
    js_gzip_kb: runde(xs[0].js_gzip_kb),
    ueberschrift: xs[0].h1,
  };
}

/** A bare static HTML page from node:http – what the browser and this machine need at the least. */
async function basisServer(): Promise<{ url: string; close(): Promise<void> }> {
  const html = '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Basis</title></head><body><main><h1>Basis</h1><p>Statische Seite.</p></main></body></html>';
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

async function anmelden(page: Page, basis: string, email: string, passwort: string) {
  await page.context().request.get(`${basis}/api/health`);
  const csrf = (await page.context().cookies()).find((c) => c.name === 'lotse_csrf')?.value ?? '';
  const r = await page.context().request.post(`${basis}/api/auth/login`, { headers: { 'x-csrf-token': csrf }, data: { email, passwort } });
  if (r.status() !== 204) throw new Error(`Anmeldung ${email}: HTTP ${r.status()}`);
}

async function messeSeite(browser: Browser, url: string, vorher?: (p: Page) => Promise<void>) {
  const kontext = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 800 } });
  const page = await kontext.newPage();
  await page.addInitScript(BEOBACHTER);
  if (vorher) await vorher(page);
  const xs: Messung[] = [];
  for (let i = 0; i < LADUNGEN; i++) xs.push(await ladeEinmal(page, url));
  await kontext.close();
  return auswerten(xs);
}

/** Waits until the indicator reference set is loaded (the page's own notice disappears); ms waited. */
async function warteAufIndikatoren(basisUrl: string): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const r = (await (await fetch(`${basisUrl}/api/kommunen/065310005005/indikatoren`)).json()) as { laden?: { fertig: boolean } };
    if (r.laden?.fertig !== false) return performance.now() - t0;
    if (performance.now() - t0 > 600_000) throw new Error('Indikatoren nach 10 min nicht geladen');
    await new Promise((res) => setTimeout(res, 500));
  }
}

export async function run() {
  // Build the web app if it is missing or older than its sources (as npm start does).
  execFileSync(process.execPath, [path.join(ROOT_DIR, 'scripts', 'build-web-if-needed.mjs')], { stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-seiten-'));
  const passwort = `bench-${crypto.randomBytes(9).toString('base64url')}`;
  const server = await starteLotse({
    LOTSE_DATA_DIR: dir, DATABASE_URL: '', LOTSE_DEMO: '1', LOTSE_DEMO_PASSWORT: passwort, NODE_ENV: 'test',
    LOTSE_AUTH_RATE_LIMIT: '1000', LOTSE_MATCHING_RATE_LIMIT: '1000', LOTSE_MATCHING_RATE_LIMIT_ANGEMELDET: '1000',
  });
  const basisUrl = `http://127.0.0.1:${server.port}`;
  // The first start also loads the indicator reference set (about a minute, in the background, decision 0080);
  // pages are measured in steady state, after that one-time load. How long it took is reported beside them.
  const indikatorenMs = await warteAufIndikatoren(basisUrl);
  const basis = await basisServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const als = (email: string) => (p: Page) => anmelden(p, basisUrl, email, passwort);
    // Ids from the demo content: a published solution and Gießen's latest closed self-check.
    const katalog = (await (await fetch(`${basisUrl}/api/loesungen?limit=1`)).json()) as { items: { id: string }[] };
    const probe = await browser.newContext();
    const probeSeite = await probe.newPage();
    await anmelden(probeSeite, basisUrl, 'mitarbeit@giessen.example', passwort);
    const runden = (await (await probe.request.get(`${basisUrl}/api/kommunen/065310005005/erhebungen?limit=50`)).json()) as {
      items: { id: string; status: string; abgeschlossenAm: string | null }[];
    };
    await probe.close();
    const ergebnisRunde = runden.items.filter((r) => r.status === 'abgeschlossen').sort((a, b) => (b.abgeschlossenAm ?? '').localeCompare(a.abgeschlossenAm ?? ''))[0];

    const seiten: [string, string, ((p: Page) => Promise<void>) | undefined][] = [
      ['start', '/', undefined],
      ['kommunen', '/kommunen', undefined],
      ['katalog', '/loesungen', undefined],
      ['loesung', `/loesungen/${katalog.items[0]?.id}`, undefined],
      ['bedarfe', '/bedarfe', als('mitarbeit@giessen.example')],
      ['lotse_eingang', '/lotse', als('lotse@hessen.example')],
      ['selbstcheck_ergebnis', `/erhebungen/${ergebnisRunde?.id}/ergebnis`, als('mitarbeit@giessen.example')],
      ['nachfrage', '/transferstelle/nachfrage', als('transfer@lotse.example')],
    ];
    const ergebnis: Record<string, unknown> = {};
    ergebnis.basis_statische_seite = await messeSeite(browser, basis.url);
    for (const [name, pfad, vorher] of seiten) {
      process.stderr.write(`  · ${name}\n`);
      try {
        ergebnis[name] = await messeSeite(browser, `${basisUrl}${pfad}`, vorher);
      } catch (err) {
        ergebnis[name] = { fehler: (err as Error).message.split('\n')[0] };
      }
    }
    const worst = Math.max(...seiten.map(([n]) => (ergebnis[n] as { max_ms?: number }).max_ms ?? Infinity));
    const js = initialesJs();
    return {
      indikatoren_nach_einrichtung_ms: runde(indikatorenMs),
      ladungen_je_seite: LADUNGEN,
      seiten: ergebnis,
      initiales_js: js,
      ziele: { interaktiv_ms: ZIEL_MS, initiales_js_gzip_kb: ZIEL_JS_KB },
      erreicht: { interaktiv: worst <= ZIEL_MS, initiales_js: js.gzip_kb <= ZIEL_JS_KB },
    };
  } finally {
    await browser.close();
    await basis.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
