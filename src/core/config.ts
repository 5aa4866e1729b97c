import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root folder of the repository (where package.json, data/ and migrations/ live). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database (LOTSE_DATA_DIR; default ./lotse-daten, see datenordner()). */
  dataDir: string;
  /** German hint when an old embedded database in ./data/pglite is still used (printed by server and CLI). */
  dataDirHinweis?: string;
  databaseUrl: string | undefined;
  /** Optional PostgreSQL schema (tests and CI use one fresh schema per run). */
  databaseSchema: string | undefined;
  /**
   * Demo content (accounts, solutions, needs, self-checks). On by default only for the embedded database
   * outside production; with DATABASE_URL or NODE_ENV=production only with LOTSE_DEMO=1. LOTSE_DEMO=0: off.
   */
  demo: boolean;
  /** Password of the demo accounts (LOTSE_DEMO_PASSWORT); otherwise generated once per installation. */
  demoPasswort: string | undefined;
  /** Always set the Secure flag on cookies and send HSTS (LOTSE_SECURE_COOKIES=1); otherwise per request over HTTPS. */
  secureCookies: boolean;
  /**
   * Trust X-Forwarded-Proto/-For from a reverse proxy (LOTSE_TRUST_PROXY): '1'/'true' = any proxy (fine when
   * Lotse only listens on 127.0.0.1 behind it), or a comma-separated list of proxy addresses/CIDRs. Default: off.
   */
  trustProxy: boolean | string;
  logLevel: string;
  /** Login/registration attempts per minute and client (LOTSE_AUTH_RATE_LIMIT, default 10). */
  authRateLimit: number;
  /** POST /api/matching per minute: anonymous per client address (LOTSE_MATCHING_RATE_LIMIT, default 30), signed in per account (LOTSE_MATCHING_RATE_LIMIT_ANGEMELDET, default 120). */
  matchingRateLimit: { anonym: number; angemeldet: number };
  /** SMTP server for outgoing mail (LOTSE_SMTP_URL, e.g. smtp://user:pass@host:587); without it mails stay in the outbox. */
  smtpUrl: string | undefined;
  /** Sender of Lotse's mails (LOTSE_SMTP_ABSENDER). */
  smtpAbsender: string;
  /**
   * Second factor required for admin, Lotse, Transferstelle and platform roles (LOTSE_2FA_PFLICHT=1/0).
   * Default: on, except in demo mode (the demo accounts are meant to be tried at once; docs/decisions/0072).
   */
  zweiFaktorPflicht: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = ROOT_DIR): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT ungültig: ${env.PORT}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  const produktion = env.NODE_ENV === 'production';
  const demoPasswort = env.LOTSE_DEMO_PASSWORT || undefined;
  if (demoPasswort !== undefined && demoPasswort.length < 10) throw new Error('LOTSE_DEMO_PASSWORT muss mindestens 10 Zeichen lang sein.');
  const demo = env.LOTSE_DEMO === '1' || (env.LOTSE_DEMO !== '0' && !databaseUrl && !produktion);
  return {
    port,
    // Only this machine by default; HOST=0.0.0.0 (or an address) to be reachable from elsewhere.
    host: env.HOST || '127.0.0.1',
    ...datenordner(env.LOTSE_DATA_DIR, root),
    databaseUrl,
    databaseSchema: env.LOTSE_DB_SCHEMA || undefined,
    demo,
    demoPasswort,
    zweiFaktorPflicht: env.LOTSE_2FA_PFLICHT === '1' || (env.LOTSE_2FA_PFLICHT !== '0' && !demo),
    secureCookies: env.LOTSE_SECURE_COOKIES === '1',
    trustProxy: vertrauenProxy(env.LOTSE_TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    authRateLimit: Number(env.LOTSE_AUTH_RATE_LIMIT ?? 10),
    matchingRateLimit: { anonym: Number(env.LOTSE_MATCHING_RATE_LIMIT ?? 30), angemeldet: Number(env.LOTSE_MATCHING_RATE_LIMIT_ANGEMELDET ?? 120) },
    smtpUrl: smtpUrl(env.LOTSE_SMTP_URL),
    smtpAbsender: env.LOTSE_SMTP_ABSENDER?.trim() || 'Lotse <lotse@localhost>',
  };
}

