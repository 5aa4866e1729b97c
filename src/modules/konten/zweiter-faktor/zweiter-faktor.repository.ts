import { sql } from 'kysely';
import type { Tx } from '../../../core/db/db.ts';

/** SQL des zweiten Faktors (Spalten an `konto`, Tabellen aus Migration 0125). */
export async function zustand(k: Tx, kontoId: string) {
  return k.selectFrom('konto').select(['id', 'email', 'passwort_hash', 'totp_geheimnis', 'totp_aktiv_seit', 'totp_letzter_schritt']).where('id', '=', kontoId).executeTakeFirst();
}

export async function offeneCodes(k: Tx, kontoId: string): Promise<number> {
  const r = await k.selectFrom('konto_wiederherstellungscode').select((eb) => eb.fn.countAll<string>().as('n')).where('konto_id', '=', kontoId).where('verwendet_am', 'is', null).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function setzeGeheimnis(k: Tx, kontoId: string, geheimnis: string | null) {
  await k.updateTable('konto').set({ totp_geheimnis: geheimnis, totp_aktiv_seit: null, totp_letzter_schritt: null }).where('id', '=', kontoId).execute();
}

export async function aktiviere(k: Tx, kontoId: string, schritt: number, codeHashes: string[]) {
  await k.updateTable('konto').set({ totp_aktiv_seit: sql<Date>`now()`, totp_letzter_schritt: schritt }).where('id', '=', kontoId).execute();
  await k.deleteFrom('konto_wiederherstellungscode').where('konto_id', '=', kontoId).execute();
  await k.insertInto('konto_wiederherstellungscode').values(codeHashes.map((code_hash) => ({ konto_id: kontoId, code_hash }))).execute();
}

/** Accepts the step only if it is newer than the last one (atomic: two parallel requests, one wins). */
export async function merkeSchritt(k: Tx, kontoId: string, schritt: number): Promise<boolean> {
  const r = await k.updateTable('konto').set({ totp_letzter_schritt: schritt }).where('id', '=', kontoId)
    .where((eb) => eb.or([eb('totp_letzter_schritt', 'is', null), eb('totp_letzter_schritt', '<', String(schritt))])).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks a recovery code as used; false when it does not exist or was used. */
export async function verbraucheCode(k: Tx, kontoId: string, codeHash: string): Promise<boolean> {
  const r = await k.updateTable('konto_wiederherstellungscode').set({ verwendet_am: sql<Date>`now()` })
    .where('konto_id', '=', kontoId).where('code_hash', '=', codeHash).where('verwendet_am', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function schalteAb(k: Tx, kontoId: string) {
  await k.updateTable('konto').set({ totp_geheimnis: null, totp_aktiv_seit: null, totp_letzter_schritt: null }).where('id', '=', kontoId).execute();
  await k.deleteFrom('konto_wiederherstellungscode').where('konto_id', '=', kontoId).execute();
  await k.deleteFrom('anmeldung_ausstehend').where('konto_id', '=', kontoId).execute();
}

export async function legeAusstehendAn(k: Tx, id: string, kontoId: string, minuten: number) {
  await k.deleteFrom('anmeldung_ausstehend').where('laeuft_ab_am', '<', sql<Date>`now()`).execute();
  await k.insertInto('anmeldung_ausstehend').values({ id, konto_id: kontoId, laeuft_ab_am: sql<Date>`now() + make_interval(mins => ${minuten})` as unknown as Date }).execute();
}

export async function ausstehend(k: Tx, id: string) {
  return k.selectFrom('anmeldung_ausstehend').select(['konto_id', 'fehlversuche']).where('id', '=', id).where('laeuft_ab_am', '>', sql<Date>`now()`).forUpdate().executeTakeFirst();
}

export async function zaehleFehlversuch(k: Tx, id: string) {
  await k.updateTable('anmeldung_ausstehend').set((eb) => ({ fehlversuche: eb('fehlversuche', '+', 1) })).where('id', '=', id).execute();
}

export async function loescheAusstehend(k: Tx, id: string) {
  await k.deleteFrom('anmeldung_ausstehend').where('id', '=', id).execute();
}

/** Sessions of the account except one (after turning the factor off or a reset, other devices sign in again). */
export async function beendeSitzungen(k: Tx, kontoId: string, ausser?: string) {
  let q = k.deleteFrom('sitzung').where('konto_id', '=', kontoId);
  if (ausser) q = q.where('id', '<>', ausser);
  await q.execute();
}

export async function rollenUndMitgliedschaften(k: Tx, kontoId: string) {
  const rollen = await k.selectFrom('plattform_rolle').select('rolle').where('konto_id', '=', kontoId).execute();
  const mitgliedschaften = await k.selectFrom('mitgliedschaft').select(['kommune_id', 'rolle']).where('konto_id', '=', kontoId).execute();
  return { rollen: rollen.map((r) => r.rolle), mitgliedschaften };
}
