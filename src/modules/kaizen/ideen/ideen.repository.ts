/**
 * SQL der Ideen. Einzelzeilen erreichen diese Funktionen erst, nachdem die Zugriffsschicht die Kommune
 * geprüft hat; Listen filtern immer nach der Kommune aus der Anfrage. Regeln und Audit: ideen.usecases.ts.
 */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { IdeeStatus } from './ideen.rules.ts';
import type { IdeeKurz } from './ideen.schemas.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
type Leser = Db['k'] | Tx;

export async function kommuneVonIdee(db: Db, id: string): Promise<string | undefined> {
  const r = await db.k.selectFrom('kaizen_idee').select('kommune_id').where('id', '=', id).executeTakeFirst();
  return r?.kommune_id;
}

function basis(k: Leser) {
  return k
    .selectFrom('kaizen_idee as i')
    .leftJoin('kaizen_einheit as e', 'e.id', 'i.einheit_id')
    .leftJoin('konto as ein', 'ein.id', 'i.eingereicht_von')
    .leftJoin('konto as ver', 'ver.id', 'i.verantwortlich_id')
    .leftJoin('kaizen_einstellung as st', 'st.kommune_id', 'i.kommune_id')
    .select([
      'i.id', 'i.kommune_id', 'i.einheit_id', 'e.name as einheit_name', 'i.problem', 'i.vorschlag', 'i.prozess', 'i.nutzen', 'i.anonym',
      'ein.name as eingereicht_name', 'i.status', 'i.grund', 'i.verantwortlich_id', 'ver.name as verantwortlich_name',
      'i.erstellt_am', 'i.status_geaendert_am',
      sql<boolean>`coalesce(st.namen_aus, false)`.as('namen_aus'),
      sql<string>`to_char(i.entscheiden_bis, 'YYYY-MM-DD')`.as('entscheiden_bis'),
      sql<string | null>`to_char(i.wiedervorlage_am, 'YYYY-MM-DD')`.as('wiedervorlage_am'),
    ]);
}
type Zeile = Awaited<ReturnType<ReturnType<typeof basis>['executeTakeFirstOrThrow']>>;

function kurz(r: Zeile): IdeeKurz {
  return {
    id: r.id,
    kommuneId: r.kommune_id,
    einheitId: r.einheit_id,
    einheitName: r.einheit_name,
    problem: r.problem,
    vorschlag: r.vorschlag,
    prozess: r.prozess,
    nutzen: r.nutzen,
    anonym: r.anonym,
    // Die Einstellung „keine Namen“ gilt auch für Ideen von vorher.
    eingereichtVon: r.anonym || r.namen_aus ? null : r.eingereicht_name,
    status: r.status,
    grund: r.grund,
    wiedervorlageAm: r.wiedervorlage_am,
    verantwortlichId: r.verantwortlich_id,
    verantwortlich: r.verantwortlich_name,
    entscheidenBis: r.entscheiden_bis,
    erstelltAm: iso(r.erstellt_am),
    statusGeaendertAm: iso(r.status_geaendert_am),
  };
}

export async function liste(db: Db, f: { kommuneId: string; einheitId?: string; status?: readonly IdeeStatus[] }): Promise<IdeeKurz[]> {
  let q = basis(db.k).where('i.kommune_id', '=', f.kommuneId);
  if (f.einheitId) q = q.where('i.einheit_id', '=', f.einheitId);
  if (f.status?.length) q = q.where('i.status', 'in', f.status);
  const rows = await q.orderBy('i.erstellt_am', 'desc').orderBy('i.id').limit(1000).execute();
  return rows.map(kurz);
}

export async function eine(k: Leser, id: string): Promise<IdeeKurz | undefined> {
  const r = await basis(k).where('i.id', '=', id).executeTakeFirst();
  return r && kurz(r);
}

export async function verlauf(db: Db, id: string, kommuneId: string) {
  const rows = await db.k
    .selectFrom('kaizen_idee_verlauf as v')
    .leftJoin('konto as k', 'k.id', 'v.konto_id')
    .select(['v.von', 'v.nach', 'v.grund', 'v.zeitpunkt', 'k.name as wer'])
    .where('v.idee_id', '=', id)
    .where('v.kommune_id', '=', kommuneId)
    .orderBy('v.zeitpunkt')
    .orderBy('v.id')
    .execute();
  return rows.map((v) => ({ von: v.von, nach: v.nach, grund: v.grund, wer: v.wer, zeitpunkt: iso(v.zeitpunkt) }));
}

/** Offene Ideen einer Kommune mit den Zeitpunkten, die die Engpass-Regel braucht. */
export async function offene(db: Db, kommuneId: string) {
  return liste(db, { kommuneId, status: ['neu', 'in_pruefung', 'im_test', 'zurueckgestellt'] });
}

// ---- Schreiben -----------------------------------------------------------------------------------

export async function namenAus(tx: Tx, kommuneId: string): Promise<boolean> {
  const r = await tx.selectFrom('kaizen_einstellung').select('namen_aus').where('kommune_id', '=', kommuneId).executeTakeFirst();
  return r?.namen_aus ?? false;
}

export async function einheitGehoertZu(tx: Tx, einheitId: string, kommuneId: string): Promise<boolean> {
  const r = await tx.selectFrom('kaizen_einheit').select('id').where('id', '=', einheitId).where('kommune_id', '=', kommuneId).executeTakeFirst();
  return !!r;
}

