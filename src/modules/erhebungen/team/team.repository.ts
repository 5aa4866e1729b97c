/** SQL des Team-Modus: Runde zum anonymen Link, ein Antwortsatz je Browser. */
import type { Db, Tx } from '../../../core/db/db.ts';
import type { Rollengruppe } from '../erhebungen.table.ts';
import type { Antworten } from '../frageboegen/fragebogen.schemas.ts';
import { ausJson, json, sha256 } from '../runden/runden.repository.ts';

/** Die Team-Runde zum Link (nur der Hash des Links ist gespeichert); auf Wunsch für die Transaktion gesperrt. */
export async function teamRundeZumToken(db: Db | Tx, token: string, sperren = false) {
  const k = 'k' in db ? db.k : db;
  let q = k
    .selectFrom('erhebungsrunde as r')
    .innerJoin('kommune as ko', 'ko.id', 'r.kommune_id')
    .select(['r.id', 'r.kommune_id', 'ko.name as kommune_name', 'r.fragebogen_id', 'r.version', 'r.status', 'r.schliesst_am'])
    .where('r.team_token_hash', '=', sha256(token))
    .where('r.modus', '=', 'team');
  if (sperren) q = q.forUpdate();
  return q.executeTakeFirst();
}

export const browserHash = (kennung: string, rundeId: string) => sha256(`${kennung}:${rundeId}`);

/** Der Satz dieses Browsers in dieser Runde. */
export async function satzDesBrowsers(db: Db | Tx, rundeId: string, hash: string) {
  const k = 'k' in db ? db.k : db;
  const r = await k.selectFrom('antwortsatz').select(['id', 'antworten', 'eingereicht_am']).where('runde_id', '=', rundeId).where('browser_kennung_hash', '=', hash).executeTakeFirst();
  return r ? { id: r.id, antworten: ausJson<Antworten>(r.antworten), eingereichtAm: r.eingereicht_am } : undefined;
}

export async function satzSchreiben(
  tx: Tx,
  vorhandenId: string | undefined,
  w: { kommuneId: string; rundeId: string; hash: string; antworten: Antworten; rollengruppe: Rollengruppe | null; jetzt: Date; abschicken: boolean },
) {
  const werte = { antworten: json(w.antworten), rollengruppe: w.rollengruppe, aktualisiert_am: w.jetzt, eingereicht_am: w.abschicken ? w.jetzt : null };
  if (vorhandenId) await tx.updateTable('antwortsatz').set(werte).where('id', '=', vorhandenId).execute();
  else await tx.insertInto('antwortsatz').values({ ...werte, kommune_id: w.kommuneId, runde_id: w.rundeId, browser_kennung_hash: w.hash }).execute();
}

/** Ersetzt den Hash des anonymen Links; der alte Link gilt ab sofort nicht mehr. */
export async function setzeTeamTokenHash(tx: Tx, id: string, hash: string): Promise<void> {
  await tx.updateTable('erhebungsrunde').set({ team_token_hash: hash }).where('id', '=', id).execute();
}
