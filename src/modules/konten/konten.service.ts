import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { Db } from '../../core/db/db.ts';
import { AppError, fehler } from '../../core/errors.ts';
import { dummyHash, hashPasswort, pruefePasswort } from '../../core/auth/passwort.ts';
import { erstelleSitzung, neuesToken, tokenHash } from '../../core/auth/sitzung.ts';
import { protokolliere } from '../../core/audit.ts';
import { legeMailAb } from '../../core/mail.ts';
import type { Konto, KommuneRolle } from '../../core/authz/policy.ts';
import type { KontoAntwort } from './konten.schemas.ts';
import { mails } from './konten.mails.ts';

export const EINLADUNG_GUELTIG_TAGE = 14;

export async function kontoAntwort(db: Db, k: Konto): Promise<KontoAntwort> {
  const ids = k.mitgliedschaften.map((m) => m.kommuneId);
  const namen = ids.length
    ? new Map((await db.k.selectFrom('kommune').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => [r.id, r.name]))
    : new Map<string, string>();
  return {
    id: k.id,
    email: k.email,
    name: k.name,
    rollen: k.rollen,
    regionen: k.regionen,
    mitgliedschaften: k.mitgliedschaften.map((m) => ({ ...m, kommuneName: namen.get(m.kommuneId) ?? m.kommuneId })),
  };
}

/**
 * Registration. The answer is the same whether the address is new or already has an account (nobody
 * learns which addresses are registered): a new address gets its account and a welcome mail, a known
 * one only a note to its owner in the outbox. Nobody is signed in; the client signs in afterwards.
 * An invitation is checked first (its answer does not depend on the address being registered).
 */
export async function registriere(db: Db, input: { email: string; name: string; passwort: string; einladung?: string }): Promise<void> {
  const hash = await hashPasswort(input.passwort);
  await db.k.transaction().execute(async (tx) => {
    const einladung = input.einladung ? await offeneEinladung(tx, input.einladung) : undefined;
    if (einladung) pruefeEinladungsEmail(einladung, input.email);
    const konto = await tx
      .insertInto('konto')
      .values({ email: input.email, name: input.name, passwort_hash: hash })
      .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
      .returning(['id'])
      .executeTakeFirst();
    if (!konto) {
      await legeMailAb(tx, mails.registrierungVorhanden(input.email, !!einladung));
      return;
    }
    if (einladung) await loeseEinladungEin(tx, einladung, konto.id);
    await legeMailAb(tx, mails.willkommen(input.email, input.name));
  });
}

type Tx = Kysely<Database>;
interface OffeneEinladung {
  id: string;
  kommune_id: string;
  rolle: KommuneRolle;
  email: string | null;
}

const einladungUngueltig = () => new AppError(404, 'einladung.ungueltig', 'Diese Einladung ist ungültig, abgelaufen oder wurde bereits angenommen.');

async function offeneEinladung(tx: Tx, token: string): Promise<OffeneEinladung> {
  const e = await tx
    .selectFrom('einladung')
    .select(['id', 'kommune_id', 'rolle', 'email'])
    .where('token_hash', '=', tokenHash(token))
    .where('angenommen_am', 'is', null)
    .where('laeuft_ab_am', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!e) throw einladungUngueltig();
  return e;
}

/** A personal invitation (with e-mail address) is only for that address. */
function pruefeEinladungsEmail(e: OffeneEinladung, email: string) {
  if (e.email && e.email.toLowerCase() !== email.toLowerCase()) {
    throw new AppError(403, 'einladung.andere_email', 'Diese Einladung gilt für eine andere E-Mail-Adresse. Bitte melden Sie sich mit der Adresse an, an die die Einladung gerichtet ist.');
  }
}

/**
 * Consumes the invitation and grants the membership. The conditional update claims the invitation
 * atomically: under concurrency exactly one transaction gets the row, every other one gets
 * `einladung.ungueltig` and rolls back. An existing admin stays admin (an invitation never demotes).
 */
async function loeseEinladungEin(tx: Tx, e: OffeneEinladung, kontoId: string): Promise<KommuneRolle> {
  const beansprucht = await tx
    .updateTable('einladung')
    .set({ angenommen_von: kontoId, angenommen_am: sql<Date>`now()` })
    .where('id', '=', e.id)
    .where('angenommen_am', 'is', null)
    .where('laeuft_ab_am', '>', sql<Date>`now()`)
    .returning('id')
    .executeTakeFirst();
  if (!beansprucht) throw einladungUngueltig();
  const m = await tx
    .insertInto('mitgliedschaft')
    .values({ kommune_id: e.kommune_id, konto_id: kontoId, rolle: e.rolle })
    .onConflict((oc) => oc.columns(['kommune_id', 'konto_id']).doUpdateSet({ rolle: sql<KommuneRolle>`case when mitgliedschaft.rolle = 'admin' then 'admin' else excluded.rolle end` }))
    .returning('rolle')
    .executeTakeFirstOrThrow();
  await protokolliere(tx, { kommuneId: e.kommune_id, kontoId, aktion: 'einladung.angenommen', objektTyp: 'mitgliedschaft', objektId: kontoId, details: { rolle: m.rolle } });
  return m.rolle;
}

