/**
 * Demo catalogue (only with LOTSE_DEMO != 0; idempotent): the labelled benchmark solutions
 * (bench/matching/loesungen.json, German) and the 853 JRC cases (English), then a few adoptions and
 * seals so that the catalogue shows "Bewährt" and "Kommunen, die diese Lösung nutzen".
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { ROOT_DIR } from '../../core/config.ts';
import type { Db } from '../../core/db/db.ts';
import type { StartOptionen } from '../../core/start.ts';
import { protokolliere } from '../../core/audit.ts';
import { importiereLoesungen } from './import/import.usecases.ts';
import { leseJrc } from './loesungen.jrc.ts';
import { SIEGEL_KRITERIEN } from './loesungen.schemas.ts';

export const BENCH_DATEI = path.join(ROOT_DIR, 'bench', 'matching', 'loesungen.json');
const MARKER_JRC = 'jrc-10000';
const SIEGEL_ANZAHL = 6;

const BEGRUENDUNG: Record<(typeof SIEGEL_KRITERIEN)[number], string> = {
  mind_zwei_kommunen: 'In der Herkunftskommune und in mindestens einer weiteren Kommune im Einsatz (Nutzungsmeldungen liegen vor).',
  verwaltungstauglich: 'Mit vorhandenem Personal und üblichen Verfahren der Verwaltung umsetzbar; Vergaberecht und Datenschutz geklärt.',
  innovativ: 'Neuer Lösungsweg gegenüber der bisherigen Praxis in vergleichbaren Kommunen.',
  nachhaltig: 'Dauerhaft im Regelbetrieb und im Haushalt verankert, nicht nur als befristetes Projekt.',
};

function log(opts: StartOptionen, was: string) {
  let letzte = -1;
  return (fertig: number, gesamt: number) => {
    const prozent = Math.floor((fertig / gesamt) * 100);
    if (prozent >= letzte + 25 || fertig === gesamt) {
      letzte = prozent;
      opts.log(`Demo-Lösungen (${was}): ${fertig}/${gesamt} importiert`);
    }
  };
}

export async function demoLoesungen(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  const benchDa = fs.existsSync(BENCH_DATEI);
  const bench = benchDa ? (JSON.parse(fs.readFileSync(BENCH_DATEI, 'utf8')) as { externalId: string }[]) : [];
  const marker = [MARKER_JRC, ...(bench[0] ? [bench[0].externalId] : [])];
  const vorhanden = await db.k.selectFrom('loesung').select('external_id').where('external_id', 'in', marker).execute();
  if (vorhanden.length === marker.length) return;

  const t0 = Date.now();
  if (bench.length) {
    const b = await importiereLoesungen(db, bench, { kontoId: null, quelle: 'demo', fortschritt: log(opts, 'Benchmark-Katalog'), kommentar: 'Demo-Import' });
    opts.log(`Demo-Lösungen: ${b.gesamt} aus ${path.relative(ROOT_DIR, BENCH_DATEI)} (${b.gesamt - b.herkunftNichtAufgeloest.length} mit Herkunft im Verzeichnis)`);
  } else {
    opts.log(`Demo-Lösungen: ${path.relative(ROOT_DIR, BENCH_DATEI)} fehlt – nur JRC-Fälle`);
  }
  const j = await importiereLoesungen(db, leseJrc(), { kontoId: null, quelle: 'demo', fortschritt: log(opts, 'JRC-Fälle'), kommentar: 'Demo-Import (JRC)' });
  opts.log(`Demo-Lösungen: ${j.gesamt} JRC-Fälle (englisch) importiert`);

  const n = await vergibDemoSiegel(db);
  opts.log(`Demo-Lösungen: ${n} Lösungen mit Siegel „Bewährt“ und Nutzungsmeldungen (${Date.now() - t0} ms)`);
}

/** Adds two adopting Kommunen (same Land, other Städte) to a few well-evidenced solutions and awards the seal. */
async function vergibDemoSiegel(db: Db): Promise<number> {
  const kandidaten = await db.k
    .selectFrom('loesung as l')
    .innerJoin('kommune as k', 'k.id', 'l.kommune_id')
    .select(['l.id', 'l.kommune_id', 'k.land_id', 'l.titel'])
    .where('l.status', '=', 'veroeffentlicht')
    .where('l.wirkungsstufe', '>=', 4)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('loesung_siegel as s').select('s.loesung_id').whereRef('s.loesung_id', '=', 'l.id'))))
    .orderBy('l.external_id')
    .limit(SIEGEL_ANZAHL)
    .execute();
  const transfer = await db.k.selectFrom('plattform_rolle').select('konto_id').where('rolle', '=', 'transferstelle').orderBy('konto_id').executeTakeFirst();
  let vergeben = 0;
  for (const [i, l] of kandidaten.entries()) {
    const nutzer = await db.k
      .selectFrom('kommune')
      .select('id')
      .where('typ', 'in', ['Stadt', 'kreisfreie Stadt'])
      .where('id', '!=', l.kommune_id!)
      .where(sql<boolean>`substr(id, 1, 2) = ${l.kommune_id!.slice(0, 2)}`)
      .orderBy('einwohner', 'desc')
      .limit(2)
      .offset(i * 2)
      .execute();
    if (nutzer.length < 1) continue;
    await db.k.transaction().execute(async (tx) => {
      for (const [j, k] of nutzer.entries()) {
        await tx
          .insertInto('loesung_nutzung')
          .values({ loesung_id: l.id, kommune_id: k.id, seit: `${2022 + j}-0${3 + j}-01`, bericht: 'Übernommen nach Hospitation in der Herkunftskommune; läuft im Regelbetrieb.' })
          .onConflict((oc) => oc.doNothing())
          .execute();
        await protokolliere(tx, { kommuneId: k.id, kontoId: null, aktion: 'loesung.nutzung_gemeldet', objektTyp: 'loesung', objektId: l.id, details: { demo: true } });
      }
      const kriterien = SIEGEL_KRITERIEN.map((kriterium) => ({ kriterium, erfuellt: true, begruendung: BEGRUENDUNG[kriterium] }));
      await tx.insertInto('loesung_siegel').values({ loesung_id: l.id, kriterien: JSON.stringify(kriterien), vergeben_von: transfer?.konto_id ?? null }).onConflict((oc) => oc.doNothing()).execute();
      await protokolliere(tx, { kommuneId: l.kommune_id!, kontoId: transfer?.konto_id ?? null, aktion: 'loesung.siegel_vergeben', objektTyp: 'loesung', objektId: l.id, details: { demo: true } });
    });
    vergeben++;
  }
  return vergeben;
}
