import { sql } from 'kysely';
import type { Db, Tx } from '../db/db.ts';
import type { LotseModul } from '../modul.ts';
import type { MailVersand } from '../mail.ts';
import './jobs.table.ts';

/**
 * The job queue of Lotse: rows in table `job` (migrations/0105_jobs.sql, docs/decisions/0115). Any
 * number of app instances on one database work it: each claims one due job at a time with
 * `FOR UPDATE SKIP LOCKED` and a lease (`gesperrt_bis`); a job whose instance died is claimed again once the
 * lease has run out, so work survives restarts. Failed jobs are retried with exponential backoff.
 * Scheduled runs (weekly digest, daily reminders) are rows with a period key (`faellig_fuer`), unique per
 * `art`: two instances create the same run only once.
 */

/** What a job handler gets. */
export interface JobKontext {
  db: Db;
  art: string;
  daten: unknown;
  /** Period of a scheduled run (e.g. `2026-W49`), null for one-off jobs. */
  faelligFuer: string | null;
  /** 1 on the first attempt. */
  versuch: number;
  jetzt: Date;
  /** SMTP sending when LOTSE_SMTP_URL is set; null otherwise (mails stay in the outbox). */
  mailVersand: MailVersand | null;
}

export type JobHandler = (ctx: JobKontext) => Promise<void>;

/** A recurring job: one run per period (UTC). */
export interface Zeitplan {
  art: string;
  alle: 'minute' | 'stunde' | 'tag' | 'woche';
}

/** The lease of a running job; a job still running after it may be claimed by another instance. */
export const JOB_FRIST_SEKUNDEN = 300;

/** Backoff after the n-th failed attempt: 30 s, 60 s, 120 s … at most one hour. */
export function wartezeitSekunden(versuch: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, versuch - 1));
}

