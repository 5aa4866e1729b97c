import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ROOT_DIR } from '../src/core/config.ts';

export async function freierPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface Server {
  port: number;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts `tsx src/server.ts` as its own process and resolves when /api/health answers 200 and (unless
 * `nurErsteAntwort`) the background start tasks are done (`/api/einrichtung`).
 */
export async function starteLotse(env: Record<string, string>, timeoutMs = 120_000, nurErsteAntwort = false): Promise<Server & { ms: number }> {
  const port = await freierPort();
  const t0 = performance.now();
  // LOTSE_BENCH_NODE_ARGS: extra Node options for the servers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" (profiles
  // are written when the server ends; NODE_OPTIONS does not allow --cpu-prof).
  const extra = (process.env.LOTSE_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const proc = spawn(process.execPath, [...extra, '--import', 'tsx', path.join(ROOT_DIR, 'src/server.ts')], {
    cwd: ROOT_DIR,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  while (true) {
    if (proc.exitCode !== null) throw new Error(`Server beendet mit Code ${proc.exitCode}`);
    if (performance.now() - t0 > timeoutMs) {
      proc.kill('SIGKILL');
      throw new Error('Server nicht rechtzeitig bereit');
    }
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.status === 200 && nurErsteAntwort) break;
      if (r.status === 200) {
        const e = (await (await fetch(`http://127.0.0.1:${port}/api/einrichtung`)).json()) as { fertig: boolean; fehler: string | null };
        if (e.fehler) throw new Error(`Einrichtung fehlgeschlagen: ${e.fehler}`);
        if (e.fertig) break;
      }
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = performance.now() - t0;
  return { port, proc, ms, stop: () => stoppe(proc) };
}

export function stoppe(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
    setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
  });
}

export function perzentil(werte: number[], p: number): number {
  const s = [...werte].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}

export const runde = (x: number, n = 1) => Math.round(x * 10 ** n) / 10 ** n;