/**
 * The embedded database lives in ./lotse-daten (gitignored), apart from the shipped reference data in
 * ./data, so clearing one never deletes the other. An installation from before (./data/pglite with a
 * database in it, no ./lotse-daten/pglite yet) keeps its database where it is: nothing is moved silently,
 * the hint says how to move it (docs/decisions/0060).
 */
function datenordner(gesetzt: string | undefined, root: string): { dataDir: string; dataDirHinweis?: string } {
  if (gesetzt) return { dataDir: path.resolve(gesetzt) };
  const neu = path.join(root, 'lotse-daten');
  const alt = path.join(root, 'data');
  const hatDatenbank = (ordner: string) => fs.existsSync(path.join(ordner, 'pglite', 'PG_VERSION'));
  if (hatDatenbank(alt) && !hatDatenbank(neu)) {
    return {
      dataDir: alt,
      dataDirHinweis: `Hinweis: Die eingebettete Datenbank liegt noch im alten Ordner ${path.join(alt, 'pglite')}, zwischen den `
        + `mitgelieferten Referenzdaten. Lotse nutzt sie weiter. Zum Umziehen beenden Sie Lotse und verschieben Sie den Ordner: `
        + `mkdir -p ${neu} && mv ${path.join(alt, 'pglite')} ${path.join(neu, 'pglite')} (oder setzen Sie LOTSE_DATA_DIR=${alt}, `
        + 'um beim alten Ort zu bleiben).',
    };
  }
  return { dataDir: neu };
}

/**
 * Who runs this Lotse installation (LOTSE_BETREIBER_*): fills the Impressum, Datenschutz and the
 * Erklärung zur Barrierefreiheit (served by GET /api/betreiber) and receives the accessibility feedback.
 * Read per call, so a changed environment needs no new config object. Unset values stay null; the pages
 * then say "noch nicht eingetragen".
 */
export interface Betreiber {
  name: string | null;
  adresse: string | null;
  email: string | null;
  telefon: string | null;
  website: string | null;
  vertreten: string | null;
  datenschutz: string | null;
  aufsicht: string | null;
  loeschung: string | null;
  erklaerungDatum: string | null;
  erklaerungGeprueft: string | null;
}

export function betreiberAngaben(env: NodeJS.ProcessEnv = process.env): Betreiber {
  const w = (name: string) => {
    const v = env[`LOTSE_BETREIBER_${name}`]?.trim();
    return v ? v.slice(0, 500) : null;
  };
  const datum = (name: string) => {
    const v = w(name);
    return v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : null;
  };
  const erklaerungDatum = datum('ERKLAERUNG_DATUM');
  return {
    name: w('NAME'),
    adresse: w('ADRESSE'),
    email: w('EMAIL'),
    telefon: w('TELEFON'),
    website: w('WEBSITE'),
    vertreten: w('VERTRETEN'),
    datenschutz: w('DATENSCHUTZ'),
    aufsicht: w('AUFSICHT'),
    loeschung: w('LOESCHUNG'),
    erklaerungDatum,
    erklaerungGeprueft: datum('ERKLAERUNG_GEPRUEFT') ?? erklaerungDatum,
  };
}

function smtpUrl(v: string | undefined): string | undefined {
  const w = v?.trim();
  if (!w) return undefined;
  if (!/^smtps?:\/\/[^/]/.test(w)) throw new Error('LOTSE_SMTP_URL muss mit smtp:// oder smtps:// beginnen, z. B. smtp://benutzer:passwort@mail.example:587.');
  return w;
}

function vertrauenProxy(v: string | undefined): boolean | string {
  const w = (v ?? '').trim();
  if (w === '' || w === '0' || w.toLowerCase() === 'false') return false;
  if (w === '1' || w.toLowerCase() === 'true') return true;
  return w.split(',').map((t) => t.trim()).filter(Boolean).join(',');
}
