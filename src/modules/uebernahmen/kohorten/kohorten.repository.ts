/** SQL of the cohorts. Single cohorts are reached only after the access layer (see kohorten.routes.ts). */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { MitgliedStatus } from './kohorten.table.ts';
import './kohorten.table.ts';

export const tag = (d: Date | string | null) => (d == null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
export const iso = (d: Date | string) => new Date(d).toISOString();

export async function mitgliederDer(tx: Tx, kohorteId: string): Promise<{ kommuneId: string; status: MitgliedStatus }[]> {
  const rows = await tx.selectFrom('kohorte_mitglied').select(['kommune_id', 'status']).where('kohorte_id', '=', kohorteId).orderBy('kommune_id').execute();
  return rows.map((r) => ({ kommuneId: r.kommune_id, status: r.status }));
}

/** The Träger of a Verbund (null: a cohort of the Transferstelle, or no such cohort). */
export async function traegerDer(tx: Tx, kohorteId: string): Promise<string | null> {
  return (await tx.selectFrom('kohorte').select('kommune_id').where('id', '=', kohorteId).executeTakeFirst())?.kommune_id ?? null;
}

export async function ladeKohorte(tx: Tx, id: string) {
  return tx.selectFrom('kohorte as c').innerJoin('loesung as l', 'l.id', 'c.loesung_id').leftJoin('kommune as h', 'h.id', 'l.kommune_id').leftJoin('kommune as t', 't.id', 'c.kommune_id')
    .select(['c.id', 'c.titel', 'c.loesung_id', 'l.titel as loesung_titel', 'h.name as herkunft', 'c.max_mitglieder', 'c.start_am', 'c.transferplan_bis', 'c.review_am', 'c.kommune_id as traeger_id', 't.name as traeger_name'])
    .where('c.id', '=', id).executeTakeFirst();
}

export async function kommunenNach(tx: Tx, schluessel: string[]) {
  if (!schluessel.length) return [];
  return tx.selectFrom('kommune').select(['id', 'ags', 'name', 'typ', 'kreis_id']).where((eb) => eb.or([eb('id', 'in', schluessel), eb('ags', 'in', schluessel)])).execute();
}

export async function legeAn(tx: Tx, k: { loesungId: string; titel: string; kontoId: string; max: number; start: string; plan: string; review: string; traeger?: string }, kommunen: string[]) {
  const { id } = await tx.insertInto('kohorte').values({
    loesung_id: k.loesungId, titel: k.titel, erstellt_von: k.kontoId, max_mitglieder: k.max, start_am: k.start, transferplan_bis: k.plan, review_am: k.review, kommune_id: k.traeger ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('kohorte_mitglied').values(kommunen.map((kommune_id) => ({ kohorte_id: id, kommune_id }))).execute();
  await legeZeitplanMeilensteinAn(tx, id, k.plan, k.review);
  return id;
}

/** The two dates of the schedule as shared milestones (transfer plan, review). */
export async function legeZeitplanMeilensteinAn(tx: Tx, kohorteId: string, plan: string, review: string) {
  await tx.insertInto('kohorte_meilenstein').values([
    { kohorte_id: kohorteId, titel: 'Transferplan der Kohorte steht', faellig_am: plan, quelle: 'zeitplan' },
    { kohorte_id: kohorteId, titel: 'Gemeinsames Review nach 12 Monaten', faellig_am: review, quelle: 'zeitplan' },
  ]).execute();
}

export async function meilensteine(db: Db, kohorteId: string) {
  return db.k.selectFrom('kohorte_meilenstein as m').leftJoin('kommune as k', 'k.id', 'm.kommune_id')
    .select(['m.id', 'm.titel', 'm.verantwortlich', 'm.faellig_am', 'm.erledigt', 'm.quelle', 'k.name as kommune'])
    .where('m.kohorte_id', '=', kohorteId).orderBy(sql`m.faellig_am nulls last`).orderBy('m.erstellt_am').orderBy('m.id').execute();
}

export async function setzeAntwort(tx: Tx, kohorteId: string, kommuneId: string, status: MitgliedStatus, uebernahmeId: string | null) {
  await tx.updateTable('kohorte_mitglied').set({ status, uebernahme_id: uebernahmeId, beantwortet_am: new Date() })
    .where('kohorte_id', '=', kohorteId).where('kommune_id', '=', kommuneId).execute();
}

/** Per member: status, the linked project's phase, its open milestones and the date of its latest report-back. */
export async function boardZeilen(db: Db, kohorteId: string) {
  return db.k.selectFrom('kohorte_mitglied as m').innerJoin('kommune as k', 'k.id', 'm.kommune_id').leftJoin('uebernahme as u', 'u.id', 'm.uebernahme_id')
    .select((eb) => [
      'm.kommune_id', 'k.name', 'm.status', 'm.uebernahme_id', 'u.phase',
      eb.selectFrom('uebernahme_meilenstein as ms').select((e) => e.fn.countAll<number>().as('n')).whereRef('ms.uebernahme_id', '=', 'm.uebernahme_id').where('ms.erledigt', '=', false).as('offen'),
      eb.selectFrom('uebernahme_rueckmeldung as r').select((e) => e.fn.max('r.erstellt_am').as('x')).whereRef('r.uebernahme_id', '=', 'm.uebernahme_id').as('letzte'),
    ])
    .where('m.kohorte_id', '=', kohorteId).orderBy('k.name').execute();
}

export async function beitraege(db: Db, kohorteId: string) {
  return db.k.selectFrom('kohorte_beitrag as b').leftJoin('kommune as k', 'k.id', 'b.kommune_id').leftJoin('konto as p', 'p.id', 'b.konto_id')
    .select(['b.id', 'b.text', 'k.name as kommune', 'p.name as autor', 'b.erstellt_am']).where('b.kohorte_id', '=', kohorteId).orderBy('b.erstellt_am').orderBy('b.id').execute();
}

export async function dokumente(db: Db, kohorteId: string) {
  return db.k.selectFrom('kohorte_dokument as d').leftJoin('kommune as k', 'k.id', 'd.kommune_id')
    .select(['d.id', 'd.titel', 'd.url', 'k.name as kommune', 'd.erstellt_am']).where('d.kohorte_id', '=', kohorteId).orderBy('d.erstellt_am').orderBy('d.id').execute();
}

/** How many Gemeinden the Verbund of this Träger spans (Kreis: its Gemeinden; Amt/Verbandsgemeinde: same 9-digit ARS prefix). */
export async function gemeindenImVerbund(tx: Tx, traeger: { id: string; typ: string }): Promise<number> {
  let q = tx.selectFrom('kommune').select((eb) => eb.fn.countAll<number>().as('n')).where('typ', 'in', ['Gemeinde', 'Stadt']);
  q = traeger.typ === 'Landkreis' ? q.where('kreis_id', '=', traeger.id) : q.where(sql<boolean>`substr(id, 1, 9) = ${traeger.id.slice(0, 9)}`);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/**
 * Cohorts for the list: all (Transferstelle), or those with a non-declined member among `kommunen` (own ones),
 * carried by one of `kommunen` (Verbund), or with a member or Träger in the Lotse's regions (2- or 5-digit prefixes).
 */
export async function liste(db: Db, alle: boolean, kommunen: string[], regionen: string[]) {
  let q = db.k.selectFrom('kohorte as c').innerJoin('loesung as l', 'l.id', 'c.loesung_id')
    .select((eb) => [
      'c.id', 'c.titel', 'c.loesung_id', 'l.titel as loesung_titel', 'c.transferplan_bis', 'c.review_am',
      eb.selectFrom('kohorte_mitglied as m').select((e) => e.fn.countAll<number>().as('n')).whereRef('m.kohorte_id', '=', 'c.id').where('m.status', '!=', 'abgelehnt').as('mitglieder'),
      eb.selectFrom('kohorte_mitglied as m').select((e) => e.fn.countAll<number>().as('n')).whereRef('m.kohorte_id', '=', 'c.id').where('m.status', '=', 'dabei').as('dabei'),
    ]);
  if (!alle) {
    const teile: ReturnType<typeof sql<boolean>>[] = [];
    if (kommunen.length) teile.push(sql<boolean>`m.kommune_id in (${sql.join(kommunen)})`);
    for (const r of regionen) teile.push(sql<boolean>`substr(m.kommune_id, 1, ${r.length}) = ${r}`);
    if (!teile.length) return [];
    const traeger: ReturnType<typeof sql<boolean>>[] = [];
    if (kommunen.length) traeger.push(sql<boolean>`c.kommune_id in (${sql.join(kommunen)})`);
    for (const r of regionen) traeger.push(sql<boolean>`substr(c.kommune_id, 1, ${r.length}) = ${r}`);
    q = q.where(({ exists, selectFrom, or }) => or([
      exists(selectFrom('kohorte_mitglied as m').select('m.kommune_id').whereRef('m.kohorte_id', '=', 'c.id').where('m.status', '!=', 'abgelehnt').where(sql<boolean>`(${sql.join(teile, sql` or `)})`)),
      sql<boolean>`(${sql.join(traeger, sql` or `)})`,
    ]));
  }
  return q.orderBy('c.erstellt_am', 'desc').orderBy('c.id').execute();
}

export async function offeneEinladungen(db: Db, kommunen: string[]) {
  if (!kommunen.length) return [];
  return db.k.selectFrom('kohorte_mitglied as m').innerJoin('kommune as k', 'k.id', 'm.kommune_id').select(['m.kohorte_id', 'm.kommune_id', 'k.name'])
    .where('m.kommune_id', 'in', kommunen).where('m.status', '=', 'eingeladen').execute();
}

export async function offeneEinladungenMitKohorte(db: Db, kommunen: string[]) {
  if (!kommunen.length) return [];
  return db.k.selectFrom('kohorte_mitglied as m').innerJoin('kommune as k', 'k.id', 'm.kommune_id').innerJoin('kohorte as c', 'c.id', 'm.kohorte_id')
    .select(['m.kommune_id', 'k.name', 'c.titel', 'c.transferplan_bis']).where('m.kommune_id', 'in', kommunen).where('m.status', '=', 'eingeladen').execute();
}