/** Checks e-mail and password; the same error for unknown e-mail and wrong password. */
export async function anmelden(db: Db, email: string, passwort: string): Promise<string> {
  const k = await db.k.selectFrom('konto').select(['id', 'passwort_hash']).where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  const ok = await pruefePasswort(k?.passwort_hash ?? (await dummyHash()), passwort);
  if (!k || !ok) throw new AppError(401, 'auth.login_fehlgeschlagen', 'E-Mail-Adresse oder Passwort ist falsch.');
  return erstelleSitzung(db, k.id);
}

export async function aenderePasswort(db: Db, kontoId: string, sitzungToken: string, alt: string, neu: string) {
  const k = await db.k.selectFrom('konto').select('passwort_hash').where('id', '=', kontoId).executeTakeFirstOrThrow();
  if (!(await pruefePasswort(k.passwort_hash, alt))) throw new AppError(422, 'auth.passwort_falsch', 'Das bisherige Passwort ist nicht korrekt.');
  const hash = await hashPasswort(neu);
  await db.k.transaction().execute(async (tx) => {
    await tx.updateTable('konto').set({ passwort_hash: hash, aktualisiert_am: new Date() }).where('id', '=', kontoId).execute();
    // Other sessions end: whoever knew the old password is signed out.
    await tx.deleteFrom('sitzung').where('konto_id', '=', kontoId).where('id', '!=', tokenHash(sitzungToken)).execute();
  });
}

export async function erstelleEinladung(db: Db, kommuneId: string, vonKontoId: string, rolle: KommuneRolle, email?: string) {
  // Admin rights only for a named person: a shareable link could be forwarded to anyone.
  if (rolle === 'admin' && !email) {
    throw fehler.unverarbeitbar('einladung.admin_nur_persoenlich', 'Die Rolle Administration kann nur persönlich vergeben werden. Bitte geben Sie die E-Mail-Adresse der eingeladenen Person an.');
  }
  const token = neuesToken();
  const laeuftAb = new Date(Date.now() + EINLADUNG_GUELTIG_TAGE * 86400_000);
  await db.k.transaction().execute(async (tx) => {
    const e = await tx
      .insertInto('einladung')
      .values({ kommune_id: kommuneId, token_hash: tokenHash(token), rolle, email: email ?? null, erstellt_von: vonKontoId, laeuft_ab_am: laeuftAb })
      .returning('id')
      .executeTakeFirstOrThrow();
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.eingeladen', objektTyp: 'einladung', objektId: e.id, details: { rolle, email: email ?? null } });
  });
  return { token, link: `/einladung/${token}`, laeuftAbAm: laeuftAb.toISOString(), email: email ?? null, uebertragbar: !email };
}

export async function nimmEinladungAn(db: Db, konto: { id: string; email: string }, token: string) {
  return db.k.transaction().execute(async (tx) => {
    const e = await offeneEinladung(tx, token);
    pruefeEinladungsEmail(e, konto.email);
    const rolle = await loeseEinladungEin(tx, e, konto.id);
    return { kommuneId: e.kommune_id, rolle };
  });
}

export async function vergibRolle(db: Db, vonKontoId: string, email: string, rolle: 'lotse' | 'transferstelle' | 'plattform-admin', regionen: string[] = []) {
  const k = await db.k.selectFrom('konto').select('id').where(sql`lower(email)`, '=', email).executeTakeFirst();
  if (!k) throw new AppError(404, 'konto.nicht_gefunden', 'Zu dieser E-Mail-Adresse gibt es kein Konto.');
  if (rolle === 'lotse' && regionen.length === 0) throw fehler.unverarbeitbar('lotse.region_fehlt', 'Ein Lotse braucht eine Region (Kreis- oder Landesschlüssel).');
  await db.k.transaction().execute(async (tx) => {
    await tx.insertInto('plattform_rolle').values({ konto_id: k.id, rolle }).onConflict((oc) => oc.doNothing()).execute();
    if (rolle === 'lotse') {
      await tx.deleteFrom('lotse_region').where('konto_id', '=', k.id).execute();
      await tx.insertInto('lotse_region').values(regionen.map((schluessel) => ({ konto_id: k.id, schluessel }))).execute();
    }
  });
  void vonKontoId;
  return { kontoId: k.id };
}

