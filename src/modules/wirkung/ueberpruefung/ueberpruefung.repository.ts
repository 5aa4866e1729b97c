/** Datenzugriff des Stop-Doing-Reviews (Kysely, PostgreSQL-Dialekt, gleich auf PGlite). */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { Entscheidung } from './ueberpruefung.table.ts';

type Les = Db['k'] | Tx;

export async function kommuneVonMassnahme(db: Db, id: string): Promise<string | undefined> {
  return (await db.k.selectFrom('massnahme').select('kommune_id').where('id', '=', id).executeTakeFirst())?.kommune_id;
}

export async function massnahmen(db: Les, kommuneIds: string[]) {
  if (!kommuneIds.length) return [];
  return db
    .selectFrom('massnahme')
    .select(['id', 'kommune_id', 'titel', 'budget', 'haushaltsprodukt', 'evidenz', 'status',
      sql<string | null>`to_char(naechste_pruefung, 'YYYY-MM-DD')`.as('naechste'),
      sql<string>`to_char(erstellt_am, 'YYYY-MM-DD')`.as('angelegt')])
    .where('kommune_id', 'in', kommuneIds)
    .orderBy('titel')
    .orderBy('id')
    .execute();
}

export async function zieleDerMassnahmen(db: Les, kommuneId: string) {
  return db
    .selectFrom('massnahme_ziel as mz')
    .innerJoin('wirkungsziel as z', 'z.id', 'mz.ziel_id')
    .select(['mz.massnahme_id', 'z.id', 'z.aussage'])
    .where('mz.kommune_id', '=', kommuneId)
    .orderBy('z.aussage')
    .execute();
}

export async function indikatorenMitWerten(db: Les, kommuneId: string) {
  const [indikatoren, werte] = await Promise.all([
    db.selectFrom('eigener_indikator').select(['id', 'name', 'stufe', 'richtung', 'ziel_id']).where('kommune_id', '=', kommuneId).where('ziel_id', 'is not', null).orderBy('name').execute(),
    db.selectFrom('eigener_indikator_wert as w')
      .innerJoin('eigener_indikator as i', 'i.id', 'w.indikator_id')
      .select(['w.indikator_id', 'w.jahr', 'w.wert'])
      .where('w.kommune_id', '=', kommuneId)
      .where('i.ziel_id', 'is not', null)
      .execute(),
  ]);
  return { indikatoren, werte };
}

export async function pruefungen(db: Les, kommuneId: string) {
  return db
    .selectFrom('massnahme_pruefung as p')
    .leftJoin('konto as k', 'k.id', 'p.konto_id')
    .select(['p.id', 'p.massnahme_id', 'p.entscheidung', 'p.begruendung', 'k.name as von',
      sql<string>`to_char(p.datum, 'YYYY-MM-DD')`.as('datum'),
      sql<string | null>`to_char(p.naechste_pruefung, 'YYYY-MM-DD')`.as('naechste')])
    .where('p.kommune_id', '=', kommuneId)
    .orderBy('p.datum', 'desc')
    .orderBy('p.erstellt_am', 'desc')
    .execute();
}

export async function sperreMassnahme(tx: Tx, id: string) {
  return tx.selectFrom('massnahme').select(['id', 'kommune_id', 'titel', 'status', 'budget']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function fuegePruefungEin(tx: Tx, p: { kommuneId: string; massnahmeId: string; kontoId: string; entscheidung: Entscheidung; begruendung: string; datum: string; naechste: string | null }): Promise<string> {
  const r = await tx
    .insertInto('massnahme_pruefung')
    .values({ kommune_id: p.kommuneId, massnahme_id: p.massnahmeId, konto_id: p.kontoId, entscheidung: p.entscheidung, begruendung: p.begruendung, datum: p.datum, naechste_pruefung: p.naechste })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function setzeStatus(tx: Tx, id: string, kommuneId: string, status: 'aktiv' | 'beendet', naechste: string | null): Promise<void> {
  await tx.updateTable('massnahme').set({ status, naechste_pruefung: naechste, aktualisiert_am: sql<Date>`now()` }).where('id', '=', id).where('kommune_id', '=', kommuneId).execute();
}
