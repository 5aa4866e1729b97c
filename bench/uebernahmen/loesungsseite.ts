/**
 * Benchmark der Übernahmen (Issue 11): die öffentliche Lösungsseite (GET /api/loesungen/:id mit „nutzung“:
 * Zählungen, Mediane je Größenklasse, Siegel-Kriterium) bei 10.000 Übernahmeprojekten und 30.000 Rückmeldungen,
 * über app.inject (Routing, Zugriffsschicht, Abfragen, Serialisierung; ohne Netzwerk), auf PostgreSQL
 * (DATABASE_URL, frisches Schema) und PGlite. Daneben als Grundlinie eine schlichte SQL-Abfrage (`select 1`) über
 * dieselbe Verbindung und eine Lösung ohne Übernahmen.
 *
 * Daten: das mitgelieferte Verzeichnis der Kommunen; 200 veröffentlichte Lösungen; 10.000 Projekte, davon 3.000
 * für eine „gefragte“ Lösung (schlechtester Fall) und der Rest verteilt; je Projekt drei Rückmeldungen
 * (Inbetriebnahme, 6, 12 Monate), zwei Drittel mit Einwilligung.
 *
 *   npm run bench -- uebernahmen
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { createTestDb } from '../../src/testing/testDb.ts';
import { baueApp } from '../../src/testing/testApp.ts';
import type { Db } from '../../src/core/db/db.ts';
import { importiereVerzeichnis } from '../../src/modules/kommunen/kommunen.import.ts';
import { perzentil, runde } from '../werkzeuge.ts';
import { aktualisiereNutzung } from '../../src/modules/uebernahmen/index.ts';

const PROJEKTE = 10_000;
const GEFRAGT = 3_000;
const LOESUNGEN = 200;
const ANFRAGEN = 300;
const AUFWAERMEN = 30;

async function befuelle(db: Db) {
  await importiereVerzeichnis(db);
  const kommunen = (await db.k.selectFrom('kommune').select('id').where('typ', 'in', ['Gemeinde', 'Stadt', 'kreisfreie Stadt', 'Landkreis']).orderBy(sql`md5(id)`).execute()).map((k) => k.id);
  const loesungen = Array.from({ length: LOESUNGEN }, (_, i) => ({ id: crypto.randomUUID(), kommune_id: kommunen[i], titel: `Lösung ${i}`, zusammenfassung: 'Benchmark', problem: 'Benchmark', status: 'veroeffentlicht' as const }));
  await db.k.insertInto('loesung').values(loesungen).execute();
  const phasen = ['verstehen', 'anpassen', 'uebernehmen', 'verstetigen', 'abgeschlossen', 'abgebrochen'] as const;
  const projekte = Array.from({ length: PROJEKTE }, (_, i) => {
    const l = i < GEFRAGT ? loesungen[0] : loesungen[1 + (i % (LOESUNGEN - 1))];
    const phase = phasen[i % phasen.length];
    return { id: crypto.randomUUID(), kommune_id: kommunen[LOESUNGEN + (i % (kommunen.length - LOESUNGEN))], loesung_id: l.id, loesung_version: 1, herkunft_kommune_id: l.kommune_id, phase, abbruch_grund: phase === 'abgebrochen' ? 'Benchmark' : null, golive_am: '2025-01-15' };
  });
  const anlaesse = ['golive', '6-monate', '12-monate'] as const;
  const rueckmeldungen = projekte.flatMap((p, i) => anlaesse.map((anlass, j) => ({ uebernahme_id: p.id, kommune_id: p.kommune_id, loesung_id: p.loesung_id, anlass, aufwand_personentage: 5 + ((i * 7 + j) % 40), kosten_euro: 1000 + (i % 9000), wirkungsstufe: 1 + ((i + j) % 7), oeffentlich: (i + j) % 3 !== 0 })));
  const t0 = performance.now();
  await db.k.transaction().execute(async (tx) => {
    for (let i = 0; i < projekte.length; i += 2000) await tx.insertInto('uebernahme').values(projekte.slice(i, i + 2000)).execute();
    for (let i = 0; i < rueckmeldungen.length; i += 2000) await tx.insertInto('uebernahme_rueckmeldung').values(rueckmeldungen.slice(i, i + 2000)).execute();
  });
  await sql`analyze`.execute(db.k);
  // The stored figures (decision 0114), as the use cases keep them; the time for the most adopted solution is the
  // cost a change (start, phase, report-back) adds to its transaction.
  const t1 = performance.now();
  for (const l of loesungen.slice(1)) await aktualisiereNutzung(db.k, l.id);
  const t2 = performance.now();
  await aktualisiereNutzung(db.k, loesungen[0].id);
  const neuberechnungGefragt = performance.now() - t2;
  return { neuberechnung_alle_s: runde((t2 - t1) / 1000), neuberechnung_gefragte_ms: runde(neuberechnungGefragt), gefragt: loesungen[0].id, ohne: loesungen[LOESUNGEN - 1].id, andere: loesungen.slice(1, LOESUNGEN - 1).map((l) => l.id), projekte: projekte.length, rueckmeldungen: rueckmeldungen.length, laden_s: runde((performance.now() - t0) / 1000) };
}

async function messe(art: 'postgres' | 'pglite') {
  const vorher = process.env.LOTSE_TEST_DB;
  process.env.LOTSE_TEST_DB = art;
  const db = await createTestDb();
  process.env.LOTSE_TEST_DB = vorher;
  try {
    const d = await befuelle(db);
    const app = await baueApp({ db });
    await app.ready();
    const zeit = async (f: () => Promise<unknown>, n = ANFRAGEN) => {
      const z: number[] = [];
      for (let i = 0; i < n + AUFWAERMEN; i++) {
        const t0 = performance.now();
        await f();
        if (i >= AUFWAERMEN) z.push(performance.now() - t0);
      }
      return { p50_ms: runde(perzentil(z, 50)), p95_ms: runde(perzentil(z, 95)) };
    };
    const seite = async (id: string) => {
      const r = await app.inject({ method: 'GET', url: `/api/loesungen/${id}` });
      if (r.statusCode !== 200) throw new Error(`Lösungsseite ${r.statusCode}: ${r.body.slice(0, 200)}`);
      return r;
    };
    const probe = (await seite(d.gefragt)).json() as { nutzung: { laufend: number; abgeschlossen: number; rueckmeldungen: number } };
    let k = 0;
    const gefragt = await zeit(() => seite(d.gefragt));
    const verteilt = await zeit(() => seite(d.andere[k++ % d.andere.length]));
    const ohne = await zeit(() => seite(d.ohne));
    const select1 = await zeit(() => sql`select 1`.execute(db.k));
    await app.close();
    const ziel = art === 'postgres' ? 50 : 150;
    return {
      projekte: d.projekte,
      rueckmeldungen: d.rueckmeldungen,
      laden_s: d.laden_s,
      neuberechnung_alle_loesungen_s: d.neuberechnung_alle_s,
      neuberechnung_gefragte_loesung_ms: d.neuberechnung_gefragte_ms,
      gefragte_loesung: { projekte: GEFRAGT, nutzung: probe.nutzung, ...gefragt },
      verteilte_loesungen: verteilt,
      grundlinie_loesung_ohne_uebernahmen: ohne,
      grundlinie_select_1: select1,
      ziel_p95_ms: ziel,
      ziel_erreicht: gefragt.p95_ms <= ziel && verteilt.p95_ms <= ziel,
    };
  } finally {
    await db.close();
  }
}

export async function run() {
  const ergebnis: Record<string, unknown> = {};
  if (process.env.DATABASE_URL) {
    try {
      ergebnis.postgres = await messe('postgres');
    } catch (err) {
      ergebnis.postgres = { fehler: (err as Error).message };
    }
  } else {
    ergebnis.postgres = { uebersprungen: 'DATABASE_URL nicht gesetzt' };
  }
  ergebnis.pglite = await messe('pglite');
  return ergebnis;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
  process.exit(0);
}