/** ISO 8601 week of a date (UTC), e.g. `2026-W49`. */
export function isoWoche(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const tag = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - tag); // Thursday of this week decides the year
  const jahresanfang = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const woche = Math.ceil(((t.getTime() - jahresanfang.getTime()) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(woche).padStart(2, '0')}`;
}

/** The period key of a schedule at a time (UTC). */
export function zeitraum(alle: Zeitplan['alle'], jetzt: Date): string {
  const iso = jetzt.toISOString();
  switch (alle) {
    case 'minute': return iso.slice(0, 16);
    case 'stunde': return iso.slice(0, 13);
    case 'tag': return iso.slice(0, 10);
    case 'woche': return isoWoche(jetzt);
  }
}

export interface NeuerJob {
  art: string;
  daten?: unknown;
  /** Period key: with `art` unique, a second job for the same run is not created. */
  faelligFuer?: string;
  ausfuehrenAb?: Date;
  maxVersuche?: number;
}

/**
 * Puts a job into the queue. Call it in the transaction of the change it belongs to. Returns false when a
 * job with the same `art` and `faelligFuer` exists already.
 */
export async function stelleEin(tx: Tx, job: NeuerJob): Promise<boolean> {
  const r = await tx.insertInto('job').values({
    art: job.art,
    daten: JSON.stringify(job.daten ?? {}),
    faellig_fuer: job.faelligFuer ?? null,
    ausfuehren_ab: job.ausfuehrenAb ?? undefined,
    max_versuche: job.maxVersuche,
  }).onConflict((oc) => oc.columns(['art', 'faellig_fuer']).where('faellig_fuer', 'is not', null).doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

/** The handlers and schedules of core and all modules. */
export interface JobRegister {
  handler: Map<string, JobHandler>;
  zeitplaene: Zeitplan[];
}

export function jobRegister(module: readonly LotseModul[], kern: { jobs?: Record<string, JobHandler>; zeitplan?: Zeitplan[] } = {}): JobRegister {
  const handler = new Map<string, JobHandler>();
  const zeitplaene: Zeitplan[] = [];
  for (const q of [{ name: 'core', ...kern }, ...module]) {
    for (const [art, h] of Object.entries(q.jobs ?? {})) {
      if (handler.has(art)) throw new Error(`Der Job ${art} ist doppelt registriert (Modul ${q.name})`);
      handler.set(art, h);
    }
    for (const z of q.zeitplan ?? []) {
      if (!(q.jobs ?? {})[z.art] && !handler.has(z.art)) throw new Error(`Zeitplan für unbekannten Job ${z.art} (Modul ${q.name})`);
      zeitplaene.push(z);
    }
  }
  return { handler, zeitplaene };
}

/** Creates the scheduled runs of the current periods (once per period across all instances). */
export async function planeLaeufe(db: Db, register: JobRegister, jetzt: Date): Promise<number> {
  let neu = 0;
  for (const z of register.zeitplaene) if (await stelleEin(db.k, { art: z.art, faelligFuer: zeitraum(z.alle, jetzt) })) neu++;
  return neu;
}

interface GeholterJob {
  id: number;
  art: string;
  daten: unknown;
  faellig_fuer: string | null;
  versuche: number;
  max_versuche: number;
}

/** Jobs whose instance died after their last allowed attempt are given up (once per pass of the worker). */
export async function gibVerwaisteAuf(db: Db): Promise<void> {
  await sql`update job set status = 'fehlgeschlagen', gesperrt_bis = null,
      fehler = coalesce(fehler, 'Abgebrochen: die ausführende Instanz hat sich nicht zurückgemeldet')
    where status = 'laeuft' and gesperrt_bis < now() and versuche >= max_versuche`.execute(db.k);
}

/** Claims one due job (or one whose lease ran out) for this instance; null when none is due. */
export async function holeJob(db: Db): Promise<GeholterJob | null> {
  const r = await sql<GeholterJob>`
    update job set status = 'laeuft', versuche = versuche + 1, gesperrt_bis = now() + make_interval(secs => ${JOB_FRIST_SEKUNDEN})
    where id = (
      select id from job
      where ((status = 'offen' and ausfuehren_ab <= now()) or (status = 'laeuft' and gesperrt_bis < now()))
        and versuche < max_versuche
      order by id
      limit 1
      for update skip locked
    )
    returning id, art, daten, faellig_fuer, versuche, max_versuche`.execute(db.k);
  const j = r.rows[0];
  return j ? { ...j, id: Number(j.id) } : null;
}

export interface AusfuehrOptionen {
  register: JobRegister;
  mailVersand?: MailVersand | null;
  jetzt?: () => Date;
  /** At most this many jobs per call (default 100). */
  hoechstens?: number;
  /** Stops early (graceful shutdown). */
  abbrechen?: () => boolean;
  log?: (meldung: string) => void;
}

export interface AusfuehrErgebnis {
  geplant: number;
  erledigt: number;
  fehlgeschlagen: number;
}

/**
 * One pass of the worker: creates the scheduled runs of the current periods, then claims and runs due jobs
 * until none is due (or `hoechstens` were run). Tests drive the queue with it directly.
 */
export async function fuehreFaelligeJobsAus(db: Db, opts: AusfuehrOptionen): Promise<AusfuehrErgebnis> {
  const jetzt = opts.jetzt ?? (() => new Date());
  const ergebnis: AusfuehrErgebnis = { geplant: await planeLaeufe(db, opts.register, jetzt()), erledigt: 0, fehlgeschlagen: 0 };
  const hoechstens = opts.hoechstens ?? 100;
  await gibVerwaisteAuf(db);
  for (let i = 0; i < hoechstens && !opts.abbrechen?.(); i++) {
    const job = await holeJob(db);
    if (!job) break;
    const handler = opts.register.handler.get(job.art);
    try {
      if (!handler) throw new Error(`Für Jobs der Art ${job.art} ist kein Handler registriert`);
      await handler({ db, art: job.art, daten: job.daten, faelligFuer: job.faellig_fuer, versuch: job.versuche, jetzt: jetzt(), mailVersand: opts.mailVersand ?? null });
      await db.k.updateTable('job').set({ status: 'erledigt', erledigt_am: new Date(), gesperrt_bis: null, fehler: null }).where('id', '=', job.id).execute();
      ergebnis.erledigt++;
    } catch (err) {
      const meldung = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
      const endgueltig = job.versuche >= job.max_versuche;
      await sql`update job set status = ${endgueltig ? 'fehlgeschlagen' : 'offen'}, gesperrt_bis = null, fehler = ${meldung},
          ausfuehren_ab = now() + make_interval(secs => ${wartezeitSekunden(job.versuche)})
        where id = ${job.id}`.execute(db.k);
      ergebnis.fehlgeschlagen++;
      opts.log?.(`Job ${job.art} (${job.id}) Versuch ${job.versuche}/${job.max_versuche} fehlgeschlagen${endgueltig ? ' – gibt auf' : ''}: ${meldung}`);
    }
  }
  return ergebnis;
}

/** Deletes finished jobs older than `tage` days (the queue would otherwise grow by one row per mail). */
export async function raeumeJobsAuf(db: Db, tage = 14): Promise<number> {
  const r = await sql`delete from job where status = 'erledigt' and erledigt_am < now() - make_interval(days => ${tage})`.execute(db.k);
  return Number(r.numAffectedRows ?? 0);
}
