import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from './db.ts';
import { DatenordnerGesperrt, SPERRDATEI, sperreDatenordner } from './sperre.ts';
import { ROOT_DIR } from '../config.ts';

const ordner: string[] = [];
function neuerOrdner() {
  const o = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-sperre-'));
  ordner.push(o);
  return o;
}
afterEach(() => {
  for (const o of ordner.splice(0)) fs.rmSync(o, { recursive: true, force: true });
});

describe('Ein Prozess je eingebettetem Datenordner', () => {
  it('verweigert einen zweiten Zugriff auf denselben Ordner mit einer deutschen Meldung', async () => {
    const dir = path.join(neuerOrdner(), 'pglite');
    const db = await openDb({ dataDir: dir, zweck: 'server' });
    try {
      await expect(openDb({ dataDir: dir, zweck: 'import-gemeinden' })).rejects.toThrow(DatenordnerGesperrt);
      await expect(openDb({ dataDir: dir })).rejects.toThrow(/wird bereits von einem Lotse-Server .*verwendet.*Beenden Sie den laufenden Server/s);
    } finally {
      await db.close();
    }
    // After close the directory is free again.
    const db2 = await openDb({ dataDir: dir });
    await db2.close();
    expect(fs.existsSync(path.join(dir, SPERRDATEI))).toBe(false);
  });

  it('übernimmt eine verwaiste Sperre nach einem Absturz (Prozess existiert nicht mehr)', () => {
    const dir = neuerOrdner();
    const tot = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(tot.stdout);
    fs.writeFileSync(path.join(dir, SPERRDATEI), JSON.stringify({ pid, host: os.hostname(), zweck: 'server', seit: new Date().toISOString() }));
    const frei = sperreDatenordner(dir, 'server');
    expect(JSON.parse(fs.readFileSync(path.join(dir, SPERRDATEI), 'utf8')).pid).toBe(process.pid);
    frei();
    expect(fs.existsSync(path.join(dir, SPERRDATEI))).toBe(false);
  });

  it('übernimmt nie die Sperre eines anderen Rechners', () => {
    const dir = neuerOrdner();
    fs.writeFileSync(path.join(dir, SPERRDATEI), JSON.stringify({ pid: 1, host: 'anderer-rechner.example', zweck: 'server', seit: new Date().toISOString() }));
    expect(() => sperreDatenordner(dir, 'server')).toThrow(/anderer-rechner\.example/);
  });

  it('die Kommandozeile bricht mit Hinweis ab, statt abzustürzen, solange ein anderer Prozess den Ordner hält', async () => {
    const daten = neuerOrdner();
    // A real second process holds the lock (as a running server would).
    const halter = spawn(process.execPath, ['--import', 'tsx', '-e', `
      const { sperreDatenordner } = await import(${JSON.stringify(path.join(ROOT_DIR, 'src/core/db/sperre.ts'))});
      sperreDatenordner(${JSON.stringify(path.join(daten, 'pglite'))}, 'server');
      console.log('gesperrt');
      setInterval(() => {}, 1000);
    `], { cwd: ROOT_DIR, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        halter.stdout.on('data', (d) => String(d).includes('gesperrt') && resolve());
        halter.on('exit', () => reject(new Error('Halteprozess beendet')));
      });
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'create-admin', 'a@b.de'], {
        cwd: ROOT_DIR,
        encoding: 'utf8',
        env: { ...process.env, LOTSE_DATA_DIR: daten, DATABASE_URL: '', LOTSE_ADMIN_PASSWORT: 'ein-langes-passwort-123' },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/wird bereits von einem Lotse-Server \(Prozess \d+/);
      expect(r.stderr).not.toMatch(/Aborted/);
    } finally {
      halter.kill('SIGKILL');
    }
  });
});
