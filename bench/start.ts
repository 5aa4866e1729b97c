import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ROOT_DIR } from '../src/core/config.ts';
import { runde, starteLotse } from './werkzeuge.ts';

/** Creates a bare PGlite database in an empty directory (the floor for any cold start on this machine). */
async function pgliteAnlegen(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-pglite-'));
  try {
    const t0 = performance.now();
    const db = await PGlite.create(dir);
    await db.query('select 1');
    const ms = performance.now() - t0;
    await db.close();
    return ms;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Time until the first page (index.html) is served, after /api/health answered. */
async function ersteSeite(port: number, t0: number): Promise<number> {
  const r = await fetch(`http://127.0.0.1:${port}/`);
  await r.text();
  if (r.status !== 200) throw new Error(`Erste Seite: HTTP ${r.status}`);
  return performance.now() - t0;
}

/** Time until the background start tasks (demo content, reference series, indexes) report done. */
async function eingerichtet(port: number, t0: number): Promise<number> {
  for (;;) {
    const e = (await (await fetch(`http://127.0.0.1:${port}/api/einrichtung`)).json()) as { fertig: boolean; fehler: string | null };
    if (e.fehler) throw new Error(`Einrichtung fehlgeschlagen: ${e.fehler}`);
    if (e.fertig) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Cold start: empty data directory → first 200 on /api/health and on / (migrations, directory, questionnaires,
 * thesaurus, demo accounts); then, separately, until the background tasks (demo content, reference series,
 * search index) are done. Warm start: the same directory again. Each measured `wiederholungen` times,
 * interleaved with a bare PGlite create in the same minute (the ratio is what compares across machines).
 */
export async function run(opts: { wiederholungen?: number } = {}) {
  const n = opts.wiederholungen ?? 3;
  // The first page needs the built web app. `npm start` builds it once (not part of a start); so does this bench,
  // before the clock runs – otherwise a fresh clone answers / with 404.
  execFileSync(process.execPath, [path.join(ROOT_DIR, 'scripts', 'build-web-if-needed.mjs')], { stdio: 'ignore' });
  const kalt: number[] = [];
  const kaltEingerichtet: number[] = [];
  const warm: number[] = [];
  const pglite: number[] = [];
  for (let i = 0; i < n; i++) {
    pglite.push(await pgliteAnlegen());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-'));
    try {
      let t0 = performance.now();
      const a = await starteLotse({ LOTSE_DATA_DIR: dir, DATABASE_URL: '', LOTSE_DEMO: '1' }, 300_000, true);
      try {
        kalt.push(await ersteSeite(a.port, t0));
        kaltEingerichtet.push(await eingerichtet(a.port, t0));
      } finally {
        await a.stop();
      }
      t0 = performance.now();
      const b = await starteLotse({ LOTSE_DATA_DIR: dir, DATABASE_URL: '', LOTSE_DEMO: '1' }, 300_000, true);
      try {
        warm.push(await ersteSeite(b.port, t0));
      } finally {
        await b.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const werte = (xs: number[]) => ({ median: runde(median(xs)), max: runde(Math.max(...xs)), werte: xs.map((x) => runde(x)) });
  return {
    kaltstart_ms: werte(kalt),
    kaltstart_eingerichtet_ms: werte(kaltEingerichtet),
    warmstart_ms: werte(warm),
    pglite_anlegen_ms: werte(pglite),
    verhaeltnis_kalt_zu_pglite: runde(median(kalt) / median(pglite), 2),
    verhaeltnis_warm_zu_pglite: runde(median(warm) / median(pglite), 2),
    ziele: { kaltstart_ms: 10_000, warmstart_ms: 3_000 },
  };
}
