import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('Datenordner der eingebetteten Datenbank', () => {
  const ordner: string[] = [];
  const wurzel = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-wurzel-'));
    ordner.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of ordner.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('liegt ohne LOTSE_DATA_DIR in ./lotse-daten, nicht im mitgelieferten data/', () => {
    const root = wurzel();
    const c = loadConfig({}, root);
    expect(c.dataDir).toBe(path.join(root, 'lotse-daten'));
    expect(c.dataDirHinweis).toBeUndefined();
  });

  it('nimmt LOTSE_DATA_DIR, wenn gesetzt', () => {
    const root = wurzel();
    expect(loadConfig({ LOTSE_DATA_DIR: path.join(root, 'woanders') }, root).dataDir).toBe(path.join(root, 'woanders'));
  });

  it('bleibt bei einer alten Datenbank in data/pglite und sagt, wie man umzieht (verschiebt nichts)', () => {
    const root = wurzel();
    fs.mkdirSync(path.join(root, 'data', 'pglite'), { recursive: true });
    fs.writeFileSync(path.join(root, 'data', 'pglite', 'PG_VERSION'), '17\n');
    const c = loadConfig({}, root);
    expect(c.dataDir).toBe(path.join(root, 'data'));
    expect(c.dataDirHinweis).toMatch(/lotse-daten/);
    expect(c.dataDirHinweis).toMatch(/verschieben Sie/);
    expect(fs.existsSync(path.join(root, 'data', 'pglite', 'PG_VERSION'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'lotse-daten'))).toBe(false);
  });

  it('nimmt den neuen Ordner, sobald er eine Datenbank enthält', () => {
    const root = wurzel();
    for (const d of ['data', 'lotse-daten']) {
      fs.mkdirSync(path.join(root, d, 'pglite'), { recursive: true });
      fs.writeFileSync(path.join(root, d, 'pglite', 'PG_VERSION'), '17\n');
    }
    const c = loadConfig({}, root);
    expect(c.dataDir).toBe(path.join(root, 'lotse-daten'));
    expect(c.dataDirHinweis).toBeUndefined();
  });
});
