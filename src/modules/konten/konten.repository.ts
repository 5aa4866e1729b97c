import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { KommuneRolle } from '../../core/authz/policy.ts';
import type { PlattformRolle } from './konten.rules.ts';

/** SQL of the konten module (accounts, invitations, memberships, audit logs). No rules, no messages. */
type Q = Kysely<Database>;

export async function kommuneNamen(q: Q, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await q.selectFrom('kommune').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function kommuneGibtEs(q: Q, kommuneId: string): Promise<boolean> {
  return !!(await q.selectFrom('kommune').select('id').where('id', '=', kommuneId).executeTakeFirst());
}

// ---- Konten ------------------------------------------------------------------------------------------

/** A new account; undefined when the address is already registered (case-insensitive). */
export async function legeKontoAn(q: Q, v: { email: string; name: string; passwortHash: string }): Promise<{ id: string } | undefined> {
  return q
    .insertInto('konto')
    .values({ email: v.email, name: v.name, passwort_hash: v.passwortHash })
    .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
    .returning(['id'])
    .executeTakeFirst();
}

export async function kontoNachEmail(q: Q, email: string) {
  return q.selectFrom('konto').select(['id', 'passwort_hash']).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export async function passwortHash(q: Q, kontoId: string): Promise<string> {
  return (await q.selectFrom('konto').select('passwort_hash').where('id', '=', kontoId).executeTakeFirstOrThrow()).passwort_hash;
}

/** Sets the new password hash and ends every other session of the account. */
export async function setzePasswort(q: Q, kontoId: string, hash: string, behalteSitzungId: string): Promise<void> {
  await q.updateTable('konto').set({ passwort_hash: hash, aktualisiert_am: new Date() }).where('id', '=', kontoId).execute();
  await q.deleteFrom('sitzung').where('konto_id', '=', kontoId).where('id', '!=', behalteSitzungId).execute();
}

// ---- Einladungen -------------------------------------------------------------------------------------

export interface OffeneEinladung {
  id: string;
  kommune_id: string;
  rolle: KommuneRolle;
  email: string | null;
}

export async function offeneEinladung(q: Q, tokenHash: string): Promise<OffeneEinladung | undefined> {
  return q
    .selectFrom('einladung')
    .select(['id', 'kommune_id', 'rolle', 'email'])
    .where('token_hash', '=', tokenHash)
    .where('angenommen_am', 'is', null)
    .where('laeuft_ab_am', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

export async function legeEinladungAn(
  q: Q,
  v: { kommuneId: string; tokenHash: string; rolle: KommuneRolle; email: string | null; vonKontoId: string; laeuftAb: Date },
): Promise<string> {
  const e = await q
    .insertInto('einladung')
    .values({ kommune_id: v.kommuneId, token_hash: v.tokenHash, rolle: v.rolle, email: v.email, erstellt_von: v.vonKontoId, laeuft_ab_am: v.laeuftAb })
    .returning('id')
    .executeTakeFirstOrThrow();
  return e.id;
}

/**
 * Claims an open invitation atomically: under concurrency exactly one transaction gets the row
 * (true), every other one gets false.
 */
export async function beanspruche(q: Q, einladungId: string, kontoId: string): Promise<boolean> {
  const r = await q
    .updateTable('einladung')
    .set({ angenommen_von: kontoId, angenommen_am: sql<Date>`now()` })
    .where('id', '=', einladungId)
    .where('angenommen_am', 'is', null)
    .where('laeuft_ab_am', '>', sql<Date>`now()`)
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

// ---- Mitgliedschaften --------------------------------------------------------------------------------

/** Grants a membership from an invitation; an existing admin stays admin (an invitation never demotes). */
export async function mitgliedschaftAusEinladung(q: Q, kommuneId: string, kontoId: string, rolle: KommuneRolle): Promise<KommuneRolle> {
  const m = await q
    .insertInto('mitgliedschaft')
    .values({ kommune_id: kommuneId, konto_id: kontoId, rolle })
    .onConflict((oc) => oc.columns(['kommune_id', 'konto_id']).doUpdateSet({ rolle: sql<KommuneRolle>`case when mitgliedschaft.rolle = 'admin' then 'admin' else excluded.rolle end` }))
    .returning('rolle')
    .executeTakeFirstOrThrow();
  return m.rolle;
}

export async function setzeMitgliedschaft(q: Q, kommuneId: string, kontoId: string, rolle: KommuneRolle): Promise<void> {
  await q
    .insertInto('mitgliedschaft')
    .values({ kommune_id: kommuneId, konto_id: kontoId, rolle })
    .onConflict((oc) => oc.columns(['kommune_id', 'konto_id']).doUpdateSet({ rolle }))
    .execute();
}

export async function aendereMitgliedsrolle(q: Q, kommuneId: string, kontoId: string, rolle: KommuneRolle): Promise<void> {
  await q.updateTable('mitgliedschaft').set({ rolle }).where('kommune_id', '=', kommuneId).where('konto_id', '=', kontoId).execute();
}

export async function loescheMitgliedschaft(q: Q, kommuneId: string, kontoId: string): Promise<void> {
  await q.deleteFrom('mitgliedschaft').where('kommune_id', '=', kommuneId).where('konto_id', '=', kontoId).execute();
}

/**
 * Locks the admin rows of a Kommune (in a stable order) and returns their account ids. Every change that
 * may take away an admin runs this first, so two such changes on the same Kommune run one after the
 * other and the second sees the first's result: never zero admins, also under concurrency.
 */
export async function sperreAdmins(q: Q, kommuneId: string): Promise<string[]> {
  const rows = await q
    .selectFrom('mitgliedschaft')
    .select('konto_id')
    .where('kommune_id', '=', kommuneId)
    .where('rolle', '=', 'admin')
    .orderBy('konto_id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.konto_id);
}

/** Locks a member's row; undefined when the account is no member of the Kommune. */
export async function sperreMitglied(q: Q, kommuneId: string, kontoId: string) {
  const m = await q
    .selectFrom('mitgliedschaft')
    .select('rolle')
    .where('kommune_id', '=', kommuneId)
    .where('konto_id', '=', kontoId)
    .forUpdate()
    .executeTakeFirst();
  if (!m) return undefined;
  const k = await q.selectFrom('konto').select(['id', 'name', 'email']).where('id', '=', kontoId).executeTakeFirstOrThrow();
  return { ...k, rolle: m.rolle };
}

export async function listeMitglieder(q: Q, kommuneId: string) {
  return q
    .selectFrom('mitgliedschaft as m')
    .innerJoin('konto as k', 'k.id', 'm.konto_id')
    .select(['k.id', 'k.name', 'k.email', 'm.rolle'])
    .where('m.kommune_id', '=', kommuneId)
    .orderBy('k.name')
    .orderBy('k.id')
    .execute();
}

// ---- Plattformrollen ---------------------------------------------------------------------------------

export async function vergibPlattformrolle(q: Q, kontoId: string, rolle: PlattformRolle, regionen: string[] | null): Promise<void> {
  await q.insertInto('plattform_rolle').values({ konto_id: kontoId, rolle }).onConflict((oc) => oc.doNothing()).execute();
  if (regionen) {
    await q.deleteFrom('lotse_region').where('konto_id', '=', kontoId).execute();
    await q.insertInto('lotse_region').values(regionen.map((schluessel) => ({ konto_id: kontoId, schluessel }))).execute();
  }
}

// ---- Audit-Log lesen ---------------------------------------------------------------------------------

export interface Seite {
  limit: number;
  offset: number;
}

interface AuditZeile {
  id: number | string;
  aktion: string;
  objektTyp: string;
  objektId: string | null;
  details: unknown;
  zeitpunkt: Date;
  wer: string | null;
}
/** The answer form of an audit row: numeric id, ISO time. */
const auditEintrag = (r: AuditZeile) => ({ ...r, id: Number(r.id), zeitpunkt: r.zeitpunkt.toISOString() });

/** A Kommune's audit log, newest first, with the name of whoever acted. */
export async function auditDerKommune(q: Q, kommuneId: string, seite: Seite) {
  const base = q.selectFrom('audit_log as a').where('a.kommune_id', '=', kommuneId);
  const [items, total] = await Promise.all([
    base
      .leftJoin('konto as k', 'k.id', 'a.konto_id')
      .select(['a.id', 'a.aktion', 'a.objekt_typ as objektTyp', 'a.objekt_id as objektId', 'a.details', 'a.zeitpunkt', 'k.name as wer'])
      .orderBy('a.zeitpunkt', 'desc')
      .orderBy('a.id', 'desc')
      .limit(seite.limit)
      .offset(seite.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(auditEintrag), total: Number(total.n) };
}

/** The platform audit log (actions without a Kommune), newest first, with the name of whoever acted. */
export async function auditDerPlattform(q: Q, seite: Seite) {
  const [items, total] = await Promise.all([
    q
      .selectFrom('plattform_audit_log as a')
      .leftJoin('konto as k', 'k.id', 'a.konto_id')
      .select(['a.id', 'a.aktion', 'a.objekt_typ as objektTyp', 'a.objekt_id as objektId', 'a.details', 'a.zeitpunkt', 'k.name as wer'])
      .orderBy('a.zeitpunkt', 'desc')
      .orderBy('a.id', 'desc')
      .limit(seite.limit)
      .offset(seite.offset)
      .execute(),
    q.selectFrom('plattform_audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(auditEintrag), total: Number(total.n) };
}
