import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { Db } from '../../core/db/db.ts';
import { dummyHash, hashPasswort, pruefePasswort } from '../../core/auth/passwort.ts';
import { beendeSitzung, neuesToken, tokenHash } from '../../core/auth/sitzung.ts';
import { protokolliere } from '../../core/audit.ts';
import { legeMailAb } from '../../core/mail.ts';
import type { Konto, KommuneRolle } from '../../core/authz/policy.ts';
import type { KontoAntwort } from './konten.schemas.ts';
import { mails } from './konten.mails.ts';
import { kontenFehler } from './konten.errors.ts';
import * as repo from './konten.repository.ts';
import { einladungLaeuftAb, pruefeEinladungsEmail, pruefeEinladungsRolle, pruefeLetztenAdmin, pruefeRegionen, type PlattformRolle } from './konten.rules.ts';
import { nachPasswort, type NachPasswort } from './zweiter-faktor/zweiter-faktor.usecases.ts';

/** Use cases of the konten module: transactions, order of steps, audit. SQL lives in konten.repository.ts. */

type Tx = Kysely<Database>;

export async function kontoAntwort(db: Db, k: Konto): Promise<KontoAntwort> {
  const namen = await repo.kommuneNamen(db.k, k.mitgliedschaften.map((m) => m.kommuneId));
  return {
    zweiterFaktorFehlt: !!k.zweiterFaktorFehlt,
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
    if (einladung) pruefeEinladungsEmail(einladung.email, input.email);
    const konto = await repo.legeKontoAn(tx, { email: input.email, name: input.name, passwortHash: hash });
    if (!konto) {
      await legeMailAb(tx, mails.registrierungVorhanden(input.email, !!einladung));
      return;
    }
    if (einladung) await loeseEinladungEin(tx, einladung, konto.id);
    await legeMailAb(tx, mails.willkommen(input.email, input.name));
  });
}

async function offeneEinladung(tx: Tx, token: string): Promise<repo.OffeneEinladung> {
  const e = await repo.offeneEinladung(tx, tokenHash(token));
  if (!e) throw kontenFehler.einladungUngueltig();
  return e;
}

/**
 * Consumes the invitation and grants the membership. The conditional update claims the invitation
 * atomically: under concurrency exactly one transaction gets the row, every other one gets
 * `einladung.ungueltig` and rolls back. An existing admin stays admin (an invitation never demotes).
 */
async function loeseEinladungEin(tx: Tx, e: repo.OffeneEinladung, kontoId: string): Promise<KommuneRolle> {
  if (!(await repo.beanspruche(tx, e.id, kontoId))) throw kontenFehler.einladungUngueltig();
  const rolle = await repo.mitgliedschaftAusEinladung(tx, e.kommune_id, kontoId, e.rolle);
  await protokolliere(tx, { kommuneId: e.kommune_id, kontoId, aktion: 'einladung.angenommen', objektTyp: 'mitgliedschaft', objektId: kontoId, details: { rolle } });
  return rolle;
}

/** Checks e-mail and password; the same error for unknown e-mail and wrong password. Returns the session token. */
/** Password check; then a session, or a pending login when the account has a second factor. */
export async function anmelden(db: Db, email: string, passwort: string): Promise<NachPasswort> {
  const k = await repo.kontoNachEmail(db.k, email);
  const ok = await pruefePasswort(k?.passwort_hash ?? (await dummyHash()), passwort);
  if (!k || !ok) throw kontenFehler.loginFehlgeschlagen();
  return nachPasswort(db, k.id);
}

export async function abmelden(db: Db, sitzungToken: string | undefined): Promise<void> {
  if (sitzungToken) await beendeSitzung(db, sitzungToken);
}

export async function aenderePasswort(db: Db, kontoId: string, sitzungToken: string, alt: string, neu: string): Promise<void> {
  if (!(await pruefePasswort(await repo.passwortHash(db.k, kontoId), alt))) throw kontenFehler.passwortFalsch();
  const hash = await hashPasswort(neu);
  // Other sessions end: whoever knew the old password is signed out.
  await db.k.transaction().execute((tx) => repo.setzePasswort(tx, kontoId, hash, tokenHash(sitzungToken)));
}

export async function erstelleEinladung(db: Db, kommuneId: string, vonKontoId: string, rolle: KommuneRolle, email?: string) {
  pruefeEinladungsRolle(rolle, email);
  const token = neuesToken();
  const laeuftAb = einladungLaeuftAb(new Date());
  await db.k.transaction().execute(async (tx) => {
    const id = await repo.legeEinladungAn(tx, { kommuneId, tokenHash: tokenHash(token), rolle, email: email ?? null, vonKontoId, laeuftAb });
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.eingeladen', objektTyp: 'einladung', objektId: id, details: { rolle, email: email ?? null } });
  });
  return { token, link: `/einladung/${token}`, laeuftAbAm: laeuftAb.toISOString(), email: email ?? null, uebertragbar: !email };
}

