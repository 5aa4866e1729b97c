import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runde, starteLotse } from './werkzeuge.ts';

/**
 * Cold start: empty data directory → first 200 on /api/health (migrations, directory import,
 * demo content included). Warm start: the same directory again. Each measured `wiederholungen` times.
 */
export async function run(opts: { wiederholungen?: number } = {}) {
  const n = opts.wiederholungen ?? 3;
  const kalt: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < n; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-'));
    try {
      const a = await starteLotse({ LOTSE_DATA_DIR: dir, DATABASE_URL: '' });
      kalt.push(a.ms);
      await a.stop();
      const b = await starteLotse({ LOTSE_DATA_DIR: dir, DATABASE_URL: '' });
      warm.push(b.ms);
      await b.stop();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    kaltstart_ms: { median: runde(median(kalt)), max: runde(Math.max(...kalt)), werte: kalt.map((x) => runde(x)) },
    warmstart_ms: { median: runde(median(warm)), max: runde(Math.max(...warm)), werte: warm.map((x) => runde(x)) },
    ziele: { kaltstart_ms: 10_000, warmstart_ms: 3_000 },
  };
}
