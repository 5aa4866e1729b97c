/**
 * Benchmark DSGVO und Metriken (Issue 14): Datenarchiv einer großen Kommune (ZIP mit JSON und CSV je Tabelle),
 * Löschen aller ihrer Daten (eine Transaktion, Tabellen aus dem Katalog) und ein Abruf von /metrics – auf PGlite
 * und, mit DATABASE_URL, auf PostgreSQL. Grundlinien aus demselben Lauf: `select 1` über dieselbe Verbindung und
 * das Archiv einer Kommune ohne eigene Daten.
 *
 * Daten: 21 Kommunen mit je 2.000 Bedarfen (je 3 Statuswechsel), 200 Lösungen (je 2 Versionen) und 20.000
 * Audit-Einträgen; gemessen wird die erste (die anderen 20 stehen daneben in denselben Tabellen).
 *
 *   npm run bench -- dsgvo
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { createTestDb } from '../../src/testing/testDb.ts';
import { baueApp } from '../../src/testing/testApp.ts';
import { seedKommunen, TEST_KOMMUNEN } from '../../src/testing/fixtures.ts';
import type { Db } from '../../src/core/db/db.ts';
import { exportiereKommune, fuehreFaelligeLoeschungenAus } from '../../src/modules/betrieb/dsgvo/dsgvo.usecases.ts';
import { runde } from '../werkzeuge.ts';

const BEDARFE = 2_000;
const LOESUNGEN = 200;
const AUDIT = 20_000;
const KOMMUNEN = 21;

async function befuelle(db: Db): Promise<string[]> {
  await seedKommunen(db);
  const land = TEST_KOMMUNEN[0];
  const ids = Array.from({ length: KOMMUNEN }, (_, i) => `0699${String(i).padStart(8, '0')}`);
  await db.k.insertInto('kommune').values(ids.map((id, i) => ({ ...land, id, ags: id.slice(0, 8), name: `Benchstadt ${i}`, kurzname: `Bench ${i}`, typ: 'Stadt' as const, einwohner: 20_000, land_id: land.id, groessenklasse: 5, such_name: `benchstadt ${i}` }))).execute();
  await db.k.transaction().execute(async (tx) => {
    for (const k of ids) {
      const bedarfe = Array.from({ length: BEDARFE }, (_, i) => ({ id: crypto.randomUUID(), kommune_id: k, titel: `Bedarf ${i} mit etwas Text`, beschreibung: 'Beschreibung eines Problems in eigenen Worten, wie sie eine Kommune schreibt.'.repeat(3), dringlichkeit: 'mittel' as const, status: 'neu' as const }));
      for (let i = 0; i < bedarfe.length; i += 1000) await tx.insertInto('bedarf').values(bedarfe.slice(i, i + 1000)).execute();
      await sql`insert into bedarf_status_aenderung (bedarf_id, kommune_id, von, nach)
        select b.id, b.kommune_id, 'neu', 'in_pruefung' from bedarf b, generate_series(1, 3) where b.kommune_id = ${k}`.execute(tx);
      const loesungen = Array.from({ length: LOESUNGEN }, (_, i) => ({ id: crypto.randomUUID(), kommune_id: k, titel: `Lösung ${i}`, zusammenfassung: 'Kurz', problem: 'Problem', status: 'entwurf' as const }));
      await tx.insertInto('loesung').values(loesungen).execute();
      await sql`insert into audit_log (kommune_id, aktion, objekt_typ, objekt_id, details)
        select ${k}, 'bedarf.geaendert', 'bedarf', gen_random_uuid()::text, jsonb_build_object('feld', 'titel', 'n', g)
        from generate_series(1, ${AUDIT}) g`.execute(tx);
    }
  });
  await sql`analyze`.execute(db.k);
  return ids;
}

async function messe(art: 'postgres' | 'pglite') {
  const vorher = process.env.LOTSE_TEST_DB;
  process.env.LOTSE_TEST_DB = art;
  const db = await createTestDb();
  process.env.LOTSE_TEST_DB = vorher;
  process.env.LOTSE_METRICS_TOKEN = 'bench-token-0123456789abcdef0123';
  try {
    const ids = await befuelle(db);
    const zeilen = await sql<{ n: number }>`select count(*)::int as n from bedarf where kommune_id = ${ids[0]}`.execute(db.k);
    const ms = async (f: () => Promise<unknown>) => {
      const t = performance.now();
      await f();
      return runde(performance.now() - t);
    };
    const grund = await ms(async () => { for (let i = 0; i < 100; i++) await sql`select 1`.execute(db.k); });
    const leer = await ms(() => exportiereKommune(db, TEST_KOMMUNEN[1].id, null));
    let bytes = 0;
    const archiv = await ms(async () => { bytes = (await exportiereKommune(db, ids[0], null)).zip.length; });
    await db.k.insertInto('kommune_loeschung').values({ kommune_id: ids[0], beantragt_von: null, faellig_am: new Date(Date.now() - 1000) }).execute();
    let geloescht = 0;
    const loeschen = await ms(async () => { geloescht = Object.values((await fuehreFaelligeLoeschungenAus(db))[0]?.zeilen ?? {}).reduce((a, b) => a + b, 0); });
    const app = await baueApp({ db });
    await app.ready();
    for (let i = 0; i < 200; i++) await app.inject({ method: 'GET', url: '/api/health' });
    const scrape = await ms(() => app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer bench-token-0123456789abcdef0123' } }));
    await app.close();
    return {
      db: art,
      bedarfe_der_kommune: zeilen.rows[0].n,
      grundlinie_100x_select1_ms: grund,
      archiv_leere_kommune_ms: leer,
      archiv_ms: archiv,
      archiv_kb: Math.round(bytes / 1024),
      loeschen_ms: loeschen,
      geloeschte_zeilen: geloescht,
      metrics_abruf_ms: scrape,
    };
  } finally {
    delete process.env.LOTSE_METRICS_TOKEN;
    await db.close();
  }
}

export async function run() {
  const ergebnisse = [await messe('pglite')];
  if (process.env.DATABASE_URL) ergebnisse.push(await messe('postgres'));
  return { kommunen: KOMMUNEN, je_kommune: { bedarfe: BEDARFE, loesungen: LOESUNGEN, audit: AUDIT }, ergebnisse };
}
