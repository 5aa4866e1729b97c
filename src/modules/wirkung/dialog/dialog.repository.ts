/** SQL des Wirkungsdialogs. Jede Abfrage filtert nach kommune_id. */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { DialogRolle, EintragArt, Herkunft, Leitfrage } from './dialog.table.ts';

type Les = Db['k'] | Tx;

export async function kommuneVonDialog(db: Db, id: string): Promise<string | undefined> {
  return (await db.k.selectFrom('wirkungsdialog').select('kommune_id').where('id', '=', id).executeTakeFirst())?.kommune_id;
}

export async function kommuneName(db: Les, kommuneId: string): Promise<string> {
  return (await db.selectFrom('kommune').select('name').where('id', '=', kommuneId).executeTakeFirst())?.name ?? kommuneId;
}

export async function liste(db: Les, kommuneId: string) {
  return db.selectFrom('wirkungsdialog as d')
    .leftJoin('wirkungsziel as z', 'z.id', 'd.ziel_id')
    .select(['d.id', 'd.titel', 'd.ort', 'd.ziel_id', 'z.aussage as ziel_aussage', sql<string>`to_char(d.datum, 'YYYY-MM-DD')`.as('datum')])
    .select((eb) => [
      eb.selectFrom('wirkungsdialog_teilnahme as t').select(sql<number>`count(*)::int`.as('n')).whereRef('t.dialog_id', '=', 'd.id').as('teilnehmende'),
      eb.selectFrom('wirkungsdialog_eintrag as e').select(sql<number>`count(*)::int`.as('n')).whereRef('e.dialog_id', '=', 'd.id').where('e.art', '=', 'hypothese').as('hypothesen'),
      eb.selectFrom('wirkungsdialog_indikator as i').select(sql<number>`count(*)::int`.as('n')).whereRef('i.dialog_id', '=', 'd.id').as('indikatoren'),
    ])
    .where('d.kommune_id', '=', kommuneId)
    .orderBy('d.datum', 'desc').orderBy('d.erstellt_am', 'desc')
    .execute();
}

