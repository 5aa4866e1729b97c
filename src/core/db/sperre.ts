import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One writer per embedded data directory. PGlite keeps the whole database in one process; a second
 * process on the same directory would overwrite the first one's writes (or crash in WASM). So the
 * process that opens the directory first writes `lotse.lock` (O_EXCL) with its PID and host; every
 * later process is refused with a German message that says what to do.
 *
 * A lock left behind by a crash (kill -9, power cut) is stale when its process no longer exists on
 * this host (or the PID now belongs to a process that is not Node). Stale locks are replaced.
 * Written by hand (about 60 lines): lock libraries based on mtime refresh (e.g. proper-lockfile)
 * would declare a live PGlite process stale while a long synchronous query blocks its event loop.
 */
export const SPERRDATEI = 'lotse.lock';

export interface SperrInhalt {
  pid: number;
  host: string;
  zweck: string;
  seit: string;
}

export class DatenordnerGesperrt extends Error {
  constructor(readonly ordner: string, readonly inhaber: SperrInhalt | null) {
    const wer = inhaber
      ? `${inhaber.zweck === 'server' ? 'einem Lotse-Server' : `dem Befehl „${inhaber.zweck}“`} (Prozess ${inhaber.pid} auf ${inhaber.host}, seit ${new Date(inhaber.seit).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })})`
      : 'einem anderen Lotse-Prozess';
    super(
      `Der Datenordner ${ordner} wird bereits von ${wer} verwendet. ` +
        'Die eingebettete Datenbank verträgt nur einen Prozess zur Zeit. ' +
        'Beenden Sie den laufenden Server (Strg+C) und starten Sie den Befehl dann erneut, ' +
        'oder nutzen Sie für mehrere Prozesse einen PostgreSQL-Server (DATABASE_URL). ' +
        `Läuft sicher kein Lotse-Prozess mehr, löschen Sie die Datei ${path.join(ordner, SPERRDATEI)}.`,
    );
    this.name = 'DatenordnerGesperrt';
  }
}

function lebt(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // The PID may have been reused after a crash: on Linux, check that it is still a Node process.
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|tsx/.test(cmd);
  } catch {
    return true;
  }
}

function lies(datei: string): SperrInhalt | null {
  try {
    const j = JSON.parse(fs.readFileSync(datei, 'utf8')) as SperrInhalt;
    return typeof j.pid === 'number' && typeof j.host === 'string' ? j : null;
  } catch {
    return null;
  }
}

/** Takes the lock on `ordner` for this process; returns the function that releases it. */
export function sperreDatenordner(ordner: string, zweck: string): () => void {
  fs.mkdirSync(ordner, { recursive: true });
  const datei = path.join(ordner, SPERRDATEI);
  const inhalt: SperrInhalt = { pid: process.pid, host: os.hostname(), zweck, seit: new Date().toISOString() };
  for (let versuch = 0; versuch < 2; versuch++) {
    try {
      fs.writeFileSync(datei, JSON.stringify(inhalt), { flag: 'wx' });
      let frei = false;
      const freigeben = () => {
        if (frei) return;
        frei = true;
        if (lies(datei)?.pid === process.pid) fs.rmSync(datei, { force: true });
        process.off('exit', freigeben);
      };
      process.on('exit', freigeben);
      return freigeben;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const alt = lies(datei);
      // Another host's lock cannot be checked from here: never take it over silently.
      const veraltet = alt === null ? versuch === 0 && istAlt(datei) : alt.host === os.hostname() && !lebt(alt.pid);
      if (!veraltet) throw new DatenordnerGesperrt(ordner, alt);
      fs.rmSync(datei, { force: true });
    }
  }
  throw new DatenordnerGesperrt(ordner, lies(datei));
}

/** An unreadable lock file (crash while writing it) counts as stale after 10 s. */
function istAlt(datei: string): boolean {
  try {
    return Date.now() - fs.statSync(datei).mtimeMs > 10_000;
  } catch {
    return true;
  }
}