export async function vergibMitgliedschaft(db: Db, vonKontoId: string, email: string, kommuneId: string, rolle: KommuneRolle) {
  const k = await db.k.selectFrom('konto').select('id').where(sql`lower(email)`, '=', email).executeTakeFirst();
  if (!k) throw new AppError(404, 'konto.nicht_gefunden', 'Zu dieser E-Mail-Adresse gibt es kein Konto.');
  const kommune = await db.k.selectFrom('kommune').select('id').where('id', '=', kommuneId).executeTakeFirst();
  if (!kommune) throw new AppError(404, 'kommune.nicht_gefunden', 'Die Kommune wurde nicht gefunden.');
  await db.k.transaction().execute(async (tx) => {
    const admins = await sperreAdmins(tx, kommuneId);
    if (rolle !== 'admin' && admins.includes(k.id) && admins.length === 1) throw letzterAdmin();
    await tx
      .insertInto('mitgliedschaft')
      .values({ kommune_id: kommuneId, konto_id: k.id, rolle })
      .onConflict((oc) => oc.columns(['kommune_id', 'konto_id']).doUpdateSet({ rolle }))
      .execute();
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.rolle_vergeben', objektTyp: 'mitgliedschaft', objektId: k.id, details: { rolle } });
  });
  return { kontoId: k.id };
}

// ---- Members of a Kommune (its admins manage them) -------------------------------------------------

const letzterAdmin = () =>
  fehler.konflikt('mitglied.letzter_admin', 'Eine Kommune braucht mindestens eine Administratorin oder einen Administrator. Ernennen Sie zuerst eine weitere Person zur Administration.');
const mitgliedNichtGefunden = () => fehler.nichtGefunden('mitglied.nicht_gefunden', 'Diese Person ist nicht Mitglied der Kommune.');

/**
 * Locks the admin rows of a Kommune (in a stable order) and returns their account ids. Every change that
 * may take away an admin runs this first, so two such changes on the same Kommune run one after the
 * other and the second sees the first's result: never zero admins, also under concurrency.
 */
async function sperreAdmins(tx: Tx, kommuneId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('mitgliedschaft')
    .select('konto_id')
    .where('kommune_id', '=', kommuneId)
    .where('rolle', '=', 'admin')
    .orderBy('konto_id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.konto_id);
}

async function sperreMitglied(tx: Tx, kommuneId: string, kontoId: string) {
  const m = await tx
    .selectFrom('mitgliedschaft')
    .select('rolle')
    .where('kommune_id', '=', kommuneId)
    .where('konto_id', '=', kontoId)
    .forUpdate()
    .executeTakeFirst();
  if (!m) throw mitgliedNichtGefunden();
  const k = await tx.selectFrom('konto').select(['id', 'name', 'email']).where('id', '=', kontoId).executeTakeFirstOrThrow();
  return { ...k, rolle: m.rolle };
}

export async function listeMitglieder(db: Db, kommuneId: string) {
  return db.k
    .selectFrom('mitgliedschaft as m')
    .innerJoin('konto as k', 'k.id', 'm.konto_id')
    .select(['k.id', 'k.name', 'k.email', 'm.rolle'])
    .where('m.kommune_id', '=', kommuneId)
    .orderBy('k.name')
    .orderBy('k.id')
    .execute();
}

/** Changes a member's role (audited). Demoting the last admin is refused (409). Same role: nothing happens. */
export async function aendereRolle(db: Db, vonKontoId: string, kommuneId: string, kontoId: string, rolle: KommuneRolle) {
  return db.k.transaction().execute(async (tx) => {
    const admins = await sperreAdmins(tx, kommuneId);
    const m = await sperreMitglied(tx, kommuneId, kontoId);
    if (m.rolle === rolle) return m;
    if (m.rolle === 'admin' && admins.filter((a) => a !== kontoId).length === 0) throw letzterAdmin();
    await tx.updateTable('mitgliedschaft').set({ rolle }).where('kommune_id', '=', kommuneId).where('konto_id', '=', kontoId).execute();
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.rolle_geaendert', objektTyp: 'mitgliedschaft', objektId: kontoId, details: { name: m.name, von: m.rolle, zu: rolle } });
    return { ...m, rolle };
  });
}

/** Removes a member from the Kommune (audited; the account stays). Removing the last admin is refused (409). */
export async function entferneMitglied(db: Db, vonKontoId: string, kommuneId: string, kontoId: string) {
  await db.k.transaction().execute(async (tx) => {
    const admins = await sperreAdmins(tx, kommuneId);
    const m = await sperreMitglied(tx, kommuneId, kontoId);
    if (m.rolle === 'admin' && admins.filter((a) => a !== kontoId).length === 0) throw letzterAdmin();
    await tx.deleteFrom('mitgliedschaft').where('kommune_id', '=', kommuneId).where('konto_id', '=', kontoId).execute();
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.entfernt', objektTyp: 'mitgliedschaft', objektId: kontoId, details: { name: m.name, rolle: m.rolle } });
  });
}
