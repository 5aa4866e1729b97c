/**
 * SQL of the writing use cases (drafts, revisions, reviews, adoptions): locking, versions, status,
 * revision rows. Nothing but queries.
 */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../core/db/schema.ts';
import type { LoesungStatus, LoesungTable, UeberarbeitungStatus } from '../loesungen.table.ts';

type K = Kysely<Database>;

export async function sperreZeile(k: K, id: string) {
  return k.selectFrom('loesung').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}
/** A row of `loesung` as locked by `sperreZeile`. */
export type Zeile = Selectable<LoesungTable>;

export async function sperreUeberarbeitung(k: K, id: string) {
  return k.selectFrom('loesung_ueberarbeitung').selectAll().where('loesung_id', '=', id).forUpdate().executeTakeFirst();
}

export async function nutzendeKommunen(k: K, id: string): Promise<string[]> {
  const r = await k.selectFrom('loesung_nutzung').select('kommune_id').where('loesung_id', '=', id).execute();
  return r.map((x) => x.kommune_id);
}

export async function schreibeVersion(k: K, v: { loesungId: string; version: number; kommuneId: string | null; daten: unknown; kontoId: string | null; kommentar: string }) {
  await k
    .insertInto('loesung_version')
    .values({ loesung_id: v.loesungId, version: v.version, kommune_id: v.kommuneId, daten: JSON.stringify(v.daten), geaendert_von: v.kontoId, kommentar: v.kommentar })
    .execute();
}

export async function setzeStatus(k: K, id: string, status: LoesungStatus, extra: Updateable<LoesungTable> = {}) {
  await k.updateTable('loesung').set({ status, aktualisiert_am: new Date(), ...extra }).where('id', '=', id).execute();
}

export async function fuegeEin(k: K, werte: Insertable<LoesungTable>) {
  return k.insertInto('loesung').values(werte).returningAll().executeTakeFirstOrThrow();
}

/** Changes columns of a solution and returns the new row. */
export async function aendereZeile(k: K, id: string, werte: Updateable<LoesungTable>) {
  return k.updateTable('loesung').set(werte).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function legeUeberarbeitungAn(k: K, v: { loesungId: string; kommuneId: string | null; basisVersion: number; daten: string; kommentar: string; kontoId: string; jetzt: Date }) {
  await k
    .insertInto('loesung_ueberarbeitung')
    .values({ loesung_id: v.loesungId, kommune_id: v.kommuneId, status: 'entwurf', basis_version: v.basisVersion, daten: v.daten, kommentar: v.kommentar, erstellt_von: v.kontoId, geaendert_von: v.kontoId, erstellt_am: v.jetzt, aktualisiert_am: v.jetzt })
    .execute();
}

export async function aendereUeberarbeitung(k: K, loesungId: string, werte: { daten?: string; kommentar?: string; geaendert_von?: string; status?: UeberarbeitungStatus; aktualisiert_am: Date; pruefung_kommentar?: string; geprueft_von?: string; geprueft_am?: Date }) {
  await k.updateTable('loesung_ueberarbeitung').set(werte).where('loesung_id', '=', loesungId).execute();
}

/** Deletes the revision of a solution; returns what it was (or undefined). */
export async function loescheUeberarbeitung(k: K, loesungId: string) {
  return k.deleteFrom('loesung_ueberarbeitung').where('loesung_id', '=', loesungId).returning(['status', 'basis_version']).executeTakeFirst();
}

/** Records (or updates) that a Kommune uses a solution. */
export async function meldeNutzung(k: K, v: { loesungId: string; kommuneId: string; seit: string | null; bericht: string }) {
  const werte = { seit: v.seit, bericht: v.bericht };
  await k
    .insertInto('loesung_nutzung')
    .values({ loesung_id: v.loesungId, kommune_id: v.kommuneId, ...werte })
    .onConflict((oc) => oc.columns(['loesung_id', 'kommune_id']).doUpdateSet(werte))
    .execute();
}

export async function hatSiegel(k: K, loesungId: string): Promise<boolean> {
  return !!(await k.selectFrom('loesung_siegel').select('loesung_id').where('loesung_id', '=', loesungId).executeTakeFirst());
}

/** Awards (or renews) the seal. */
export async function setzeSiegel(k: K, v: { loesungId: string; kriterien: unknown; kontoId: string; jetzt: Date }) {
  const werte = { kriterien: JSON.stringify(v.kriterien), vergeben_von: v.kontoId, vergeben_am: v.jetzt };
  await k
    .insertInto('loesung_siegel')
    .values({ loesung_id: v.loesungId, ...werte })
    .onConflict((oc) => oc.column('loesung_id').doUpdateSet(werte))
    .execute();
}

/** Withdraws the seal; false if there was none. */
export async function loescheSiegel(k: K, loesungId: string): Promise<boolean> {
  const r = await k.deleteFrom('loesung_siegel').where('loesung_id', '=', loesungId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