export interface NeueIdee {
  kommuneId: string;
  einheitId: string | null;
  problem: string;
  vorschlag: string;
  prozess: string;
  nutzen: string;
  anonym: boolean;
  /** null bei anonymen Ideen: dann steht nirgends, wer sie eingereicht hat. */
  eingereichtVon: string | null;
  entscheidenBis: string;
}

export async function fuegeEin(tx: Tx, i: NeueIdee): Promise<string> {
  const r = await tx
    .insertInto('kaizen_idee')
    .values({
      kommune_id: i.kommuneId,
      einheit_id: i.einheitId,
      problem: i.problem,
      vorschlag: i.vorschlag,
      prozess: i.prozess,
      nutzen: i.nutzen,
      anonym: i.anonym,
      eingereicht_von: i.eingereichtVon,
      entscheiden_bis: i.entscheidenBis,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('kaizen_idee_verlauf').values({ idee_id: r.id, kommune_id: i.kommuneId, von: null, nach: 'neu', konto_id: i.eingereichtVon }).execute();
  return r.id;
}

export async function sperre(tx: Tx, id: string) {
  return tx.selectFrom('kaizen_idee').select(['id', 'kommune_id', 'status', 'verantwortlich_id', 'entschieden_am']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function schreibeStatus(
  tx: Tx,
  i: { id: string; kommune_id: string; status: IdeeStatus },
  w: { nach: IdeeStatus; grund: string; wiedervorlageAm: string | null; entschieden: boolean; kontoId: string },
) {
  const jetzt = new Date();
  await tx
    .updateTable('kaizen_idee')
    .set({
      status: w.nach,
      grund: w.grund,
      wiedervorlage_am: w.nach === 'zurueckgestellt' ? w.wiedervorlageAm : null,
      status_geaendert_am: jetzt,
      ...(w.entschieden ? { entschieden_am: jetzt } : {}),
    })
    .where('id', '=', i.id)
    .execute();
  await tx.insertInto('kaizen_idee_verlauf').values({ idee_id: i.id, kommune_id: i.kommune_id, von: i.status, nach: w.nach, grund: w.grund, konto_id: w.kontoId, zeitpunkt: jetzt }).execute();
}

export async function setzeVerantwortung(tx: Tx, id: string, kontoId: string, entscheidenBis: string | undefined) {
  await tx
    .updateTable('kaizen_idee')
    .set({ verantwortlich_id: kontoId, verantwortlich_seit: new Date(), ...(entscheidenBis ? { entscheiden_bis: entscheidenBis } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function istMitglied(tx: Tx, kommuneId: string, kontoId: string): Promise<boolean> {
  const r = await tx.selectFrom('mitgliedschaft').select('konto_id').where('kommune_id', '=', kommuneId).where('konto_id', '=', kontoId).executeTakeFirst();
  return !!r;
}

// ---- Organisationseinheiten und Einstellung ------------------------------------------------------

export async function einheiten(db: Db, kommuneId: string) {
  const rows = await db.k.selectFrom('kaizen_einheit').select(['id', 'name', 'beschaeftigte']).where('kommune_id', '=', kommuneId).orderBy('name').execute();
  return rows.map((e) => ({ id: e.id, name: e.name, beschaeftigte: e.beschaeftigte }));
}

export async function legeEinheitAn(tx: Tx, kommuneId: string, name: string, beschaeftigte: number | null) {
  const r = await tx
    .insertInto('kaizen_einheit')
    .values({ kommune_id: kommuneId, name, beschaeftigte })
    .onConflict((oc) => oc.columns(['kommune_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id;
}

export async function einstellung(k: Leser, kommuneId: string) {
  const r = await k.selectFrom('kaizen_einstellung').select(['namen_aus', 'beschaeftigte']).where('kommune_id', '=', kommuneId).executeTakeFirst();
  return { namenAus: r?.namen_aus ?? false, beschaeftigte: r?.beschaeftigte ?? null };
}

export async function speichereEinstellung(tx: Tx, kommuneId: string, e: { namenAus: boolean; beschaeftigte: number | null }) {
  await tx
    .insertInto('kaizen_einstellung')
    .values({ kommune_id: kommuneId, namen_aus: e.namenAus, beschaeftigte: e.beschaeftigte })
    .onConflict((oc) => oc.column('kommune_id').doUpdateSet({ namen_aus: e.namenAus, beschaeftigte: e.beschaeftigte, geaendert_am: new Date() }))
    .execute();
}

/** Ideen, über die diese Person als Verantwortliche zu entscheiden hat (auch zurückgestellte, deren Wiedervorlage da ist). */
export async function zuEntscheiden(db: Db, kontoId: string) {
  return db.k
    .selectFrom('kaizen_idee')
    .select(['id', 'kommune_id', 'problem', 'status', sql<string>`to_char(coalesce(wiedervorlage_am, entscheiden_bis), 'YYYY-MM-DD')`.as('faellig')])
    .where('verantwortlich_id', '=', kontoId)
    .where((eb) => eb.or([eb('status', 'in', ['neu', 'in_pruefung']), eb.and([eb('status', '=', 'zurueckgestellt'), eb('wiedervorlage_am', '<=', sql<string>`current_date`)])]))
    .orderBy('entscheiden_bis')
    .limit(50)
    .execute();
}
