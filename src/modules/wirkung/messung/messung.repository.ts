/** SQL der eigenen Indikatoren und ihrer Werte. Jede Abfrage filtert nach kommune_id. */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { ImportWert } from './import.rules.ts';
import type { IndikatorAnlegen } from './messung.schemas.ts';

type Les = Db['k'] | Tx;

export async function kommuneVonIndikator(db: Db, id: string): Promise<string | undefined> {
  return (await db.k.selectFrom('eigener_indikator').select('kommune_id').where('id', '=', id).executeTakeFirst())?.kommune_id;
}

const spalten = ['i.id', 'i.kommune_id', 'i.name', 'i.einheit', 'i.richtung', 'i.rba', 'i.verantwortlich', 'i.pflegt_konto_id', 'i.rhythmus', 'i.basis_wert', 'i.basis_jahr', 'i.ziel_wert', 'i.ziel_jahr', 'i.ziel_id', 'i.stufe', 'i.gegenindikator_id'] as const;

export async function indikatoren(db: Les, kommuneId: string) {
  return db
    .selectFrom('eigener_indikator as i')
    .select(spalten)
    .select(sql<string>`to_char(i.erstellt_am, 'YYYY-MM-DD')`.as('angelegt'))
    .where('i.kommune_id', '=', kommuneId)
    .orderBy('i.name')
    .execute();
}

export async function indikator(db: Les, id: string) {
  return db
    .selectFrom('eigener_indikator as i')
    .leftJoin('wirkungsziel as z', 'z.id', 'i.ziel_id')
    .select(spalten)
    .select(['z.aussage as ziel_aussage', sql<string>`to_char(i.erstellt_am, 'YYYY-MM-DD')`.as('angelegt')])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** Alle Werte der genannten Indikatoren (einer Kommune), nach Jahr und Datum. */
export async function werte(db: Les, kommuneId: string, indikatorIds: string[]) {
  if (!indikatorIds.length) return [];
  return db
    .selectFrom('eigener_indikator_wert')
    .select(['indikator_id', 'jahr', sql<string | null>`to_char(datum, 'YYYY-MM-DD')`.as('datum'), 'wert', 'stadtteil', 'zielgruppe'])
    .where('kommune_id', '=', kommuneId)
    .where('indikator_id', 'in', indikatorIds)
    .orderBy('jahr')
    .orderBy('datum')
    .orderBy('id')
    .execute();
}

export async function zielDerKommune(tx: Les, zielId: string, kommuneId: string) {
  return !!(await tx.selectFrom('wirkungsziel').select('id').where('id', '=', zielId).where('kommune_id', '=', kommuneId).executeTakeFirst());
}

export async function indikatorDerKommune(tx: Les, id: string, kommuneId: string) {
  return tx.selectFrom('eigener_indikator').select(['id', 'name', 'richtung']).where('id', '=', id).where('kommune_id', '=', kommuneId).executeTakeFirst();
}

export async function sperreIndikator(tx: Tx, id: string) {
  return tx.selectFrom('eigener_indikator').select(['id', 'kommune_id', 'name']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function fuegeIndikatorEin(tx: Tx, kontoId: string, i: IndikatorAnlegen): Promise<string> {
  return (await tx
    .insertInto('eigener_indikator')
    .values({
      kommune_id: i.kommuneId, name: i.name, einheit: i.einheit, richtung: i.richtung, rba: i.rba, verantwortlich: i.verantwortlich,
      pflegt_konto_id: kontoId, rhythmus: i.rhythmus, basis_wert: i.basisWert, basis_jahr: i.basisJahr, ziel_wert: i.zielWert,
      ziel_jahr: i.zielJahr, ziel_id: i.zielId, stufe: i.stufe, gegenindikator_id: i.gegenindikatorId, erstellt_von: kontoId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()).id;
}

/** Paarung in beide Richtungen: der Gegenindikator zeigt zurück, wenn er noch keinen hat. */
export async function paareGegenindikator(tx: Tx, id: string, gegenId: string, kommuneId: string) {
  await tx.updateTable('eigener_indikator').set({ gegenindikator_id: id }).where('id', '=', gegenId).where('kommune_id', '=', kommuneId).where('gegenindikator_id', 'is', null).execute();
}

/** Schreibt viele Werte in Blöcken (eine Anweisung je 1.000 Zeilen). */
export async function fuegeWerteEin(tx: Tx, kommuneId: string, indikatorId: string, werte: ImportWert[]) {
  for (let i = 0; i < werte.length; i += 1000) {
    await tx
      .insertInto('eigener_indikator_wert')
      .values(werte.slice(i, i + 1000).map((w) => ({ kommune_id: kommuneId, indikator_id: indikatorId, jahr: w.jahr, datum: w.datum, wert: w.wert, stadtteil: w.stadtteil, zielgruppe: w.zielgruppe })))
      .execute();
  }
  await tx.updateTable('eigener_indikator').set({ aktualisiert_am: sql<Date>`now()` }).where('id', '=', indikatorId).execute();
}

/** Überfällig-Kandidaten für „Was steht an?“: Indikatoren, die das Konto pflegt, mit letztem Stichtag. */
export async function gepflegteIndikatoren(db: Les, kontoId: string) {
  return db
    .selectFrom('eigener_indikator as i')
    .select(['i.id', 'i.kommune_id', 'i.name', 'i.rhythmus', sql<string>`to_char(i.erstellt_am, 'YYYY-MM-DD')`.as('angelegt')])
    .select((eb) => eb.selectFrom('eigener_indikator_wert as w').whereRef('w.indikator_id', '=', 'i.id').select(sql<string | null>`to_char(max(coalesce(w.datum, make_date(w.jahr::int, 12, 31))), 'YYYY-MM-DD')`.as('s')).as('letzter_stichtag'))
    .where('i.pflegt_konto_id', '=', kontoId)
    .execute();
}

export async function handprognose(db: Les, id: string, kommuneId: string) {
  return db.selectFrom('eigene_handprognose').select(['jahr', 'wert']).where('indikator_id', '=', id).where('kommune_id', '=', kommuneId).orderBy('jahr').execute();
}

export async function ersetzeHandprognose(tx: Tx, id: string, kommuneId: string, kontoId: string, werte: { jahr: number; wert: number }[]) {
  await tx.deleteFrom('eigene_handprognose').where('indikator_id', '=', id).where('kommune_id', '=', kommuneId).execute();
  if (werte.length) await tx.insertInto('eigene_handprognose').values(werte.map((w) => ({ kommune_id: kommuneId, indikator_id: id, jahr: w.jahr, wert: w.wert, konto_id: kontoId }))).execute();
}
