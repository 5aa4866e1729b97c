/**
 * Messabschnitt `kaizen` (npm run bench -- kaizen):
 * - Import eines Ereignisprotokolls mit 100.000 Zeilen auf PGlite (CSV lesen und prüfen, speichern,
 *   Fälle neu rechnen; Ziel < 10 s), daneben als Grundlinie 100.000 Zeilen per `insert … select
 *   generate_series` in dieselbe Tabelle.
 * - Kennzahlen eines Prozesses mit 1.000.000 Ereignissen auf PostgreSQL (p50/p95 über 40 Abrufe mit
 *   wechselndem Stichtag; Ziel p95 ≤ 500 ms), daneben `select count(*)` über dieselben Ereignisse.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import cliProgress from 'cli-progress';
import { openDb, type Db } from '../../../core/db/db.ts';
import { migrate } from '../../../core/db/migrate.ts';
import { seedKommunen } from '../../../testing/fixtures.ts';
import { perzentil, runde } from '../../../../bench/werkzeuge.ts';
import { zufallsgenerator } from '../stichprobe/stichprobe.rules.ts';
import * as repo from './prozesse.repository.ts';
import { importiere, kennzahlen } from './prozesse.usecases.ts';

const KOMMUNE = '065310005005';
const SCHRITTE = ['Terminbuchung', 'Vorsprache', 'Bearbeitung', 'Rückfrage', 'Ausgabe'];

/** A log of `faelle` cases with 5 events each on average (deterministic). */
function* protokoll(faelle: number, startwert: number): Generator<{ fall: string; schritt: string; zeitpunkt: string }> {
  const z = zufallsgenerator(startwert);
  const start = Date.parse('2025-01-06T07:00:00Z');
  for (let f = 0; f < faelle; f++) {
    let t = start + Math.floor(z() * 360 * 86_400_000);
    const n = 2 + Math.floor(z() * 7); // 2..8, mean 5
    for (let i = 0; i < n; i++) {
      yield { fall: `F-${f}`, schritt: SCHRITTE[Math.floor(z() * SCHRITTE.length)], zeitpunkt: new Date(Math.floor(t / 1000) * 1000).toISOString() };
      t += Math.floor(z() * 3 * 86_400_000);
    }
  }
}

function fortschritt(titel: string, gesamt: number) {
  const bar = new cliProgress.SingleBar({ format: `${titel} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr, hideCursor: false }, cliProgress.Presets.shades_classic);
  bar.start(gesamt, 0);
  return bar;
}

async function importPglite() {
  const db = await openDb({});
  try {
    await migrate(db);
    await seedKommunen(db);
    const laeufe: number[] = [];
    for (let lauf = 0; lauf < 3; lauf++) {
      const id = (await repo.legeAn(db.k, KOMMUNE, `Bench ${lauf}`, null))!;
      const zeilen = ['fall_id,schritt,zeitpunkt'];
      for (const e of protokoll(25_000, 100 + lauf)) {
        if (zeilen.length > 100_000) break;
        zeilen.push(`${e.fall},${e.schritt},${e.zeitpunkt.slice(0, 19)}`);
      }
      const csv = Buffer.from(zeilen.join('\n'), 'utf8');
      const t0 = performance.now();
      const r = await importiere(db, null, id, csv);
      laeufe.push(performance.now() - t0);
      if (r.zeilen !== 100_000) throw new Error(`erwartet 100.000 Zeilen, gelesen ${r.zeilen}`);
    }
    // Baseline: the same number of rows with one plain INSERT … SELECT in the same table.
    const b = (await repo.legeAn(db.k, KOMMUNE, 'Grundlinie', null))!;
    const t0 = performance.now();
    await sql`insert into kaizen_ereignis (prozess_id, kommune_id, fall_id, schritt, zeitpunkt)
      select ${b}::uuid, ${KOMMUNE}, 'F-' || (g / 5), 'Schritt ' || (g % 5), now() + g * interval '1 minute' from generate_series(1, 100000) g`.execute(db.k);
    const grundlinie = performance.now() - t0;
    const median = [...laeufe].sort((a, b) => a - b)[1];
    return { zeilen: 100_000, laeufe_ms: laeufe.map((x) => runde(x, 0)), median_ms: runde(median, 0), ziel_ms: 10_000, grundlinie_insert_select_ms: runde(grundlinie, 0), verhaeltnis_median_zur_grundlinie: runde(median / grundlinie, 2) };
  } finally {
    await db.close();
  }
}

async function kennzahlenPostgres() {
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_kaizen_${crypto.randomBytes(4).toString('hex')}`;
  const db: Db = await openDb({ databaseUrl: url, schema, poolSize: 4 });
  try {
    await migrate(db);
    await seedKommunen(db);
    const id = (await repo.legeAn(db.k, KOMMUNE, 'Bench 1 Mio.', null))!;
    const ZIEL = 1_000_000;
    const bar = fortschritt('1 Mio. Ereignisse anlegen', ZIEL);
    const t0 = performance.now();
    let block: repo.NeuesEreignis[] = [];
    let gesamt = 0;
    const faelle: string[] = [];
    for (const e of protokoll(250_000, 7)) {
      if (gesamt + block.length >= ZIEL) break;
      if (faelle[faelle.length - 1] !== e.fall) faelle.push(e.fall);
      block.push({ prozessId: id, ...e });
      if (block.length === 50_000) {
        gesamt += await repo.fuegeEin(db.k, KOMMUNE, block);
        bar.update(gesamt);
        block = [];
      }
    }
    gesamt += await repo.fuegeEin(db.k, KOMMUNE, block);
    bar.update(gesamt);
    bar.stop();
    await repo.rechneFaelleNeu(db.k, id, faelle);
    await repo.aktualisiereZaehler(db.k, id, gesamt);
    await sql`analyze`.execute(db.k);
    const aufbau = performance.now() - t0;

    const stichtage = ['2025-03-01', '2025-06-15', '2025-09-01', '2025-11-20', undefined];
    const mess = async (f: () => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await f();
      const ms: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t = performance.now();
        await f();
        ms.push(performance.now() - t);
      }
      return { p50_ms: runde(perzentil(ms, 50)), p95_ms: runde(perzentil(ms, 95)) };
    };
    let i = 0;
    const k = await mess(() => kennzahlen(db, id, stichtage[i++ % stichtage.length]));
    const grundlinie = await mess(() => sql`select count(*) from kaizen_ereignis where prozess_id = ${id}`.execute(db.k));
    const probe = await kennzahlen(db, id, '2025-06-15');
    return { ereignisse: gesamt, faelle: faelle.length, aufbau_s: runde(aufbau / 1000), kennzahlen: k, ziel_p95_ms: 500, grundlinie_count_stern: grundlinie, verhaeltnis_p95_zur_grundlinie: runde(k.p95_ms / grundlinie.p95_ms, 2), beispiel: probe };
  } finally {
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(db.k);
    await db.close();
  }
}

export async function run() {
  return { import_100k_pglite: await importPglite(), kennzahlen_1mio_postgres: await kennzahlenPostgres() };
}
