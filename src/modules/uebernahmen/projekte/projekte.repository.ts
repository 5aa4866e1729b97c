/**
 * SQL of transfer projects. Lists filter with `sichtbar()` plus the origin Kommune; single rows are reached
 * only after the access layer has checked the Kommune (routes with `zeile: true`).
 */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import { sichtbar, type Konto } from '../../../core/authz/policy.ts';
import type { ArbeitsPhase, UebernahmePhase } from '../uebernahmen.table.ts';
import type { ListeQuery, UebernahmeKurz } from './projekte.schemas.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
const tag = (d: Date | string | null) => (d == null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Adopting and origin Kommune of a project (for the access layer's resolver). */
export async function kommunenDerUebernahme(db: Db, id: string) {
  return db.k.selectFrom('uebernahme').select(['kommune_id', 'herkunft_kommune_id']).where('id', '=', id).executeTakeFirst();
}

export async function ladeLoesung(tx: Tx, id: string) {
  return tx.selectFrom('loesung').select(['id', 'kommune_id', 'status', 'version', 'titel', 'kontakt']).where('id', '=', id).executeTakeFirst();
}

export async function kommuneNachSchluessel(tx: Tx, schluessel: string, art: 'ags' | 'ars') {
  if (art === 'ars') return (await tx.selectFrom('kommune').select('id').where('id', '=', schluessel).executeTakeFirst())?.id;
  // Kreisfreie Städte carry their 5-digit Kreis key as AGS in the directory (09162000 → 09162).
  const kurz = schluessel.endsWith('000') ? schluessel.slice(0, 5) : schluessel;
  const r = await tx.selectFrom('kommune').select('id').where('ags', 'in', [schluessel, kurz]).where('typ', 'not in', ['Landkreis', 'Land']).orderBy('ags', 'desc').executeTakeFirst();
  return r?.id;
}

export async function bedarfDerKommune(tx: Tx, bedarfId: string, kommuneId: string) {
  return tx.selectFrom('bedarf').select(['id', 'status']).where('id', '=', bedarfId).where('kommune_id', '=', kommuneId).executeTakeFirst();
}

export async function laufendeUebernahme(tx: Tx, kommuneId: string, loesungId: string) {
  return tx
    .selectFrom('uebernahme')
    .select('id')
    .where('kommune_id', '=', kommuneId)
    .where('loesung_id', '=', loesungId)
    .where('phase', 'not in', ['abgeschlossen', 'abgebrochen'])
    .executeTakeFirst();
}

export async function ladeVorlage(tx: Tx, loesungId: string) {
  return tx.selectFrom('loesung_uebernahme_vorlage').select(['punkte', 'kommune_id']).where('loesung_id', '=', loesungId).executeTakeFirst();
}

export async function speichereVorlage(tx: Tx, loesungId: string, kommuneId: string | null, punkte: unknown) {
  await tx
    .insertInto('loesung_uebernahme_vorlage')
    .values({ loesung_id: loesungId, kommune_id: kommuneId, punkte: JSON.stringify(punkte) })
    .onConflict((oc) => oc.column('loesung_id').doUpdateSet({ punkte: JSON.stringify(punkte), aktualisiert_am: new Date() }))
    .execute();
}

export async function istMitglied(tx: Tx, kontoId: string, kommuneId: string) {
  return !!(await tx.selectFrom('mitgliedschaft').select('konto_id').where('konto_id', '=', kontoId).where('kommune_id', '=', kommuneId).executeTakeFirst());
}

export async function mitglieder(db: Db, kommuneId: string) {
  return db.k
    .selectFrom('mitgliedschaft as m')
    .innerJoin('konto as k', 'k.id', 'm.konto_id')
    .select(['k.id', 'k.name'])
    .where('m.kommune_id', '=', kommuneId)
    .orderBy('k.name')
    .execute();
}

export interface NeueUebernahme {
  kommuneId: string;
  loesungId: string;
  loesungVersion: number;
  herkunftKommuneId: string | null;
  herkunftKontakt: string;
  bedarfId: string | null;
  verantwortlichId: string;
  kontoId: string;
}

export async function legeAn(tx: Tx, u: NeueUebernahme): Promise<string> {
  const r = await tx
    .insertInto('uebernahme')
    .values({
      kommune_id: u.kommuneId,
      loesung_id: u.loesungId,
      loesung_version: u.loesungVersion,
      herkunft_kommune_id: u.herkunftKommuneId,
      herkunft_kontakt: u.herkunftKontakt,
      bedarf_id: u.bedarfId,
      verantwortlich_id: u.verantwortlichId,
      erstellt_von: u.kontoId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await schreibeVerlauf(tx, r.id, u.kommuneId, 'verstehen', null, u.kontoId);
  return r.id;
}

export async function schreibeVerlauf(tx: Tx, id: string, kommuneId: string, phase: UebernahmePhase, grund: string | null, kontoId: string) {
  await tx.insertInto('uebernahme_verlauf').values({ uebernahme_id: id, kommune_id: kommuneId, phase, grund, konto_id: kontoId }).execute();
}

export async function legePunkteAn(tx: Tx, id: string, kommuneId: string, punkte: { phase: ArbeitsPhase; text: string }[]) {
  if (!punkte.length) return;
  await tx
    .insertInto('uebernahme_punkt')
    .values(punkte.map((p, i) => ({ uebernahme_id: id, kommune_id: kommuneId, phase: p.phase, position: i, text: p.text })))
    .execute();
}

export async function legeMeilensteineAn(
  tx: Tx,
  id: string,
  kommuneId: string,
  m: { phase: ArbeitsPhase; titel: string; verantwortlich: string; faelligAm: string | null; quelle: 'manuell' | 'check' }[],
) {
  if (!m.length) return [];
  return tx
    .insertInto('uebernahme_meilenstein')
    .values(m.map((x) => ({ uebernahme_id: id, kommune_id: kommuneId, phase: x.phase, titel: x.titel, verantwortlich: x.verantwortlich, faellig_am: x.faelligAm, quelle: x.quelle })))
    .returning('id')
    .execute();
}

export async function ladeZeileZumAendern(tx: Tx, id: string) {
  return tx.selectFrom('uebernahme').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function aendere(
  tx: Tx,
  id: string,
  werte: { phase?: UebernahmePhase; abbruch_grund?: string | null; verantwortlich_id?: string; herkunft_kontakt?: string; golive_am?: string },
) {
  await tx.updateTable('uebernahme').set({ ...werte, aktualisiert_am: new Date() }).where('id', '=', id).execute();
}

/** Adds an item at the end of its phase's list of this project only (the solution's template stays as it is). */
export async function legePunktAn(tx: Tx, id: string, kommuneId: string, phase: ArbeitsPhase, text: string): Promise<string> {
  const { max } = await tx.selectFrom('uebernahme_punkt').select((eb) => eb.fn.max('position').as('max')).where('uebernahme_id', '=', id).executeTakeFirstOrThrow();
  const r = await tx.insertInto('uebernahme_punkt').values({ uebernahme_id: id, kommune_id: kommuneId, phase, position: Number(max ?? -1) + 1, text }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function aenderePunkt(tx: Tx, id: string, punktId: string, werte: { erledigt?: boolean; text?: string }) {
  const r = await tx.updateTable('uebernahme_punkt').set(werte).where('id', '=', punktId).where('uebernahme_id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function loeschePunkt(tx: Tx, id: string, punktId: string) {
  const r = await tx.deleteFrom('uebernahme_punkt').where('id', '=', punktId).where('uebernahme_id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function setzeMeilenstein(tx: Tx, id: string, mid: string, erledigt: boolean) {
  const r = await tx.updateTable('uebernahme_meilenstein').set({ erledigt }).where('id', '=', mid).where('uebernahme_id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function legeDokumentAn(tx: Tx, id: string, kommuneId: string, titel: string, url: string) {
  return (await tx.insertInto('uebernahme_dokument').values({ uebernahme_id: id, kommune_id: kommuneId, titel, url }).returning('id').executeTakeFirstOrThrow()).id;
}

// ---- Lesen ---------------------------------------------------------------------------------------

function basis(db: Db) {
  return db.k
    .selectFrom('uebernahme as u')
    .innerJoin('kommune as k', 'k.id', 'u.kommune_id')
    .innerJoin('loesung as l', 'l.id', 'u.loesung_id')
    .leftJoin('kommune as h', 'h.id', 'u.herkunft_kommune_id')
    .leftJoin('konto as v', 'v.id', 'u.verantwortlich_id')
    .select([
      'u.id', 'u.kommune_id', 'k.name as kommune_name', 'u.loesung_id', 'l.titel as loesung_titel', 'u.loesung_version', 'u.herkunft_kommune_id',
      'h.name as herkunft_name', 'u.phase', 'u.abbruch_grund', 'v.name as verantwortlich', 'u.verantwortlich_id', 'u.golive_am', 'u.erstellt_am',
      'u.aktualisiert_am', 'u.bedarf_id', 'u.herkunft_kontakt',
    ]);
}
type BasisZeile = Awaited<ReturnType<ReturnType<typeof basis>['executeTakeFirstOrThrow']>>;

export function kurz(r: BasisZeile): UebernahmeKurz {
  return {
    id: r.id,
    kommuneId: r.kommune_id,
    kommuneName: r.kommune_name,
    loesungId: r.loesung_id,
    loesungTitel: r.loesung_titel,
    loesungVersion: r.loesung_version,
    herkunftKommuneId: r.herkunft_kommune_id,
    herkunftName: r.herkunft_name,
    phase: r.phase,
    abbruchGrund: r.abbruch_grund,
    verantwortlich: r.verantwortlich,
    goliveAm: tag(r.golive_am),
    erstelltAm: iso(r.erstellt_am),
    aktualisiertAm: iso(r.aktualisiert_am),
  };
}

/** Projects the account may see: `sichtbar()` on the adopting Kommune, plus those adopting its own solutions. */
export async function liste(db: Db, konto: Konto, q: ListeQuery) {
  const eigene = konto.mitgliedschaften.map((m) => m.kommuneId);
  let b = basis(db).where((eb) => (eigene.length ? eb.or([sichtbar(eb, konto, 'u.kommune_id'), eb('u.herkunft_kommune_id', 'in', eigene)]) : sichtbar(eb, konto, 'u.kommune_id')));
  if (q.kommuneId) b = b.where('u.kommune_id', '=', q.kommuneId);
  if (q.loesungId) b = b.where('u.loesung_id', '=', q.loesungId);
  if (q.phase) b = b.where('u.phase', '=', q.phase);
  const [rows, n] = await Promise.all([
    b.orderBy('u.aktualisiert_am', 'desc').orderBy('u.id').limit(q.limit).offset(q.offset).execute(),
    b.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(kurz), total: Number(n.n) };
}

export async function ladeDetail(db: Db, id: string) {
  const r = await basis(db)
    .leftJoin('bedarf as b', 'b.id', 'u.bedarf_id')
    .select('b.titel as bedarf_titel')
    .where('u.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  const [verlauf, punkte, meilensteine, dokumente, rueckmeldungen] = await Promise.all([
    db.k
      .selectFrom('uebernahme_verlauf as v')
      .leftJoin('konto as k', 'k.id', 'v.konto_id')
      .select(['v.phase', 'v.grund', 'k.name as wer', 'v.am'])
      .where('v.uebernahme_id', '=', id)
      .orderBy('v.am')
      .execute(),
    db.k.selectFrom('uebernahme_punkt').select(['id', 'phase', 'text', 'erledigt']).where('uebernahme_id', '=', id).orderBy('position').execute(),
    db.k
      .selectFrom('uebernahme_meilenstein')
      .select(['id', 'phase', 'titel', 'verantwortlich', 'faellig_am', 'erledigt', 'quelle'])
      .where('uebernahme_id', '=', id)
      .orderBy(sql`array_position(array['verstehen','anpassen','uebernehmen','verstetigen'], phase)`)
      .orderBy('faellig_am')
      .orderBy('titel')
      .execute(),
    db.k.selectFrom('uebernahme_dokument').select(['id', 'titel', 'url']).where('uebernahme_id', '=', id).orderBy('erstellt_am').execute(),
    db.k.selectFrom('uebernahme_rueckmeldung').selectAll().where('uebernahme_id', '=', id).orderBy('erstellt_am').execute(),
  ]);
  return {
    zeile: r,
    verlauf: verlauf.map((v) => ({ phase: v.phase, grund: v.grund, wer: v.wer, am: iso(v.am) })),
    punkte,
    meilensteine: meilensteine.map((m) => ({ id: m.id, phase: m.phase, titel: m.titel, verantwortlich: m.verantwortlich, faelligAm: tag(m.faellig_am), erledigt: m.erledigt, quelle: m.quelle })),
    dokumente,
    rueckmeldungen: rueckmeldungen.map((x) => ({
      id: x.id,
      anlass: x.anlass,
      aufwandPersonentage: Number(x.aufwand_personentage),
      kostenEuro: x.kosten_euro,
      wirkungsstufe: x.wirkungsstufe,
      anpassungen: x.anpassungen,
      belege: x.belege,
      referenz: x.referenz,
      oeffentlich: x.oeffentlich,
      erstelltAm: iso(x.erstellt_am),
    })),
  };
}

export { tag };
