/**
 * For other modules (through index.ts): the answers of a Kommune's latest submitted self-check of one
 * questionnaire (e.g. „digitale-kommune“), with the round and its date. Only rounds in single mode (the
 * Kommune's own answers); team rounds hold anonymous answers of many people and are not used here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.ts';

export interface LetzteAntworten {
  rundeId: string;
  abgeschlossenAm: string;
  antworten: Record<string, unknown>;
}

export async function letzteAntworten(k: Kysely<Database>, kommuneId: string, fragebogenId: string): Promise<LetzteAntworten | null> {
  const r = await k
    .selectFrom('erhebungsrunde as r')
    .innerJoin('antwortsatz as a', 'a.runde_id', 'r.id')
    .select(['r.id', 'r.abgeschlossen_am', 'a.antworten'])
    .where('r.kommune_id', '=', kommuneId)
    .where('r.fragebogen_id', '=', fragebogenId)
    .where('r.status', '=', 'abgeschlossen')
    .where('r.modus', '=', 'einzeln')
    .orderBy('r.abgeschlossen_am', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r || !r.abgeschlossen_am) return null;
  const antworten = (typeof r.antworten === 'string' ? JSON.parse(r.antworten) : r.antworten) as Record<string, unknown>;
  return { rundeId: r.id, abgeschlossenAm: new Date(r.abgeschlossen_am).toISOString(), antworten: antworten ?? {} };
}
