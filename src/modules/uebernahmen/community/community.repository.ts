import { sql } from 'kysely';
import type { Tx } from '../../../core/db/db.ts';
import './community.table.ts';

export async function ladeLoesung(tx: Tx, id: string) {
  return tx.selectFrom('loesung').leftJoin('kommune', 'kommune.id', 'loesung.kommune_id')
    .select(['loesung.id', 'loesung.titel', 'loesung.status', 'loesung.kommune_id', 'kommune.name as kommune_name'])
    .where('loesung.id', '=', id).executeTakeFirst();
}

export async function ladeFrage(tx: Tx, id: string) {
  return tx.selectFrom('community_frage as f').innerJoin('kommune', 'kommune.id', 'f.kommune_id').innerJoin('loesung', 'loesung.id', 'f.loesung_id')
    .leftJoin('konto', 'konto.id', 'f.konto_id')
    .select(['f.id', 'f.loesung_id', 'f.kommune_id', 'f.titel', 'f.text', 'f.akzeptierte_antwort_id', 'f.erstellt_am', 'kommune.name as kommune_name',
      'loesung.titel as loesung_titel', 'loesung.status as loesung_status', 'loesung.kommune_id as herkunft_id', 'konto.name as autor'])
    .where('f.id', '=', id).executeTakeFirst();
}

export async function fragenDerLoesung(tx: Tx, loesungId: string) {
  return tx.selectFrom('community_frage as f').innerJoin('kommune', 'kommune.id', 'f.kommune_id')
    .select(['f.id', 'f.titel', 'f.kommune_id', 'kommune.name as kommune_name', 'f.erstellt_am', 'f.akzeptierte_antwort_id',
      (eb) => eb.selectFrom('community_antwort as a').select(sql<string>`count(*)`.as('n')).whereRef('a.frage_id', '=', 'f.id').as('antworten')])
    .where('f.loesung_id', '=', loesungId).orderBy('f.erstellt_am', 'desc').limit(200).execute();
}

export async function antwortenDerFrage(tx: Tx, frageId: string) {
  return tx.selectFrom('community_antwort as a').innerJoin('kommune', 'kommune.id', 'a.kommune_id').leftJoin('konto', 'konto.id', 'a.konto_id')
    .select(['a.id', 'a.text', 'a.kommune_id', 'kommune.name as kommune_name', 'konto.name as autor', 'a.erstellt_am'])
    .where('a.frage_id', '=', frageId).orderBy('a.erstellt_am').execute();
}

/** Kommunen that adopt a solution (projects not aborted). */
export async function uebernehmendeKommunen(tx: Tx, loesungId: string): Promise<string[]> {
  const r = await tx.selectFrom('uebernahme').select('kommune_id').distinct().where('loesung_id', '=', loesungId).where('phase', '!=', 'abgebrochen').execute();
  return r.map((x) => x.kommune_id);
}

export async function mitgliederDer(tx: Tx, kommuneIds: string[]) {
  if (!kommuneIds.length) return [];
  return tx.selectFrom('mitgliedschaft').select(['konto_id', 'kommune_id']).where('kommune_id', 'in', kommuneIds).execute();
}

export async function kommuneNamen(tx: Tx, ids: string[]) {
  if (!ids.length) return [];
  return tx.selectFrom('kommune').select(['id', 'name']).where('id', 'in', ids).execute();
}

export async function legeFrageAn(tx: Tx, f: { loesungId: string; kommuneId: string; kontoId: string; titel: string; text: string }) {
  return (await tx.insertInto('community_frage').values({ loesung_id: f.loesungId, kommune_id: f.kommuneId, konto_id: f.kontoId, titel: f.titel, text: f.text })
    .returning('id').executeTakeFirstOrThrow()).id;
}

export async function legeAntwortAn(tx: Tx, a: { frageId: string; kommuneId: string; kontoId: string; text: string }) {
  return (await tx.insertInto('community_antwort').values({ frage_id: a.frageId, kommune_id: a.kommuneId, konto_id: a.kontoId, text: a.text })
    .returning('id').executeTakeFirstOrThrow()).id;
}

export async function setzeAkzeptiert(tx: Tx, frageId: string, antwortId: string | null) {
  await tx.updateTable('community_frage').set({ akzeptierte_antwort_id: antwortId }).where('id', '=', frageId).execute();
}

/**
 * Open questions (no accepted answer, asked by another Kommune, not yet answered by this Kommune) on
 * solutions whose origin or adopter is one of these Kommunen.
 */
export async function offeneFragenFuer(tx: Tx, kommuneIds: string[]) {
  if (!kommuneIds.length) return [];
  return tx.selectFrom('community_frage as f').innerJoin('loesung', 'loesung.id', 'f.loesung_id')
    .select(['f.id', 'f.titel', 'f.erstellt_am', 'loesung.titel as loesung_titel', 'loesung.kommune_id as herkunft_id',
      (eb) => eb.selectFrom('uebernahme as u').select('u.kommune_id').whereRef('u.loesung_id', '=', 'f.loesung_id').where('u.kommune_id', 'in', kommuneIds)
        .where('u.phase', '!=', 'abgebrochen').limit(1).as('uebernehmer_id')])
    .where('f.akzeptierte_antwort_id', 'is', null)
    .where('f.kommune_id', 'not in', kommuneIds)
    .where('loesung.status', '=', 'veroeffentlicht')
    .where((eb) => eb.or([
      eb('loesung.kommune_id', 'in', kommuneIds),
      eb.exists(eb.selectFrom('uebernahme as u').select('u.id').whereRef('u.loesung_id', '=', 'f.loesung_id').where('u.kommune_id', 'in', kommuneIds).where('u.phase', '!=', 'abgebrochen')),
    ]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('community_antwort as a').select('a.id').whereRef('a.frage_id', '=', 'f.id').where('a.kommune_id', 'in', kommuneIds))))
    .orderBy('f.erstellt_am').limit(50).execute();
}
