import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freierPort, runde, starteLotse } from './werkzeuge.ts';

const ANFRAGEN = ['Giessen', 'Muenchen', 'Frankfrut', 'Berl', 'Kiel', 'Landkreis Harburg', '06531005', 'Neustadt', 'Bad', 'Koeln'];

async function last(port: number, pfade: string[], sekunden: number) {
  const r = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 10,
    duration: sekunden,
    requests: pfade.map((p) => ({ method: 'GET' as const, path: p })),
  });
  return { rps: r.requests.average, p99_ms: r.latency.p99, fehler: r.errors + r.non2xx };
}

/**
 * Requests/s of GET /api/kommunen?q=… (Lotse on PGlite, full directory) compared with a bare
 * node:http server answering a constant JSON, same machine, same run, same load generator.
 */
export async function run(opts: { sekunden?: number } = {}) {
  const sekunden = opts.sekunden ?? 10;
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"items":[],"total":0}');
  });
  const barePort = await freierPort();
  await new Promise<void>((r) => bare.listen(barePort, '127.0.0.1', r));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-'));
  const lotse = await starteLotse({ LOTSE_DATA_DIR: dir, DATABASE_URL: '', LOTSE_DEMO: '0' });
  try {
    const pfade = ANFRAGEN.map((q) => `/api/kommunen?q=${encodeURIComponent(q)}&limit=10`);
    await last(lotse.port, pfade, 2); // warm-up
    const l = await last(lotse.port, pfade, sekunden);
    const b = await last(barePort, ['/'], sekunden);
    return {
      lotse_rps: runde(l.rps),
      lotse_p99_ms: l.p99_ms,
      lotse_fehler: l.fehler,
      bare_rps: runde(b.rps),
      verhaeltnis: runde(l.rps / b.rps, 3),
      ziel_verhaeltnis: 0.25,
      anfragen: ANFRAGEN,
    };
  } finally {
    await lotse.stop();
    bare.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
