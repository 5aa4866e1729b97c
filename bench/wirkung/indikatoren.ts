/**
 * Benchmark der Referenzindikatoren (Issue 12): volles Laden des mitgelieferten Bestands (668.932 Werte) und
 * GET /api/kommunen/:key/indikatoren für zufällige Kommunen (Gemeinden und Kreise) über app.inject (Routing,
 * Zugriffsschicht, Abfragen, Serialisierung; ohne Netzwerk) – auf PGlite und PostgreSQL (DATABASE_URL).
 * Grundlinie im selben Lauf: ein bloßes `select 1` und ein Indexzugriff auf die Werte-Tabelle (p95), und für das
 * Laden das bloße Anlegen einer PGlite-Datenbank.
 *
 *   npm run bench -- indikatoren
 */
import cliProgress from 'cli-progress';
import { sql } from 'kysely';
import { openDb } from '../../src/core/db/db.ts';
import { createTestDb } from '../../src/testing/testDb.ts';
import { baueApp } from '../../src/testing/testApp.ts';
import { importiereVerzeichnis } from '../../src/modules/kommunen/kommunen.import.ts';
import { ladeIndikatoren } from '../../src/modules/wirkung/indikatoren/indikatoren.laden.ts';
import { zufall } from '../../src/modules/erhebungen/erhebungen.demo.ts';
import { perzentil, runde } from '../werkzeuge.ts';

const ANFRAGEN = 300;
const AUFWAERMEN = 20;

async function zeiten(n: number, f: (i: number) => Promise<void>): Promise<{ p50_ms: number; p95_ms: number }> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f(i);
    t.push(performance.now() - t0);
  }
  return { p50_ms: runde(perzentil(t, 50), 2), p95_ms: runde(perzentil(t, 95), 2) };
}

async function messe(art: 'postgres' | 'pglite') {
  const vorher = process.env.LOTSE_TEST_DB;
  process.env.LOTSE_TEST_DB = art;
  const db = await createTestDb();
  process.env.LOTSE_TEST_DB = vorher;
  try {
    await importiereVerzeichnis(db);
    const balken = new cliProgress.SingleBar({ stream: process.stderr, format: `Indikatoren laden (${art}) [{bar}] {percentage}% | {duration}s` }, cliProgress.Presets.shades_classic);
    balken.start(100, 0);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const e = await ladeIndikatoren(db, { onProgress: (f) => balken.update(Math.floor((f.fertig / f.gesamt) * 100)) });
    const laden_s = runde((performance.now() - t0) / 1000, 1);
    const cpu = process.cpuUsage(cpu0);
    balken.stop();
    const t1 = performance.now();
    const zweites = await ladeIndikatoren(db);
    const zweites_ms = runde(performance.now() - t1, 1);

    const app = await baueApp({ db, authRateLimit: 100_000 });
    await app.ready();
    const kommunen = (await sql<{ id: string }>`select id from kommune where length(ags) in (5, 8) order by id`.execute(db.k)).rows.map((r) => r.id);
    const r = zufall(4712);
    const stichprobe = Array.from({ length: ANFRAGEN + AUFWAERMEN }, () => kommunen[Math.floor(r() * kommunen.length)]);
    let eintraege = 0;
    const seite = async (i: number) => {
      const res = await app.inject({ method: 'GET', url: `/api/kommunen/${stichprobe[i]}/indikatoren` });
      if (res.statusCode !== 200) throw new Error(`${stichprobe[i]}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      eintraege += (JSON.parse(res.body) as { items: unknown[] }).items.length;
    };
    await zeiten(AUFWAERMEN, seite);
    eintraege = 0;
    const api = await zeiten(ANFRAGEN, (i) => seite(i + AUFWAERMEN));
    const basis_select1 = await zeiten(ANFRAGEN, async () => { await sql`select 1`.execute(db.k); });
    const basis_indexzugriff = await zeiten(ANFRAGEN, async (i) => {
      await sql`select jahr, wert from wirkung_indikator_wert where ags = ${stichprobe[i].slice(0, 5)}`.execute(db.k);
    });
    await app.close();
    return {
      laden_s, laden_cpu_s: runde((cpu.user + cpu.system) / 1e6, 1), werte: e.werte, vergleichsgruppen: e.vergleiche, zweites_laden_ms: zweites_ms, zweites_geladen: zweites.geladen,
      seite: { anfragen: ANFRAGEN, ...api, indikatoren_je_seite: runde(eintraege / ANFRAGEN, 1) },
      basis_select1, basis_indexzugriff,
    };
  } finally {
    await db.close();
  }
}

export async function run() {
  const t0 = performance.now();
  const leer = await openDb({});
  const basis_pglite_anlegen_ms = runde(performance.now() - t0, 1);
  await leer.close();
  const ergebnis: Record<string, unknown> = {
    ziel: { seite_p95_ms: { pglite: 300, postgres: 100 }, laden_pglite_s: 60 },
    basis_pglite_anlegen_ms,
    pglite: await messe('pglite'),
  };
  ergebnis.postgres = process.env.DATABASE_URL ? await messe('postgres') : 'übersprungen (DATABASE_URL fehlt)';
  return ergebnis;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
