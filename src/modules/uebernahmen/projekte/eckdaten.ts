/** Eckdaten eines Transferprojekts für andere Module (z. B. wirkung: Rückmeldung aus den Wirkungszielen). */
import { sql } from 'kysely';
import type { Db } from '../../../core/db/db.ts';

/** Übernehmende Kommune und Projektbeginn (Tag der Anlage, YYYY-MM-DD); undefined, wenn es das Projekt nicht gibt. */
export async function eckdatenDerUebernahme(db: Db, id: string): Promise<{ kommuneId: string; beginn: string } | undefined> {
  const r = await db.k.selectFrom('uebernahme').select(['kommune_id', sql<string>`to_char(erstellt_am, 'YYYY-MM-DD')`.as('beginn')]).where('id', '=', id).executeTakeFirst();
  return r ? { kommuneId: r.kommune_id, beginn: r.beginn } : undefined;
}
