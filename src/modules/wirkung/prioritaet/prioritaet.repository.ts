/** Datenzugriff von Priorisierung und Zielkonflikten (PostgreSQL-Dialekt, gleich auf PGlite). */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';

type Les = Db['k'] | Tx;

export async function kommuneName(db: Les, kommuneId: string): Promise<string> {
  return (await db.selectFrom('kommune').select('name').where('id', '=', kommuneId).executeTakeFirst())?.name ?? kommuneId;
}

export async function massnahmen(db: Les, kommuneId: string) {
  return db.selectFrom('massnahme').select(['id', 'titel', 'budget', 'haushaltsprodukt', 'status', 'wirkung_erwartet', 'aufwand']).where('kommune_id', '=', kommuneId).execute();
}

export async function ziele(db: Les, kommuneId: string) {
  return db.selectFrom('wirkungsziel').select(['id', 'aussage']).where('kommune_id', '=', kommuneId).orderBy('aussage').execute();
}

export async function zuordnungen(db: Les, kommuneId: string) {
  return db.selectFrom('massnahme_ziel').select(['massnahme_id', 'ziel_id']).where('kommune_id', '=', kommuneId).execute();
}

export async function konflikte(db: Les, kommuneId: string) {
  return db.selectFrom('zielkonflikt').select(['id', 'ziel_a_id', 'ziel_b_id', 'beschreibung', 'aufloesung']).where('kommune_id', '=', kommuneId).orderBy('erstellt_am').orderBy('id').execute();
}

export async function sperreMassnahme(tx: Tx, id: string) {
  return tx.selectFrom('massnahme').select(['id', 'kommune_id', 'wirkung_erwartet', 'aufwand']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function setzeEinschaetzung(tx: Tx, id: string, kommuneId: string, wirkung: number | null, aufwand: number | null) {
  await tx.updateTable('massnahme').set({ wirkung_erwartet: wirkung, aufwand, aktualisiert_am: sql<Date>`now()` }).where('id', '=', id).where('kommune_id', '=', kommuneId).execute();
}

/** Sperrt beide Ziele (in fester Reihenfolge), damit zwei gleichzeitige Meldungen desselben Paars nacheinander laufen. */
export async function sperreZiele(tx: Tx, ids: string[], kommuneId: string) {
  return tx.selectFrom('wirkungsziel').select('id').where('id', 'in', ids).where('kommune_id', '=', kommuneId).orderBy('id').forUpdate().execute();
}

export async function konfliktVorhanden(tx: Les, a: string, b: string) {
  return tx.selectFrom('zielkonflikt').select('id').where((eb) => eb.or([eb.and([eb('ziel_a_id', '=', a), eb('ziel_b_id', '=', b)]), eb.and([eb('ziel_a_id', '=', b), eb('ziel_b_id', '=', a)])])).executeTakeFirst();
}

export async function fuegeKonfliktEin(tx: Tx, k: { kommuneId: string; a: string; b: string; beschreibung: string; aufloesung: string; kontoId: string }) {
  return (await tx.insertInto('zielkonflikt').values({ kommune_id: k.kommuneId, ziel_a_id: k.a, ziel_b_id: k.b, beschreibung: k.beschreibung, aufloesung: k.aufloesung, erstellt_von: k.kontoId }).returning('id').executeTakeFirstOrThrow()).id;
}