export async function nimmEinladungAn(db: Db, konto: { id: string; email: string }, token: string) {
  return db.k.transaction().execute(async (tx) => {
    const e = await offeneEinladung(tx, token);
    pruefeEinladungsEmail(e.email, konto.email);
    const rolle = await loeseEinladungEin(tx, e, konto.id);
    return { kommuneId: e.kommune_id, rolle };
  });
}

// ---- Platform administration (/api/admin/*) ----------------------------------------------------------

async function kontoIdNachEmail(db: Db, email: string): Promise<string> {
  const k = await repo.kontoNachEmail(db.k, email);
  if (!k) throw kontenFehler.kontoNichtGefunden();
  return k.id;
}

/** Grants a platform role (audited on platform level, in the same transaction). */
export async function vergibRolle(db: Db, vonKontoId: string, email: string, rolle: PlattformRolle, regionen: string[] = []) {
  const kontoId = await kontoIdNachEmail(db, email);
  pruefeRegionen(rolle, regionen);
  await db.k.transaction().execute(async (tx) => {
    await repo.vergibPlattformrolle(tx, kontoId, rolle, rolle === 'lotse' ? regionen : null);
    await protokolliere(tx, { kommuneId: null, kontoId: vonKontoId, aktion: 'plattform.rolle_vergeben', objektTyp: 'konto', objektId: kontoId, details: { rolle, regionen: rolle === 'lotse' ? regionen : [] } });
  });
  return { kontoId };
}

/** Adds an account to a Kommune (audited with the Kommune); the last admin is never demoted. */
export async function vergibMitgliedschaft(db: Db, vonKontoId: string, email: string, kommuneId: string, rolle: KommuneRolle) {
  const kontoId = await kontoIdNachEmail(db, email);
  if (!(await repo.kommuneGibtEs(db.k, kommuneId))) throw kontenFehler.kommuneNichtGefunden();
  await db.k.transaction().execute(async (tx) => {
    const admins = await repo.sperreAdmins(tx, kommuneId);
    pruefeLetztenAdmin(admins, kontoId, admins.includes(kontoId) ? 'admin' : null, rolle);
    await repo.setzeMitgliedschaft(tx, kommuneId, kontoId, rolle);
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.rolle_vergeben', objektTyp: 'mitgliedschaft', objektId: kontoId, details: { rolle } });
  });
  return { kontoId };
}

export const plattformAudit = (db: Db, seite: repo.Seite) => repo.auditDerPlattform(db.k, seite);

// ---- Members of a Kommune (its admins manage them) -------------------------------------------------

export const listeMitglieder = (db: Db, kommuneId: string) => repo.listeMitglieder(db.k, kommuneId);
export const kommuneAudit = (db: Db, kommuneId: string, seite: repo.Seite) => repo.auditDerKommune(db.k, kommuneId, seite);

async function sperreMitglied(tx: Tx, kommuneId: string, kontoId: string) {
  const m = await repo.sperreMitglied(tx, kommuneId, kontoId);
  if (!m) throw kontenFehler.mitgliedNichtGefunden();
  return m;
}

/** Changes a member's role (audited). Demoting the last admin is refused (409). Same role: nothing happens. */
export async function aendereRolle(db: Db, vonKontoId: string, kommuneId: string, kontoId: string, rolle: KommuneRolle) {
  return db.k.transaction().execute(async (tx) => {
    const admins = await repo.sperreAdmins(tx, kommuneId);
    const m = await sperreMitglied(tx, kommuneId, kontoId);
    if (m.rolle === rolle) return m;
    pruefeLetztenAdmin(admins, kontoId, m.rolle, rolle);
    await repo.aendereMitgliedsrolle(tx, kommuneId, kontoId, rolle);
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.rolle_geaendert', objektTyp: 'mitgliedschaft', objektId: kontoId, details: { name: m.name, von: m.rolle, zu: rolle } });
    return { ...m, rolle };
  });
}

/** Removes a member from the Kommune (audited; the account stays). Removing the last admin is refused (409). */
export async function entferneMitglied(db: Db, vonKontoId: string, kommuneId: string, kontoId: string): Promise<void> {
  await db.k.transaction().execute(async (tx) => {
    const admins = await repo.sperreAdmins(tx, kommuneId);
    const m = await sperreMitglied(tx, kommuneId, kontoId);
    pruefeLetztenAdmin(admins, kontoId, m.rolle, null);
    await repo.loescheMitgliedschaft(tx, kommuneId, kontoId);
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.entfernt', objektTyp: 'mitgliedschaft', objektId: kontoId, details: { name: m.name, rolle: m.rolle } });
  });
}
