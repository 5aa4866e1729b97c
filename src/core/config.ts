import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root folder of the repository (where package.json, data/ and migrations/ live). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Optional PostgreSQL schema (tests and CI use one fresh schema per run). */
  databaseSchema: string | undefined;
  demo: boolean;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  logLevel: string;
  /** Login/registration attempts per minute and client (LOTSE_AUTH_RATE_LIMIT, default 10). */
  authRateLimit: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT ungültig: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.LOTSE_DATA_DIR ?? path.join(ROOT_DIR, 'data')),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.LOTSE_DB_SCHEMA || undefined,
    demo: env.LOTSE_DEMO !== '0',
    secureCookies: env.LOTSE_SECURE_COOKIES === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
    authRateLimit: Number(env.LOTSE_AUTH_RATE_LIMIT ?? 10),
  };
}
