/**
 * Health under matching load (finding 7 of "Trust before growth"): starts the real server
 * (`tsx src/server.ts`, fresh PGlite data directory with the demo content: about 1,200 solutions) and fires
 * 16 parallel anonymous POST /api/matching with 2,000-character texts and `limit: 50` in a bounded loop
 * (at most `anfragen` requests and `dauerS` seconds, loopback only), while polling /api/health every 50 ms.
 * Baseline in the same run: a bare node:http server in its own process, polled the same way at the same time
 * (shows what the loaded machine itself costs). Reports p50/p95 of both, and what the matching requests got.
 *
 * Phase `standardlimit` (first): the default limits, one client address (what a single client gets).
 * Phase `saturiert`: the matching rate limits are lifted (LOTSE_MATCHING_RATE_LIMIT*), so the matcher itself
 * is saturated (what many clients with many addresses could do). The clients send without pause, also after
 * a 429/503: refusals must be cheap too.
 *
 * `npx tsx bench/matching/last.ts` prints JSON; `run()` returns it (section `matching_last` of npm run bench).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../src/core/config.ts';
import { perzentil, runde, starteLotse, stoppe } from '../werkzeuge.ts';

const PARALLEL = 16;
const TEXTLAENGE = 2000;
const POLL_MS = 50;

/** The i-th 2,000-character need text: the needs of bedarfe.json joined, starting at a different need each time. */
function texte(): (i: number) => string {
  const bedarfe = (JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'bench', 'matching', 'bedarfe.json'), 'utf8')) as { text: string }[]).map((b) => b.text);
  return (i) => {
    let t = '';
    for (let j = i * 7; t.length < TEXTLAENGE; j++) t += `${bedarfe[j % bedarfe.length]} `;
    return t.slice(0, TEXTLAENGE).trim();
  };
}

/** A bare node:http server in its own process (answers like /api/health, without any work). */
async function starteNackt(): Promise<{ port: number; proc: ChildProcess }> {
  const code = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"status":"ok"}'); })
    .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
  const proc = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    proc.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
    proc.once('exit', (c) => reject(new Error(`node:http-Server beendet (${c})`)));
  });
  return { port, proc };
}

const schlafe = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls a URL one request at a time (every POLL_MS) until `stop()` is true; latencies in ms. */
async function pollen(url: string, stop: () => boolean): Promise<{ zeiten: number[]; fehler: number }> {
  const zeiten: number[] = [];
  let fehler = 0;
  while (!stop()) {
    const t0 = performance.now();
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.status !== 200) fehler++;
      zeiten.push(performance.now() - t0);
    } catch {
      fehler++;
    }
    await schlafe(POLL_MS);
  }
  return { zeiten, fehler };
}

const kennzahlen = (z: number[]) => ({ n: z.length, p50_ms: runde(perzentil(z, 50)), p95_ms: runde(perzentil(z, 95)), max_ms: runde(z.length ? Math.max(...z) : NaN) });

async function phase(lotsePort: number, nacktPort: number, opts: { anfragen: number; dauerS: number }) {
  const text = texte();
  const basis = `http://127.0.0.1:${lotsePort}`;
  // CSRF: double-submit cookie, as the web app sends it
  const r0 = await fetch(`${basis}/api/health`);
  const csrf = /lotse_csrf=([^;]+)/.exec(r0.headers.get('set-cookie') ?? '')?.[1] ?? '';
  let naechste = 0;
  let fertig = false;
  const ende = performance.now() + opts.dauerS * 1000;
  const status: Record<string, number> = {};
  const zeiten200: number[] = [];
  const zeitenAbgelehnt: number[] = [];
  const arbeiter = async () => {
    while (performance.now() < ende && naechste < opts.anfragen) {
      const i = naechste++;
      const t0 = performance.now();
      try {
        const r = await fetch(`${basis}/api/matching`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `lotse_csrf=${csrf}` },
          body: JSON.stringify({ text: text(i), limit: 50 }),
        });
        await r.arrayBuffer();
        status[r.status] = (status[r.status] ?? 0) + 1;
        (r.status === 200 ? zeiten200 : zeitenAbgelehnt).push(performance.now() - t0);
      } catch {
        status.verbindungsfehler = (status.verbindungsfehler ?? 0) + 1;
      }
    }
  };
  const t0 = performance.now();
  const polls = Promise.all([pollen(`${basis}/api/health`, () => fertig), pollen(`http://127.0.0.1:${nacktPort}/`, () => fertig)]);
  await Promise.all(Array.from({ length: PARALLEL }, arbeiter));
  const dauer = (performance.now() - t0) / 1000;
  fertig = true;
  const [health, nackt] = await polls;
  return {
    health: { ...kennzahlen(health.zeiten), fehler: health.fehler },
    nackt_node_http: { ...kennzahlen(nackt.zeiten), fehler: nackt.fehler },
    matching: {
      anfragen: Object.values(status).reduce((s, x) => s + x, 0),
      status,
      dauer_s: runde(dauer),
      antworten_200_je_s: runde(zeiten200.length / dauer),
      ok: kennzahlen(zeiten200),
      abgelehnt: kennzahlen(zeitenAbgelehnt),
    },
  };
}

export async function run(opts: { anfragen?: number; dauerS?: number } = {}) {
  const anfragen = opts.anfragen ?? 20_000;
  const dauerS = opts.dauerS ?? 20;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-last-'));
  const nackt = await starteNackt();
  try {
    const env = { LOTSE_DATA_DIR: dir, DATABASE_URL: '', LOTSE_DEMO: '1' };
    // phase 1: default limits, one client address (first, while no counter exists yet)
    let server = await starteLotse(env);
    let leerlauf: unknown;
    let standardlimit: unknown;
    try {
      let aus = false;
      const t = setTimeout(() => (aus = true), 3000);
      const [h, n] = await Promise.all([pollen(`http://127.0.0.1:${server.port}/api/health`, () => aus), pollen(`http://127.0.0.1:${nackt.port}/`, () => aus)]);
      clearTimeout(t);
      leerlauf = { health: kennzahlen(h.zeiten), nackt_node_http: kennzahlen(n.zeiten) };
      standardlimit = await phase(server.port, nackt.port, { anfragen, dauerS: Math.min(dauerS, 10) });
    } finally {
      await server.stop();
    }
    // phase 2: limits lifted; the matcher itself is saturated
    server = await starteLotse({ ...env, LOTSE_MATCHING_RATE_LIMIT: '1000000000', LOTSE_MATCHING_RATE_LIMIT_ANGEMELDET: '1000000000' });
    let saturiert: unknown;
    try {
      saturiert = await phase(server.port, nackt.port, { anfragen, dauerS });
    } finally {
      await server.stop();
    }
    return {
      aufbau: `echter Server (PGlite, Demo-Katalog), ${PARALLEL} parallele anonyme POST /api/matching (${TEXTLAENGE} Zeichen, limit 50) ohne Pause, höchstens ${anfragen} Anfragen / ${dauerS} s; /api/health und ein nackter node:http-Server werden gleichzeitig alle ${POLL_MS} ms abgefragt`,
      leerlauf,
      saturiert,
      standardlimit,
      ziele: { saturiert_health_p95_ms: 200 },
    };
  } finally {
    await stoppe(nackt.proc);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
  process.exit(0);
}
