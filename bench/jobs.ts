/**
 * Job queue (src/core/jobs/): how many jobs per second one worker (PGlite) and two workers (PostgreSQL, if
 * DATABASE_URL is set) claim and finish. Baseline from the same run: the same number of plain single-row
 * inserts and updates on the same database (the least a queue with one row per job must do).
 */
import { sql } from 'kysely';
import { openDb, type Db } from '../src/core/db/db.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { fuehreFaelligeJobsAus, jobRegister, stelleEin } from '../src/core/jobs/warteschlange.ts';
import { runde } from './werkzeuge.ts';

const N = 2000;

async function messe(db: Db, worker: number) {
  await db.k.deleteFrom('job').execute();
  let gelaufen = 0;
  const register = jobRegister([{ name: 'bench', jobs: { 'bench.leer': async () => { gelaufen++; } } }]);
  await db.k.transaction().execute(async (tx) => {
    for (let i = 0; i < N; i++) await stelleEin(tx, { art: 'bench.leer', daten: { i } });
  });
  const t0 = performance.now();
  await Promise.all(Array.from({ length: worker }, () => fuehreFaelligeJobsAus(db, { register, hoechstens: N })));
  const ms = performance.now() - t0;
  if (gelaufen !== N) throw new Error(`${gelaufen} statt ${N} Jobs ausgeführt`);

  await sql`create temp table if not exists bench_basis (id bigint generated always as identity primary key, wert int, fertig boolean default false)`.execute(db.k);
  await sql`truncate bench_basis`.execute(db.k);
  const b0 = performance.now();
  for (let i = 0; i < N; i++) {
    const r = await sql<{ id: number }>`insert into bench_basis (wert) values (${i}) returning id`.execute(db.k);
    await sql`update bench_basis set fertig = true where id = ${r.rows[0].id}`.execute(db.k);
  }
  const basisMs = performance.now() - b0;
  return { jobs: N, worker, jobsProSekunde: runde((N / ms) * 1000, 0), msProJob: runde(ms / N, 3), basis: { zeilenProSekunde: runde((N / basisMs) * 1000, 0), msProZeile: runde(basisMs / N, 3), was: 'insert + update je Zeile, einzeln' } };
}

export async function run() {
  const ergebnis: Record<string, unknown> = {};
  const pg = await openDb({});
  try {
    await migrate(pg);
    ergebnis.pglite = await messe(pg, 1);
  } finally {
    await pg.close();
  }
  if (process.env.DATABASE_URL) {
    const db = await openDb({ databaseUrl: process.env.DATABASE_URL, schema: `bench_jobs_${process.pid}`, poolSize: 4 });
    try {
      await migrate(db);
      ergebnis.postgres = await messe(db, 2);
    } finally {
      await sql.raw(`drop schema if exists bench_jobs_${process.pid} cascade`).execute(db.k);
      await db.close();
    }
  }
  return ergebnis;
}
