/** SQL der Fragebögen: gespeicherte Versionen (Tabelle `fragebogen`). */
import type { Db, Tx } from '../../../core/db/db.ts';
import { fragebogenSchema, type Fragebogen } from './fragebogen.schemas.ts';

/** jsonb kommt von node-postgres und PGlite bereits als Objekt. */
export const ausJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/** Legt eine Version an; false, wenn es sie schon gibt (sie wird nie überschrieben). */
export async function fragebogenEinfuegen(db: Db, fb: Fragebogen): Promise<boolean> {
  const r = await db.k
    .insertInto('fragebogen')
    .values({ id: fb.id, version: fb.version, titel: fb.titel, definition: JSON.stringify(fb) })
    .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Die gespeicherte Definition einer Version (ungeprüft, wie in der Datenbank). */
export async function gespeicherteDefinition(db: Db, id: string, version: number): Promise<unknown> {
  const r = await db.k.selectFrom('fragebogen').select('definition').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return r ? ausJson(r.definition) : undefined;
}

/**
 * Trägt die Suchhilfen einer gespeicherten Version nach (Entscheidung 0125): nur aufrufen, wenn sich die Fassungen
 * allein in den Suchhilfen unterscheiden – die Auswertung bleibt dieselbe.
 */
export async function suchhilfenNachtragen(db: Db, fb: Fragebogen): Promise<void> {
  await db.k.updateTable('fragebogen').set({ definition: JSON.stringify(fb) }).where('id', '=', fb.id).where('version', '=', fb.version).execute();
  fbCache.get(db)?.delete(`${fb.id}@${fb.version}`);
}

export async function neuesteVersion(db: Db, id: string): Promise<number | undefined> {
  const r = await db.k.selectFrom('fragebogen').select((eb) => eb.fn.max('version').as('v')).where('id', '=', id).executeTakeFirst();
  return r?.v ? Number(r.v) : undefined;
}

const fbCache = new WeakMap<Db, Map<string, Fragebogen>>();

/** Eine Version, geprüft und je Datenbank zwischengespeichert (Versionen ändern sich nie). */
export async function fragebogenLesen(db: Db, id: string, version: number): Promise<Fragebogen | undefined> {
  let cache = fbCache.get(db);
  if (!cache) fbCache.set(db, (cache = new Map()));
  const key = `${id}@${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const roh = await gespeicherteDefinition(db, id, version);
  if (roh === undefined) return undefined;
  const fb = fragebogenSchema.parse(roh);
  cache.set(key, fb);
  return fb;
}

/** Die neueste Version in einer offenen Transaktion (Start-Aufgaben). */
export async function neuesterFragebogenInTx(tx: Tx, id: string): Promise<Fragebogen> {
  const r = await tx.selectFrom('fragebogen').select('definition').where('id', '=', id).orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow();
  return fragebogenSchema.parse(ausJson(r.definition));
}

/** Je Fragebogen die neueste Version. */
export async function neuesteVersionen(db: Db): Promise<{ id: string; version: number }[]> {
  return db.k.selectFrom('fragebogen').select(['id', 'version']).distinctOn('id').orderBy('id').orderBy('version', 'desc').execute();
}
