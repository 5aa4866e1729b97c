#!/usr/bin/env node
/**
 * Browser tests: builds the web app if needed, starts Lotse on a free port with a fresh database, waits for
 * /api/health, runs the tests in tests/e2e with vitest (Debian's Chromium via playwright-core), stops the server.
 *
 *   npm run test:e2e                      all browser tests
 *   npm run test:e2e -- critical          only tests/e2e/critical (vitest filters by path)
 *   LOTSE_TEST_DB=postgres DATABASE_URL=postgres://… npm run test:e2e
 *                                         PostgreSQL with a fresh schema (dropped afterwards)
 *   LOTSE_E2E_URL=http://localhost:3000 npm run test:e2e
 *                                         against a server that is already running (nothing is started)
 *
 * Environment for the tests: LOTSE_E2E_URL (base URL), CHROMIUM_PATH (default /usr/bin/chromium),
 * LOTSE_DEMO_PASSWORT (password of the demo accounts: set for the started server, random per run unless
 * given; against a running server give the password that server printed at its start).
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { bauen, bauenNoetig } from './build-web-if-needed.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const START_TIMEOUT_MS = Number(process.env.LOTSE_E2E_START_TIMEOUT_MS ?? 360_000); // includes the background setup (indicators, demo content)
const args = process.argv.slice(2);

function log(msg) {
  console.log(`[e2e] ${msg}`);
}

function freierPort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function warteAufHealth(url, server, logDatei) {
  const ende = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < ende) {
    if (server.exitCode !== null) throw new Error(`Der Server hat sich beendet (Code ${server.exitCode}).\n${logEnde(logDatei)}`);
    let health = null;
    let einrichtung = null;
    try {
      const res = await fetch(`${url}/api/health`);
      // Demo content arrives in the background after the first page; the tests need all of it.
      if (res.ok) [health, einrichtung] = [await res.json(), await (await fetch(`${url}/api/einrichtung`)).json()];
    } catch {
      // not up yet
    }
    if (einrichtung?.fehler) throw new Error(`Einrichtung fehlgeschlagen: ${einrichtung.fehler}\n${logEnde(logDatei)}`);
    if (einrichtung?.fertig) return health;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Der Server war nach ${START_TIMEOUT_MS / 1000} s nicht bereit.\n${logEnde(logDatei)}`);
}

function logEnde(datei) {
  try {
    return fs.readFileSync(datei, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '';
  }
}

function stoppe(kind, name) {
  return new Promise((resolve) => {
    if (!kind || kind.exitCode !== null || kind.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      log(`${name} reagiert nicht – wird hart beendet.`);
      kind.kill('SIGKILL');
    }, 10_000);
    kind.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    kind.kill('SIGTERM');
  });
}

async function schemaEntfernen(databaseUrl, schema) {
  try {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  } catch (err) {
    log(`Schema ${schema} konnte nicht entfernt werden: ${err instanceof Error ? err.message : err}`);
  }
}

async function main() {
  let url = process.env.LOTSE_E2E_URL;
  let demoPasswort = process.env.LOTSE_DEMO_PASSWORT;
  let server;
  let tmpDir;
  let schema;
  const postgres = process.env.LOTSE_TEST_DB === 'postgres';

  const aufraeumen = async () => {
    await stoppe(server, 'Server');
    if (schema) await schemaEntfernen(process.env.DATABASE_URL, schema);
    if (tmpDir && !process.env.LOTSE_E2E_KEEP) fs.rmSync(tmpDir, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      void aufraeumen().finally(() => process.exit(130));
    });
  }

  try {
    if (!url) {
      const grund = bauenNoetig();
      if (grund) {
        log(`Weboberfläche wird gebaut (${grund}) …`);
        await bauen();
      }
      const port = await freierPort();
      tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-e2e-'));
      const env = {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOTSE_DATA_DIR: tmpDir,
        LOTSE_DEMO: '1',
        // Demo accounts never have a published password; the tests sign in with this one.
        LOTSE_DEMO_PASSWORT: (demoPasswort ??= `e2e-${crypto.randomBytes(12).toString('base64url')}`),
        // The suite signs in many times per minute from one address; the limit itself is tested in the API tests.
        LOTSE_AUTH_RATE_LIMIT: process.env.LOTSE_AUTH_RATE_LIMIT ?? '1000',
        // Cheap password hashes in the test server only (src/core/auth/passwort.ts). An in-process vite build
        // sets NODE_ENV=production in this process; the test server is not production.
        LOTSE_TESTS_SCHWACHE_HASHES: '1',
        NODE_ENV: 'test',
        LOTSE_MATCHING_RATE_LIMIT: process.env.LOTSE_MATCHING_RATE_LIMIT ?? '1000',
        LOTSE_MATCHING_RATE_LIMIT_ANGEMELDET: process.env.LOTSE_MATCHING_RATE_LIMIT_ANGEMELDET ?? '1000',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      };
      if (postgres) {
        if (!process.env.DATABASE_URL) throw new Error('LOTSE_TEST_DB=postgres braucht DATABASE_URL.');
        schema = `lotse_e2e_${crypto.randomBytes(4).toString('hex')}`;
        env.LOTSE_DB_SCHEMA = schema;
      } else {
        delete env.DATABASE_URL;
        delete env.LOTSE_DB_SCHEMA;
      }
      const logDatei = path.join(tmpDir, 'server.log');
      const logStream = fs.openSync(logDatei, 'a');
      url = `http://127.0.0.1:${port}`;
      log(`Server startet auf ${url} (${postgres ? `PostgreSQL, Schema ${schema}` : `PGlite in ${tmpDir}`}) …`);
      const t0 = Date.now();
      server = spawn(path.join(BIN, 'tsx'), ['src/server.ts'], { cwd: ROOT, env, stdio: ['ignore', logStream, logStream] });
      const health = await warteAufHealth(url, server, logDatei);
      log(`Server bereit nach ${((Date.now() - t0) / 1000).toFixed(1)} s (db: ${health.db}).`);
    } else {
      log(`Verwende laufenden Server ${url}.`);
    }

    const vitest = spawn(path.join(BIN, 'vitest'), ['run', '--config', 'tests/e2e/vitest.config.ts', ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, LOTSE_E2E_URL: url, ...(demoPasswort ? { LOTSE_DEMO_PASSWORT: demoPasswort } : {}) },
    });
    const code = await new Promise((resolve) => vitest.once('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
    if (code !== 0 && tmpDir) log(`Server-Protokoll (Ende):\n${logEnde(path.join(tmpDir, 'server.log'))}`);
    await aufraeumen();
    process.exit(code);
  } catch (err) {
    console.error(`[e2e] ${err instanceof Error ? err.message : err}`);
    await aufraeumen();
    process.exit(1);
  }
}

await main();
