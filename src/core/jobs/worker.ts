import type { Db } from '../db/db.ts';
import { frischeStatistikAuf } from '../db/statistik.ts';
import { fuehreFaelligeJobsAus, raeumeJobsAuf, type AusfuehrOptionen } from './warteschlange.ts';

export interface JobWorker {
  /** Lets the running pass finish its current job, then stops (graceful shutdown). */
  stoppe(): Promise<void>;
}

/** The first statistics pass on PGlite, after the start's background set-up; then hourly. */
export const STATISTIK_NACH_START_MS = 10 * 60_000;

/**
 * The worker loop of one app instance (started by src/server.ts, not by buildApp: API tests drive the queue
 * themselves with `fuehreFaelligeJobsAus`). Every `intervallMs` one pass; errors of a pass are logged and
 * the loop goes on. Once an hour it deletes finished jobs older than two weeks and, on PGlite, refreshes stale planner
 * statistics (core/db/statistik.ts; first ten minutes after the start).
 */
export function starteJobWorker(db: Db, opts: Omit<AusfuehrOptionen, 'abbrechen'> & { intervallMs?: number }): JobWorker {
  const intervall = opts.intervallMs ?? 5000;
  let gestoppt = false;
  let lauf: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let letztesAufraeumen = 0;
  let letzteStatistik = Date.now() - 3_600_000 + STATISTIK_NACH_START_MS;
  const durchgang = async () => {
    try {
      await fuehreFaelligeJobsAus(db, { ...opts, abbrechen: () => gestoppt });
      if (Date.now() - letztesAufraeumen > 3_600_000) {
        letztesAufraeumen = Date.now();
        await raeumeJobsAuf(db);
      }
      // PGlite has no autovacuum: keep the planner's statistics fresh (docs/decisions/0143). Not right at start, when
      // the background set-up still fills tables; statistics taken earlier are kept on disk.
      if (db.kind === 'pglite' && Date.now() - letzteStatistik > 3_600_000) {
        letzteStatistik = Date.now();
        await frischeStatistikAuf(db);
      }
    } catch (err) {
      opts.log?.(`Job-Warteschlange: Durchgang fehlgeschlagen: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const weiter = () => {
    if (gestoppt) return;
    timer = setTimeout(() => {
      lauf = durchgang().then(weiter);
    }, intervall);
    timer.unref?.();
  };
  lauf = durchgang().then(weiter);
  return {
    async stoppe() {
      gestoppt = true;
      if (timer) clearTimeout(timer);
      await lauf;
    },
  };
}
