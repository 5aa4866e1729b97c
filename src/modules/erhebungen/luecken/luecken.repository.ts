/** SQL der Lücken: bereits übernommene Bedarfsentwürfe, Lösungen zu Treffern und ihre Nutzung. */
import type { Db } from '../../../core/db/db.ts';

/** Bedarfe, die aus Lücken dieser Runde entstanden sind (`quelle_ref` = `<runde>:<dimension>`). */
export async function bedarfeAusLuecken(db: Db, kommuneId: string, refs: string[]) {
  return db.k
    .selectFrom('bedarf')
    .select(['id', 'quelle_ref'])
    .where('kommune_id', '=', kommuneId)
    .where('quelle', '=', 'erhebung')
    .where('quelle_ref', 'in', refs.length ? refs : [''])
    .execute();
}

/** Veröffentlichte Lösungen unter den Treffern, mit Herkunft. */
export async function veroeffentlichteLoesungen(db: Db, ids: string[]) {
  return db.k
    .selectFrom('loesung as l')
    .leftJoin('kommune as k', 'k.id', 'l.kommune_id')
    .select(['l.id', 'l.titel', 'l.zusammenfassung', 'l.kommune_id', 'l.herkunft_text', 'l.sprache', 'k.name as kommune_name'])
    .where('l.id', 'in', ids)
    .where('l.status', '=', 'veroeffentlicht')
    .execute();
}

/** Welche der Lösungen die Kommunen `kommuneIds` nutzen. */
export async function genutzteLoesungen(db: Db, kommuneIds: string[], ids: string[]): Promise<string[]> {
  const z = await db.k.selectFrom('loesung_nutzung').select('loesung_id').where('kommune_id', 'in', kommuneIds).where('loesung_id', 'in', ids).execute();
  return z.map((g) => g.loesung_id);
}
