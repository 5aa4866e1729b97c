#!/usr/bin/env node
// npm test: typecheck, lint, unit + API tests on PGlite, the same API tests on PostgreSQL when
// DATABASE_URL is set, then the browser tests in Debian's Chromium. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const schritte = [
  ['Typprüfung', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['Lint', 'npx', ['eslint', '.']],
  ['Unit- und API-Tests (PGlite)', 'npx', ['vitest', 'run'], { LOTSE_TEST_DB: 'pglite' }],
];
if (process.env.DATABASE_URL) {
  schritte.push(['API-Tests (PostgreSQL)', 'npx', ['vitest', 'run'], { LOTSE_TEST_DB: 'postgres' }]);
} else {
  console.log('Hinweis: DATABASE_URL ist nicht gesetzt – die Tests gegen einen PostgreSQL-Server werden übersprungen.');
}
schritte.push(['Browsertests (Chromium)', 'node', ['scripts/e2e.mjs']]);

for (const [name, cmd, args, env] of schritte) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${name} fehlgeschlagen (${s} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${s} s)`);
}
