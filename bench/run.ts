/**
 * npm run bench — measures and prints JSON (also written to bench/results/<datum>.json).
 * Sections can be chosen: `npm run bench -- start suche`. The figures belong in docs/benchmarks.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../src/core/config.ts';
import { alleModule } from '../src/modules/index.ts';

type Abschnitt = () => Promise<unknown>;
const abschnitte: Record<string, Abschnitt> = {
  start: async () => (await import('./start.ts')).run(),
  suche: async () => (await import('./suche.ts')).run(),
  // Page speed in the real browser (Chromium), issue 9 item 14.
  seiten: async () => (await import('./seiten.ts')).run(),
  // Job queue of core (mails, digests, reminders): jobs per second, one worker on PGlite, two on PostgreSQL.
  jobs: async () => (await import('./jobs.ts')).run(),
};

// Each module brings its sections in its manifest (`bench`), see src/modules/index.ts.
for (const m of alleModule) {
  for (const [name, fn] of Object.entries(m.bench ?? {})) {
    if (abschnitte[name]) throw new Error(`Messabschnitt ${name} ist doppelt definiert (Modul ${m.name})`);
    abschnitte[name] = fn;
  }
}

const gewuenscht = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const ergebnis: Record<string, unknown> = {
  datum: new Date().toISOString(),
  maschine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, ram_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, os: `${os.type()} ${os.release()}` },
};
for (const [name, fn] of Object.entries(abschnitte)) {
  if (gewuenscht.length && !gewuenscht.includes(name)) continue;
  process.stderr.write(`▶ ${name} …\n`);
  const t0 = Date.now();
  try {
    ergebnis[name] = await fn();
  } catch (err) {
    ergebnis[name] = { fehler: (err as Error).message };
  }
  process.stderr.write(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}
const json = JSON.stringify(ergebnis, null, 2);
console.log(json);
const dir = path.join(ROOT_DIR, 'bench', 'results');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, `${ergebnis.datum as string}.json`.replace(/:/g, '-')), json);
process.exit(0);
