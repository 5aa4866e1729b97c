import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { Db } from '../../core/db/db.ts';
import { AppError, fehler } from '../../core/errors.ts';
import { dummyHash, hashPasswort, pruefePasswort } from '../../core/auth/passwort.ts';
import { erstelleSitzung, neuesToken, tokenHash } from '../../core/auth/sitzung.ts';
import { protokolliere } from '../../core/audit.ts';
import type { Konto } from '../../core/authz/policy.ts';
import type { KontoAntwort } from './konten.schemas.ts';

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

export async function registriere(db: Db, input: { email: string; name: string; passwort: string; einladung?: string }) {
  const hash = await hashPasswort(input.passwort);
  return db.k.transaction().execute(async (tx) => {
    const vorhanden = await tx.selectFrom('konto').select('id').where(sql`lower(email)`, '=', input.email).executeTakeFirst();
    if (vorhanden) throw fehler.konflikt('konto.email_vergeben', 'Mit dieser E-Mail-Adresse besteht bereits ein Konto. Bitte melden Sie sich an.');
    let einladung: { id: string; kommune_id: string; rolle: 'mitglied' | 'admin' } | undefined;
    if (input.einladung) {
      einladung = await offeneEinladung(tx, input.einladung);
    }
    const konto = await tx
      .insertInto('konto')
      .values({ email: input.email, name: input.name, passwort_hash: hash })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    if (einladung) await loeseEinladungEin(tx, einladung, konto.id);
    return konto.id;
  });
}

type Tx = Kysely<Database>;

async function offeneEinladung(tx: Tx, token: string) {
  const e = await tx
    .selectFrom('einladung')
    .select(['id', 'kommune_id', 'rolle'])
    .where('token_hash', '=', tokenHash(token))
    .where('angenommen_am', 'is', null)
    .where('laeuft_ab_am', '>', new Date())
    .executeTakeFirst();
  if (!e) throw new AppError(404, 'einladung.ungueltig', 'Diese Einladung ist ungültig, abgelaufen oder wurde bereits angenommen.');
  return e;
}

async function loeseEinladungEin(tx: Tx, e: { id: string; kommune_id: string; rolle: 'mitglied' | 'admin' }, kontoId: string) {
  await tx
    .insertInto('mitgliedschaft')
    .values({ kommune_id: e.kommune_id, konto_id: kontoId, rolle: e.rolle })
    .onConflict((oc) => oc.columns(['kommune_id', 'konto_id']).doUpdateSet({ rolle: e.rolle }))
    .execute();
  await tx.updateTable('einladung').set({ angenommen_von: kontoId, angenommen_am: new Date() }).where('id', '=', e.id).execute();
  await protokolliere(tx, { kommuneId: e.kommune_id, kontoId, aktion: 'einladung.angenommen', objektTyp: 'mitgliedschaft', objektId: kontoId, details: { rolle: e.rolle } });
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

export async function erstelleEinladung(db: Db, kommuneId: string, vonKontoId: string, rolle: 'mitglied' | 'admin', email?: string) {
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
  return { token, link: `/einladung/${token}`, laeuftAbAm: laeuftAb.toISOString() };
}

export async function nimmEinladungAn(db: Db, kontoId: string, token: string) {
  return db.k.transaction().execute(async (tx) => {
    const e = await offeneEinladung(tx, token);
    await loeseEinladungEin(tx, e, kontoId);
    return { kommuneId: e.kommune_id, rolle: e.rolle };
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

export async function vergibMitgliedschaft(db: Db, vonKontoId: string, email: string, kommuneId: string, rolle: 'mitglied' | 'admin') {
  const k = await db.k.selectFrom('konto').select('id').where(sql`lower(email)`, '=', email).executeTakeFirst();
  if (!k) throw new AppError(404, 'konto.nicht_gefunden', 'Zu dieser E-Mail-Adresse gibt es kein Konto.');
  const kommune = await db.k.selectFrom('kommune').select('id').where('id', '=', kommuneId).executeTakeFirst();
  if (!kommune) throw new AppError(404, 'kommune.nicht_gefunden', 'Die Kommune wurde nicht gefunden.');
  await db.k.transaction().execute(async (tx) => {
    await tx
      .insertInto('mitgliedschaft')
      .values({ kommune_id: kommuneId, konto_id: k.id, rolle })
      .onConflict((oc) => oc.columns(['kommune_id', 'konto_id']).doUpdateSet({ rolle }))
      .execute();
    await protokolliere(tx, { kommuneId, kontoId: vonKontoId, aktion: 'mitglied.rolle_vergeben', objektTyp: 'mitgliedschaft', objektId: k.id, details: { rolle } });
  });
  return { kontoId: k.id };
}
