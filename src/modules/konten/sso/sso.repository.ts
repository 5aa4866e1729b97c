import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.ts';
import type { KommuneRolle } from '../../../core/authz/policy.ts';

/** SQL of the sign-on through an identity provider. No rules, no messages. */
type Q = Kysely<Database>;

const SPALTEN = ['id', 'name', 'kommune_id', 'land', 'issuer', 'client_id', 'client_secret_verschluesselt', 'kommune_claim', 'gruppen_claim', 'rollen_zuordnung', 'email_domains', 'mfa_verlangen', 'mfa_acr', 'mfa_amr'] as const;

export async function anbieterListe(q: Q) {
  return q.selectFrom('sso_anbieter').select(SPALTEN).orderBy('name').orderBy('id').execute();
}
export type AnbieterZeile = Awaited<ReturnType<typeof anbieterListe>>[number];

export async function anbieter(q: Q, id: string): Promise<AnbieterZeile | undefined> {
  return q.selectFrom('sso_anbieter').select(SPALTEN).where('id', '=', id).executeTakeFirst();
}

/** The provider for an e-mail domain (the oldest one when two claim the same domain). */
export async function anbieterFuerDomain(q: Q, domain: string): Promise<AnbieterZeile | undefined> {
  return q
    .selectFrom('sso_anbieter')
    .select(SPALTEN)
    .where(sql<boolean>`${domain} = any(email_domains)`)
    .orderBy('erstellt_am')
    .orderBy('id')
    .executeTakeFirst();
}

export async function gibtEsAnbieter(q: Q): Promise<boolean> {
  return !!(await q.selectFrom('sso_anbieter').select('id').limit(1).executeTakeFirst());
}

