import type { FastifyPluginAsync } from 'fastify';
import type { Db } from './db/db.ts';
import type { Konto, Regel } from './authz/policy.ts';
import type { JobHandler, Zeitplan } from './jobs/warteschlange.ts';

/**
 * The manifest of a feature module: everything the rest of Lotse needs to know about it, exported as
 * `manifest` from `src/modules/<modul>/index.ts`. `src/modules/index.ts` is the only list of modules;
 * the server, the CLI and the benchmarks take the list from there and hand it to core. Core itself never
 * imports a module.
 *
 * The web side of a module (pages, navigation, texts) is `src/modules/<modul>/ui/index.ts` (a separate
 * face, so no server code reaches the browser bundle); the web app finds it by the folder name.
 */
export interface LotseModul {
  /** Folder name = German domain name, e.g. `loesungen`. */
  name: string;
  /** API routes (a Fastify plugin; every route declares `config.zugriff`). */
  routen?: FastifyPluginAsync;
  /** Permission rules this module adds to the policy (`darf(konto, aktion, kommuneId)`). */
  aktionen?: Record<string, Regel>;
  /**
   * Start tasks that must be done before Lotse answers requests (reference data everything points to, such
   * as the directory of Kommunen, the questionnaires, the thesaurus), in list order of the modules. Idempotent.
   */
  start?: Startaufgabe[];
  /**
   * Start tasks that run after the server listens (demo content, large reference series, search indexes),
   * one after the other in list order of the modules; the web app shows „Lotse richtet sich noch ein“ with
   * the progress until they are done (`GET /api/einrichtung`). Idempotent; a restart resumes them.
   */
  hintergrund?: Startaufgabe[];
  /** CLI commands: `npm run lotse -- <name> …`. */
  befehle?: Record<string, Befehl>;
  /** Benchmark sections for `npm run bench` (each returns JSON). */
  bench?: Record<string, () => Promise<unknown>>;
  /**
   * What is due for this person in this module (open milestones, due report-backs, overdue indicators,
   * ideas to decide …), shown together on the page „Was steht an?“ (`GET /api/anstehend`). Only items the
   * person may see; never figures about other persons.
   */
  anstehend?: (db: Db, konto: Konto) => Promise<AnstehendPunkt[]>;
  /**
   * Handlers of this module's background jobs by kind (`<modul>.<was>`), run by the job queue in PostgreSQL
   * (src/core/jobs/): enqueue with `stelleEin(tx, { art, daten })` in the transaction of the change.
   */
  jobs?: Record<string, JobHandler>;
  /** Recurring jobs (e.g. daily reminders): one run per period, also with several app instances. */
  zeitplan?: Zeitplan[];
}

/** One item on „Was steht an?“. */
export interface AnstehendPunkt {
  /** Stable kind, e.g. `uebernahme.meilenstein`, `wirkung.indikator.ueberfaellig`, `kaizen.idee.entscheiden`. */
  art: string;
  /** German one-line text, e.g. „Meilenstein „Transferplan“ in Übernahme „Online-Terminvergabe““. */
  titel: string;
  /** Link inside the web app, e.g. `/uebernahmen/…`. */
  link: string;
  /** Due date (YYYY-MM-DD) or null. */
  faellig: string | null;
  /** true when the person has to act (answer, decide, report); those come first. */
  handeln: boolean;
  /** The Kommune it belongs to (null for platform items). */
  kommuneId: string | null;
}

export interface StartOptionen {
  demo: boolean;
  /** Password for the demo accounts (LOTSE_DEMO_PASSWORT); without it one is generated per installation. */
  demoPasswort?: string;
  log: (meldung: string) => void;
}

export type Startaufgabe = (db: Db, opts: StartOptionen) => Promise<void>;

export interface BefehlKontext {
  args: string[];
  /** Opens (once) the database and migrates it. */
  db: () => Promise<Db>;
  out: (zeile: string) => void;
  err: (zeile: string) => void;
  env: NodeJS.ProcessEnv;
}

export interface Befehl {
  aufruf: string;
  beschreibung: string;
  /** Exit code: 0 = ok, 1 = error, 2 = wrong call. */
  ausfuehren(ctx: BefehlKontext): Promise<number>;
}
