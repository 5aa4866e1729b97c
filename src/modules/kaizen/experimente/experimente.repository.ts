/** SQL der Experimente (Einzelzeilen erst nach der Prüfung der Kommune durch die Zugriffsschicht). */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { ExperimentAnlegen } from './experimente.schemas.ts';
import type { Entscheidung } from './experimente.rules.ts';

type Leser = Db['k'] | Tx;
const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export async function kommuneVonExperiment(db: Db, id: string): Promise<string | undefined> {
  const r = await db.k.selectFrom('kaizen_experiment').select('kommune_id').where('id', '=', id).executeTakeFirst();
  return r?.kommune_id;
}

export async function kommuneName(db: Db, kommuneId: string): Promise<string> {
  const r = await db.k.selectFrom('kommune').select('name').where('id', '=', kommuneId).executeTakeFirst();
  return r?.name ?? kommuneId;
}

function basis(k: Leser) {
  return k
    .selectFrom('kaizen_experiment as x')
    .leftJoin('kaizen_idee as i', 'i.id', 'x.idee_id')
    .select([
      'x.id', 'x.kommune_id', 'x.idee_id', 'x.titel', 'x.hypothese', 'x.messgroesse', 'x.einheit', 'x.baseline_methode', 'x.baseline_wert', 'x.ziel_wert',
      'x.ergebnis', 'x.ergebnis_wert', 'x.entscheidung', 'x.gelernt', 'x.erstellt_am', 'i.problem as idee_problem',
      sql<string | null>`to_char(x.test_von, 'YYYY-MM-DD')`.as('test_von'),
      sql<string | null>`to_char(x.test_bis, 'YYYY-MM-DD')`.as('test_bis'),
    ]);
}
export type ExperimentZeile = Awaited<ReturnType<ReturnType<typeof basis>['executeTakeFirstOrThrow']>>;

export async function liste(db: Db, kommuneId: string) {
  return basis(db.k).where('x.kommune_id', '=', kommuneId).orderBy('x.erstellt_am', 'desc').limit(500).execute();
}
export async function eines(k: Leser, id: string) {
  return basis(k).where('x.id', '=', id).executeTakeFirst();
}

export async function faelle(db: Db, id: string) {
  const rows = await db.k.selectFrom('kaizen_stichprobe_fall').select(['phase', 'beginn', 'ende']).where('experiment_id', '=', id).orderBy('phase').orderBy('beginn').orderBy('id').execute();
  return rows.map((f) => ({ phase: f.phase, beginn: iso(f.beginn), ende: iso(f.ende) }));
}

export async function ideeGehoertZu(tx: Tx, ideeId: string, kommuneId: string) {
  return !!(await tx.selectFrom('kaizen_idee').select('id').where('id', '=', ideeId).where('kommune_id', '=', kommuneId).executeTakeFirst());
}

export async function fuegeEin(tx: Tx, kontoId: string, e: ExperimentAnlegen & { einheit: string }) {
  const r = await tx
    .insertInto('kaizen_experiment')
    .values({
      kommune_id: e.kommuneId,
      idee_id: e.ideeId ?? null,
      titel: e.titel,
      hypothese: e.hypothese,
      messgroesse: e.messgroesse,
      einheit: e.einheit,
      baseline_methode: e.baselineMethode,
      baseline_wert: e.baselineWert ?? null,
      ziel_wert: e.zielWert ?? null,
      test_von: e.testVon ?? null,
      test_bis: e.testBis ?? null,
      erstellt_von: kontoId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function fuegeFaelleEin(tx: Tx, experimentId: string, kommuneId: string, phase: 'vorher' | 'nachher', f: { beginn: string; ende: string }[]) {
  await tx.insertInto('kaizen_stichprobe_fall').values(f.map((x) => ({ experiment_id: experimentId, kommune_id: kommuneId, phase, beginn: x.beginn, ende: x.ende }))).execute();
}

export async function sperre(tx: Tx, id: string) {
  return tx.selectFrom('kaizen_experiment').select(['id', 'kommune_id', 'entscheidung', 'idee_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function schreibeAbschluss(tx: Tx, id: string, a: { ergebnis: string; ergebnisWert: number | null; entscheidung: Entscheidung; gelernt: string; stunden?: number | null; art?: 'laufend' | 'einmalig' | null; bestaetigt?: string | null }) {
  await tx
    .updateTable('kaizen_experiment')
    .set({ ergebnis: a.ergebnis, ergebnis_wert: a.ergebnisWert, entscheidung: a.entscheidung, gelernt: a.gelernt, entschieden_am: new Date(), stunden_gespart: a.stunden ?? null, stunden_art: a.art ?? null, stunden_bestaetigt_von: a.bestaetigt ?? null })
    .where('id', '=', id)
    .execute();
}

/** Experimente, deren Testzeitraum vorbei ist und über die noch nicht entschieden wurde (für „Was steht an?“ der Person, die das Experiment angelegt hat). */
export async function auszuwerten(db: Db, kontoId: string) {
  return db.k
    .selectFrom('kaizen_experiment')
    .select(['id', 'kommune_id', 'titel', sql<string>`to_char(test_bis, 'YYYY-MM-DD')`.as('test_bis')])
    .where('erstellt_von', '=', kontoId)
    .where('entscheidung', 'is', null)
    .where('test_bis', '<', sql<string>`current_date`)
    .orderBy('test_bis')
    .limit(50)
    .execute();
}
