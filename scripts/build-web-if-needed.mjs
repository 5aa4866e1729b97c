#!/usr/bin/env node
/**
 * Builds the web app (vite build) only when needed: when dist/web/index.html is missing or older than any
 * source file of the front end (src/web, src/modules/<module>/ui, vite.config.ts). `npm start` calls this,
 * so a fresh clone builds once and later starts are instant. `--force` always builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ZIEL = path.join(ROOT, 'dist', 'web', 'index.html');

/** Newest modification time (ms) of any file below `dir` (0 if it does not exist). */
function neuesteAenderung(dir) {
  let neueste = 0;
  let eintraege;
  try {
    eintraege = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of eintraege) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) neueste = Math.max(neueste, neuesteAenderung(p));
    // Unit tests next to the pages are not part of the bundle.
    else if (e.isFile() && !/\.test\.tsx?$/.test(e.name)) neueste = Math.max(neueste, fs.statSync(p).mtimeMs);
  }
  return neueste;
}

export function quellOrdner() {
  const modules = path.join(ROOT, 'src', 'modules');
  const ui = fs.existsSync(modules)
    ? fs.readdirSync(modules, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(modules, e.name, 'ui'))
    : [];
  return [path.join(ROOT, 'src', 'web'), ...ui];
}

export function bauenNoetig() {
  if (!fs.existsSync(ZIEL)) return 'dist/web/index.html fehlt';
  const gebaut = fs.statSync(ZIEL).mtimeMs;
  const config = path.join(ROOT, 'vite.config.ts');
  const quellen = Math.max(...quellOrdner().map(neuesteAenderung), fs.existsSync(config) ? fs.statSync(config).mtimeMs : 0);
  return quellen > gebaut ? 'Quelldateien sind neuer als der letzte Build' : null;
}

export async function bauen() {
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

const direkt = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (direkt) {
  const grund = process.argv.includes('--force') ? 'erzwungen (--force)' : bauenNoetig();
  if (!grund) {
    console.log('Weboberfläche ist aktuell (dist/web).');
  } else {
    const t0 = Date.now();
    console.log(`Weboberfläche wird gebaut: ${grund} …`);
    try {
      await bauen();
      console.log(`Weboberfläche gebaut in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
    } catch (err) {
      console.error('Die Weboberfläche konnte nicht gebaut werden:', err instanceof Error ? err.message : err);
      process.exit(1);
    }
  }
}