export async function legeAnbieterAn(q: Q, v: Omit<AnbieterZeile, 'id'>): Promise<string> {
  const r = await q
    .insertInto('sso_anbieter')
    .values({ ...v, rollen_zuordnung: JSON.stringify(v.rollen_zuordnung) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** The provider's row, locked until the end of the transaction (a change reads, merges and writes it). */
export async function anbieterZumAendern(q: Q, id: string): Promise<AnbieterZeile | undefined> {
  return q.selectFrom('sso_anbieter').select(SPALTEN).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function aendereAnbieter(q: Q, id: string, v: Omit<AnbieterZeile, 'id'>): Promise<void> {
  await q
    .updateTable('sso_anbieter')
    .set({ ...v, rollen_zuordnung: JSON.stringify(v.rollen_zuordnung) })
    .where('id', '=', id)
    .execute();
}

/** Ends the links (provider, sub) and the sessions of a provider; the accounts stay. Returns how many links ended. */
export async function loeseVerknuepfungen(q: Q, id: string): Promise<number> {
  await q.deleteFrom('sitzung').where('sso_anbieter_id', '=', id).execute();
  const r = await q.deleteFrom('sso_identitaet').where('anbieter_id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function loescheAnbieter(q: Q, id: string): Promise<boolean> {
  const r = await q.deleteFrom('sso_anbieter').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ---- Logins in progress -------------------------------------------------------------------------------

export async function legeAnmeldungAn(q: Q, v: Insertable<Database['sso_anmeldung']>) {
  await q.deleteFrom('sso_anmeldung').where('laeuft_ab_am', '<=', sql<Date>`now()`).execute();
  await q.insertInto('sso_anmeldung').values(v).execute();
}

export async function offeneAnmeldung(q: Q, stateHash: string) {
  return q.selectFrom('sso_anmeldung').selectAll().where('state_hash', '=', stateHash).where('laeuft_ab_am', '>', sql<Date>`now()`).executeTakeFirst();
}

/** Claims the login (one use): false when another request finished it first. */
export async function verbraucheAnmeldung(q: Q, stateHash: string): Promise<boolean> {
  const r = await q.deleteFrom('sso_anmeldung').where('state_hash', '=', stateHash).where('laeuft_ab_am', '>', sql<Date>`now()`).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

// ---- Accounts -----------------------------------------------------------------------------------------

export async function kontoZurIdentitaet(q: Q, anbieterId: string, subjekt: string): Promise<string | undefined> {
  const r = await q.selectFrom('sso_identitaet').select('konto_id').where('anbieter_id', '=', anbieterId).where('subjekt', '=', subjekt).executeTakeFirst();
  return r?.konto_id;
}

export async function kontoNachEmail(q: Q, email: string): Promise<string | undefined> {
  const r = await q.selectFrom('konto').select('id').where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  return r?.id;
}

export async function legeKontoAn(q: Q, v: { email: string; name: string; passwortHash: string }): Promise<string> {
  const r = await q.insertInto('konto').values({ email: v.email, name: v.name, passwort_hash: v.passwortHash }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function verknuepfe(q: Q, anbieterId: string, subjekt: string, kontoId: string): Promise<void> {
  await q.insertInto('sso_identitaet').values({ anbieter_id: anbieterId, subjekt, konto_id: kontoId }).execute();
}

export async function mitgliedsrolle(q: Q, kommuneId: string, kontoId: string): Promise<KommuneRolle | undefined> {
  const r = await q.selectFrom('mitgliedschaft').select('rolle').where('kommune_id', '=', kommuneId).where('konto_id', '=', kontoId).executeTakeFirst();
  return r?.rolle;
}

export async function setzeMitgliedschaft(q: Q, kommuneId: string, kontoId: string, rolle: KommuneRolle): Promise<void> {
  await q
    .insertInto('mitgliedschaft')
    .values({ kommune_id: kommuneId, konto_id: kontoId, rolle })
    .onConflict((oc) => oc.columns(['kommune_id', 'konto_id']).doUpdateSet({ rolle }))
    .execute();
}

/** The Kommune named by a claim: 12-digit Regionalschlüssel or 8-digit Gemeindeschlüssel, inside the Land. */
export async function kommuneAusClaim(q: Q, wert: string, land: string): Promise<string | undefined> {
  const r = await q
    .selectFrom('kommune')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', wert), eb.and([eb('ags', '=', wert), eb(sql`length(ags)`, '=', 8)])]))
    .where(sql<boolean>`left(id, 2) = ${land}`)
    .executeTakeFirst();
  return r?.id;
}

export async function kommuneGibtEs(q: Q, kommuneId: string): Promise<boolean> {
  return !!(await q.selectFrom('kommune').select('id').where('id', '=', kommuneId).executeTakeFirst());
}

export async function legeSitzungAn(q: Q, v: { id: string; kontoId: string; laeuftAb: Date; anbieterId: string }): Promise<void> {
  await q.deleteFrom('sitzung').where('laeuft_ab_am', '<=', sql<Date>`now()`).execute();
  await q.insertInto('sitzung').values({ id: v.id, konto_id: v.kontoId, laeuft_ab_am: v.laeuftAb, sso_anbieter_id: v.anbieterId }).execute();
}

export async function anbieterDerSitzung(q: Q, sitzungId: string): Promise<string | null> {
  const r = await q.selectFrom('sitzung').select('sso_anbieter_id').where('id', '=', sitzungId).executeTakeFirst();
  return r?.sso_anbieter_id ?? null;
}

// ---- Key of the client secrets ------------------------------------------------------------------------

export async function einstellung(q: Q, name: string): Promise<string | undefined> {
  return (await q.selectFrom('einstellung').select('wert').where('name', '=', name).executeTakeFirst())?.wert;
}

/** Stores the value unless another instance was first; returns the value that holds. */
export async function setzeEinstellungEinmal(q: Q, name: string, wert: string): Promise<string> {
  await q.insertInto('einstellung').values({ name, wert, geaendert_am: new Date() }).onConflict((oc) => oc.column('name').doNothing()).execute();
  return (await einstellung(q, name))!;
}
