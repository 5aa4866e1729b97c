/** SQL of report-backs and of the public figures of a solution (aggregated in the database). */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import { groessenklasseArtSql } from '../../kommunen/index.ts';
import type { Rueckmeldung } from './rueckmeldungen.schemas.ts';

export async function schreibe(tx: Tx, u: { id: string; kommune_id: string; loesung_id: string }, r: Rueckmeldung, kontoId: string) {
  const z = await tx
    .insertInto('uebernahme_rueckmeldung')
    .values({
      uebernahme_id: u.id,
      kommune_id: u.kommune_id,
      loesung_id: u.loesung_id,
      anlass: r.anlass,
      aufwand_personentage: r.aufwandPersonentage,
      kosten_euro: r.kostenEuro,
      wirkungsstufe: r.wirkungsstufe,
      anpassungen: r.anpassungen,
      belege: r.belege,
      referenz: r.referenz,
      oeffentlich: r.oeffentlich,
      erstellt_von: kontoId,
    })
    .onConflict((oc) => oc.columns(['uebernahme_id', 'anlass']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return z?.id;
}

/** Counts of projects by state and of consented report-backs. */
export async function zaehle(db: Tx, loesungId: string) {
  return sql<{ laufend: number; abgeschlossen: number; kommunen: number; klein: number; rueckmeldungen: number }>`
    select
      count(*) filter (where u.phase in ('verstehen', 'anpassen', 'uebernehmen', 'verstetigen'))::int as laufend,
      count(*) filter (where u.phase = 'abgeschlossen')::int as abgeschlossen,
      count(distinct u.kommune_id) filter (where u.phase <> 'abgebrochen')::int as kommunen,
      count(distinct u.kommune_id) filter (where u.phase <> 'abgebrochen' and k.groessenklasse = 7 and k.typ in ('Gemeinde', 'Stadt'))::int as klein,
      (select count(*)::int from uebernahme_rueckmeldung r where r.loesung_id = ${loesungId} and r.oeffentlich) as rueckmeldungen
    from uebernahme u join kommune k on k.id = u.kommune_id
    where u.loesung_id = ${loesungId}`
    .execute(db)
    .then((r) => r.rows[0]);
}

/**
 * Per Größenklasse: adopting Kommunen (projects not aborted) and, from each Kommune's latest consented
 * report-back, how many reported and the medians. The threshold of 3 is applied by the use case.
 */
export async function nachGroessenklasse(db: Tx, loesungId: string) {
  const art = groessenklasseArtSql('k.typ');
  return sql<{ art: 'gemeinde' | 'kreis' | 'land'; groessenklasse: number | null; anzahl: number; berichtend: number; median_aufwand: number | null; median_wirkung: number | null; ab4: number }>`
    with letzte as (
      select distinct on (r.kommune_id) r.kommune_id, r.aufwand_personentage, r.wirkungsstufe
      from uebernahme_rueckmeldung r
      where r.loesung_id = ${loesungId} and r.oeffentlich
      order by r.kommune_id, r.erstellt_am desc
    ),
    nutzer as (
      select distinct u.kommune_id from uebernahme u where u.loesung_id = ${loesungId} and u.phase <> 'abgebrochen'
      union
      select kommune_id from letzte
    )
    select ${art} as art, k.groessenklasse,
      count(*)::int as anzahl,
      count(l.kommune_id)::int as berichtend,
      (percentile_cont(0.5) within group (order by l.aufwand_personentage))::float8 as median_aufwand,
      (percentile_cont(0.5) within group (order by l.wirkungsstufe))::float8 as median_wirkung,
      count(*) filter (where l.wirkungsstufe >= 4)::int as ab4
    from nutzer n
    join kommune k on k.id = n.kommune_id
    left join letzte l on l.kommune_id = n.kommune_id
    group by 1, 2
    order by 1, 2`
    .execute(db)
    .then((r) => r.rows);
}

/** Overall median of person-days over the Kommunen's latest consented report-backs, with their number. */
export async function gesamtMedian(db: Tx, loesungId: string) {
  return sql<{ berichtend: number; median_aufwand: number | null }>`
    with letzte as (
      select distinct on (r.kommune_id) r.kommune_id, r.aufwand_personentage
      from uebernahme_rueckmeldung r
      where r.loesung_id = ${loesungId} and r.oeffentlich
      order by r.kommune_id, r.erstellt_am desc
    )
    select count(*)::int as berichtend, (percentile_cont(0.5) within group (order by aufwand_personentage))::float8 as median_aufwand from letzte`
    .execute(db)
    .then((r) => r.rows[0]);
}

/** Kommunen in which the solution is in use through a transfer project (phase verstetigen or abgeschlossen). */
export async function umgesetztIn(k: Tx, loesungId: string): Promise<string[]> {
  const r = await k.selectFrom('uebernahme_nutzung_stand').select('umgesetzt_in').where('loesung_id', '=', loesungId).executeTakeFirst();
  return r?.umgesetzt_in ?? [];
}

/** The same list counted from the projects (in the transaction of a change, stored by `speichereStand`). */
export async function umgesetztLive(k: Tx, loesungId: string): Promise<string[]> {
  const rows = await k.selectFrom('uebernahme').select('kommune_id').distinct().where('loesung_id', '=', loesungId).where('phase', 'in', ['verstetigen', 'abgeschlossen']).orderBy('kommune_id').execute();
  return rows.map((r) => r.kommune_id);
}

/** Report-backs due for the responsible person: projects in use that are not aborted. */
export async function projekteMitRueckmeldung(db: Db, kontoId: string) {
  return db.k
    .selectFrom('uebernahme as u')
    .innerJoin('loesung as l', 'l.id', 'u.loesung_id')
    .select(['u.id', 'u.kommune_id', 'u.golive_am', 'l.titel', sql<string[]>`coalesce((select array_agg(r.anlass) from uebernahme_rueckmeldung r where r.uebernahme_id = u.id), '{}')`.as('gemeldet')])
    .where('u.verantwortlich_id', '=', kontoId)
    .where('u.phase', 'in', ['verstetigen', 'abgeschlossen'])
    .where('u.golive_am', 'is not', null)
    .execute();
}

/** Open milestones of projects the person is responsible for. */
export async function offeneMeilensteine(db: Db, kontoId: string) {
  return db.k
    .selectFrom('uebernahme_meilenstein as m')
    .innerJoin('uebernahme as u', 'u.id', 'm.uebernahme_id')
    .innerJoin('loesung as l', 'l.id', 'u.loesung_id')
    .select(['u.id', 'u.kommune_id', 'm.titel', 'm.faellig_am', 'l.titel as loesung_titel'])
    .where('u.verantwortlich_id', '=', kontoId)
    .where('u.phase', 'not in', ['abgeschlossen', 'abgebrochen'])
    .where('m.erledigt', '=', false)
    .orderBy('m.faellig_am')
    .limit(100)
    .execute();
}

export async function ladeStand(db: Db, loesungId: string) {
  return (await db.k.selectFrom('uebernahme_nutzung_stand').select('daten').where('loesung_id', '=', loesungId).executeTakeFirst())?.daten;
}

export async function speichereStand(tx: Tx, loesungId: string, daten: unknown, umgesetzt: string[]) {
  const json = JSON.stringify(daten);
  await tx
    .insertInto('uebernahme_nutzung_stand')
    .values({ loesung_id: loesungId, daten: json, umgesetzt_in: umgesetzt })
    .onConflict((oc) => oc.column('loesung_id').doUpdateSet({ daten: json, umgesetzt_in: umgesetzt, berechnet_am: new Date() }))
    .execute();
}
