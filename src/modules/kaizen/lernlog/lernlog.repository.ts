/** SQL des Lernlogs. */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { lernlogSichtbar } from './lernlog.permissions.ts';
import type { Ausgang, Sichtbarkeit } from './lernlog.rules.ts';

export interface NeuerEintrag {
  kommuneId: string;
  experimentId: string | null;
  titel: string;
  versucht: string;
  passiert: string;
  gelernt: string;
  ausgang: Ausgang;
  sichtbarkeit: Sichtbarkeit;
}

export async function fuegeEin(tx: Tx, kontoId: string, e: NeuerEintrag): Promise<string> {
  const r = await tx
    .insertInto('kaizen_lerneintrag')
    .values({ kommune_id: e.kommuneId, experiment_id: e.experimentId, titel: e.titel, versucht: e.versucht, passiert: e.passiert, gelernt: e.gelernt, ausgang: e.ausgang, sichtbarkeit: e.sichtbarkeit, erstellt_von: kontoId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Sichtbare Einträge, neueste zuerst; mit Suchbegriff nach Volltext (deutsche Wortstämme) gerankt. */
export async function liste(db: Db, konto: Konto, q: string | undefined) {
  let abfrage = db.k
    .selectFrom('kaizen_lerneintrag as l')
    .innerJoin('kommune as k', 'k.id', 'l.kommune_id')
    .leftJoin('konto as p', 'p.id', 'l.erstellt_von')
    .leftJoin('kaizen_einstellung as st', 'st.kommune_id', 'l.kommune_id')
    .select([
      'l.id', 'l.kommune_id', 'l.experiment_id', 'l.titel', 'l.versucht', 'l.passiert', 'l.gelernt', 'l.ausgang', 'l.sichtbarkeit', 'l.erstellt_am',
      'k.name as kommune_name', 'p.name as autor',
      sql<boolean>`coalesce(st.namen_aus, false)`.as('namen_aus'),
    ])
    .where((eb) => lernlogSichtbar(eb, konto));
  if (q) {
    const anfrage = sql`websearch_to_tsquery('german'::regconfig, ${q})`;
    abfrage = abfrage.where(sql<boolean>`l.suchtext @@ ${anfrage}`).orderBy(sql`ts_rank(l.suchtext, ${anfrage})`, 'desc');
  }
  return abfrage.orderBy('l.erstellt_am', 'desc').orderBy('l.id').limit(200).execute();
}

/** Ein Experiment mit allem, was ein Lerneintrag daraus braucht (gesperrt, damit es nicht doppelt eingetragen wird). */
export async function experimentFuerEintrag(tx: Tx, id: string) {
  return tx
    .selectFrom('kaizen_experiment')
    .select(['id', 'kommune_id', 'titel', 'hypothese', 'ergebnis', 'entscheidung', 'gelernt'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function hatEintrag(tx: Tx, experimentId: string) {
  return !!(await tx.selectFrom('kaizen_lerneintrag').select('id').where('experiment_id', '=', experimentId).executeTakeFirst());
}

/** Zählt die Lernaktivität einer Kommune seit einem Zeitpunkt (je Tabelle ein Zähler). */
export async function aktivitaet(db: Db, kommuneId: string, seit: Date) {
  const r = await sql<{ experimente: number | string; eintraege: number | string; ideen: number | string }>`
    select
      (select count(*) from kaizen_experiment where kommune_id = ${kommuneId} and entscheidung is not null and entschieden_am >= ${seit}) as experimente,
      (select count(*) from kaizen_lerneintrag where kommune_id = ${kommuneId} and erstellt_am >= ${seit}) as eintraege,
      (select count(*) from kaizen_idee where kommune_id = ${kommuneId} and entschieden_am >= ${seit}) as ideen
  `.execute(db.k);
  const z = r.rows[0];
  return { experimente: Number(z.experimente), eintraege: Number(z.eintraege), ideen: Number(z.ideen) };
}