export async function dialog(db: Les, id: string) {
  return db.selectFrom('wirkungsdialog as d')
    .leftJoin('wirkungsziel as z', 'z.id', 'd.ziel_id')
    .select(['d.id', 'd.kommune_id', 'd.titel', 'd.ort', 'd.ziel_id', 'z.aussage as ziel_aussage', sql<string>`to_char(d.datum, 'YYYY-MM-DD')`.as('datum')])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export async function teilnehmende(db: Les, dialogId: string, kommuneId: string) {
  return db.selectFrom('wirkungsdialog_teilnahme').select(['id', 'name', 'rolle'])
    .where('dialog_id', '=', dialogId).where('kommune_id', '=', kommuneId)
    .orderBy(sql`array_position(array['verwaltung','politik','traeger','zivilgesellschaft']::text[], rolle)`).orderBy('name').orderBy('id')
    .execute();
}

export async function indikatorenDesDialogs(db: Les, dialogId: string, kommuneId: string) {
  return db.selectFrom('wirkungsdialog_indikator as di').innerJoin('eigener_indikator as i', 'i.id', 'di.indikator_id')
    .select(['i.id', 'i.name']).where('di.dialog_id', '=', dialogId).where('di.kommune_id', '=', kommuneId).orderBy('i.name').execute();
}

export async function eintraege(db: Les, dialogId: string, kommuneId: string) {
  return db.selectFrom('wirkungsdialog_eintrag')
    .select(['id', 'art', 'leitfrage', 'text', 'verantwortlich', 'indikator_id', 'bedarf_id', 'herkunft', sql<string | null>`to_char(faellig, 'YYYY-MM-DD')`.as('faellig')])
    .where('dialog_id', '=', dialogId).where('kommune_id', '=', kommuneId)
    .orderBy('reihenfolge').orderBy('erstellt_am').orderBy('id')
    .execute();
}

export async function zielDerKommune(db: Les, id: string, kommuneId: string) {
  return db.selectFrom('wirkungsziel').select(['id', 'aussage']).where('id', '=', id).where('kommune_id', '=', kommuneId).executeTakeFirst();
}

export async function indikatorenDerKommune(db: Les, ids: string[], kommuneId: string) {
  if (!ids.length) return [];
  return db.selectFrom('eigener_indikator').select('id').where('id', 'in', ids).where('kommune_id', '=', kommuneId).execute();
}

export async function indikatorenDesZiels(db: Les, zielId: string, kommuneId: string) {
  return db.selectFrom('eigener_indikator').select('id').where('ziel_id', '=', zielId).where('kommune_id', '=', kommuneId).execute();
}

export async function fuegeDialogEin(tx: Tx, kontoId: string, d: { kommuneId: string; titel: string; datum: string; ort: string; zielId: string | null }) {
  return (await tx.insertInto('wirkungsdialog').values({ kommune_id: d.kommuneId, titel: d.titel, datum: d.datum, ort: d.ort, ziel_id: d.zielId, erstellt_von: kontoId }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function fuegeTeilnahmeEin(tx: Tx, kommuneId: string, dialogId: string, t: { name: string; rolle: DialogRolle }[]) {
  if (t.length) await tx.insertInto('wirkungsdialog_teilnahme').values(t.map((x) => ({ kommune_id: kommuneId, dialog_id: dialogId, name: x.name, rolle: x.rolle }))).execute();
}

export async function fuegeIndikatorenEin(tx: Tx, kommuneId: string, dialogId: string, ids: string[]) {
  if (ids.length) await tx.insertInto('wirkungsdialog_indikator').values(ids.map((indikator_id) => ({ kommune_id: kommuneId, dialog_id: dialogId, indikator_id }))).execute();
}

export interface NeuerEintrag { art: EintragArt; leitfrage: Leitfrage | null; text: string; verantwortlich: string; faellig: string | null; indikatorId: string | null; herkunft: Herkunft }

export async function fuegeEintraegeEin(tx: Tx, kommuneId: string, dialogId: string, es: NeuerEintrag[]): Promise<string[]> {
  if (!es.length) return [];
  const start = Number((await tx.selectFrom('wirkungsdialog_eintrag').select(sql<number>`coalesce(max(reihenfolge), -1)::int`.as('m')).where('dialog_id', '=', dialogId).executeTakeFirstOrThrow()).m) + 1;
  const rows = await tx.insertInto('wirkungsdialog_eintrag').values(es.map((e, i) => ({
    kommune_id: kommuneId, dialog_id: dialogId, art: e.art, leitfrage: e.leitfrage, text: e.text, verantwortlich: e.verantwortlich,
    faellig: e.faellig, indikator_id: e.indikatorId, herkunft: e.herkunft, reihenfolge: start + i,
  }))).returning('id').execute();
  return rows.map((r) => r.id);
}

export async function sperreDialog(tx: Tx, id: string) {
  return tx.selectFrom('wirkungsdialog').select(['id', 'kommune_id', 'titel', sql<string>`to_char(datum, 'YYYY-MM-DD')`.as('datum')]).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function sperreEintrag(tx: Tx, id: string, dialogId: string, kommuneId: string) {
  return tx.selectFrom('wirkungsdialog_eintrag').select(['id', 'art', 'text', 'bedarf_id']).where('id', '=', id).where('dialog_id', '=', dialogId).where('kommune_id', '=', kommuneId).forUpdate().executeTakeFirst();
}

export async function setzeBedarf(tx: Tx, eintragId: string, kommuneId: string, bedarfId: string) {
  await tx.updateTable('wirkungsdialog_eintrag').set({ bedarf_id: bedarfId }).where('id', '=', eintragId).where('kommune_id', '=', kommuneId).execute();
}
