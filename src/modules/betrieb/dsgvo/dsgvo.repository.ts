import { sql } from 'kysely';
import type { Tx } from '../../../core/db/db.ts';
import { tabellen as alleTabellen, type TabellenInfo } from '../betrieb.repository.ts';

/**
 * SQL of the DSGVO part of „betrieb“: export and deletion of a Kommune's data, export and deletion of
 * one account, and the scheduled clean-up. Which tables belong to a Kommune (a `kommune_id` column)
 * and which columns point to an account (a foreign key to `konto`) is read from the database catalog,
 * so tables that future modules add are covered without a change here.
 */

const id = (name: string) => sql.id(name);

/** Tables that are not a Kommune's data although they have `kommune_id`: the deletion order itself. */
const NICHT_KOMMUNE_DATEN = new Set(['kommune_loeschung']);

export interface KommuneTabelle extends TabellenInfo {
  /** Other Kommune tables this one references (for the deletion order). */
  verweistAuf: string[];
  /** Those of them whose foreign key blocks deleting the parent first (neither cascade nor set null). */
  blockierendAuf: string[];
}

/** All tables of the current schema with a `kommune_id` column (except the deletion orders). */
export async function kommuneTabellen(tx: Tx): Promise<KommuneTabelle[]> {
  const alle = await alleTabellen(tx);
  const mitKommune = await sql<{ tabelle: string }>`
    select c.relname as tabelle
    from pg_class c join pg_attribute a on a.attrelid = c.oid
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      and a.attname = 'kommune_id' and a.attnum > 0 and not a.attisdropped`.execute(tx);
  const namen = new Set(mitKommune.rows.map((r) => r.tabelle).filter((t) => !NICHT_KOMMUNE_DATEN.has(t)));
  const blockierend = await sql<{ von: string; nach: string }>`
    select distinct c.relname as von, r.relname as nach
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
    where k.contype = 'f' and k.confdeltype in ('a', 'r') and k.connamespace = current_schema()::regnamespace`.execute(tx);
  return alle.filter((t) => namen.has(t.name)).map((t) => ({
    ...t,
    verweistAuf: t.verweistAuf.filter((v) => namen.has(v)),
    blockierendAuf: blockierend.rows.filter((b) => b.von === t.name && b.nach !== t.name && namen.has(b.nach)).map((b) => b.nach),
  }));
}

/** The rows of one table that belong to the Kommune, as PostgreSQL's JSON text (exact for every type). */
export async function zeilenDerKommune(tx: Tx, tabelle: TabellenInfo, kommuneId: string): Promise<Record<string, unknown>[]> {
  const spalten = sql.join(tabelle.spalten.map((s) => id(s.name)));
  const r = await sql<{ j: Record<string, unknown> }>`
    select row_to_json(x) as j from (select ${spalten} from ${id(tabelle.name)} where kommune_id = ${kommuneId}) x
    order by row_to_json(x)::text collate "C"`.execute(tx);
  return r.rows.map((z) => (typeof z.j === 'string' ? JSON.parse(z.j) : z.j));
}

export async function loescheZeilenDerKommune(tx: Tx, tabelle: string, kommuneId: string): Promise<number> {
  const r = await sql`delete from ${id(tabelle)} where kommune_id = ${kommuneId}`.execute(tx);
  return Number(r.numAffectedRows ?? 0);
}

/**
 * Rows of OTHER Kommunen that point to rows of this Kommune through a foreign key with `on delete
 * cascade` (e.g. another Kommune's note that it uses one of this Kommune's solutions). They go with the
 * deletion; the confirmation names how many.
 */
export async function fremdeVerweise(tx: Tx, kommuneId: string, tabellen: KommuneTabelle[]): Promise<number> {
  const namen = new Set(tabellen.map((t) => t.name));
  const fks = await sql<{ kind: string; eltern: string; kind_spalten: string[]; eltern_spalten: string[] }>`
    select c.relname as kind, r.relname as eltern,
           array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as kind_spalten,
           array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) as eltern_spalten
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
    where k.contype = 'f' and k.confdeltype = 'c' and k.connamespace = current_schema()::regnamespace`.execute(tx);
  let n = 0;
  for (const fk of fks.rows) {
    if (!namen.has(fk.kind) || !namen.has(fk.eltern) || fk.eltern_spalten.includes('kommune_id')) continue;
    const gleich = sql.join(fk.kind_spalten.map((s, i) => sql`k.${id(s)} = e.${id(fk.eltern_spalten[i])}`), sql` and `);
    const r = await sql<{ n: number | string }>`
      select count(*) as n from ${id(fk.kind)} k join ${id(fk.eltern)} e on ${gleich}
      where e.kommune_id = ${kommuneId} and k.kommune_id <> ${kommuneId}`.execute(tx);
    n += Number(r.rows[0].n);
  }
  return n;
}

// ---- Deletion orders ---------------------------------------------------------------------------------

export interface Loeschauftrag {
  id: string;
  kommune_id: string;
  beantragt_am: Date;
  faellig_am: Date;
  status: 'offen' | 'widerrufen' | 'ausgefuehrt';
}

export async function offenerAuftrag(tx: Tx, kommuneId: string, sperren = false): Promise<Loeschauftrag | undefined> {
  let q = tx
    .selectFrom('kommune_loeschung')
    .select(['id', 'kommune_id', 'beantragt_am', 'faellig_am', 'status'])
    .where('kommune_id', '=', kommuneId)
    .where('status', '=', 'offen');
  if (sperren) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function legeAuftragAn(tx: Tx, kommuneId: string, kontoId: string, faellig: Date): Promise<Loeschauftrag> {
  return tx
    .insertInto('kommune_loeschung')
    .values({ kommune_id: kommuneId, beantragt_von: kontoId, faellig_am: faellig })
    .returning(['id', 'kommune_id', 'beantragt_am', 'faellig_am', 'status'])
    .executeTakeFirstOrThrow();
}

export async function widerrufeAuftrag(tx: Tx, auftragId: string): Promise<void> {
  await tx.updateTable('kommune_loeschung').set({ status: 'widerrufen', widerrufen_am: sql`now()` }).where('id', '=', auftragId).execute();
}

/** Due orders, oldest first, locked (a second clean-up run skips them instead of waiting). */
export async function faelligeAuftraege(tx: Tx, jetzt: Date): Promise<Loeschauftrag[]> {
  return tx
    .selectFrom('kommune_loeschung')
    .select(['id', 'kommune_id', 'beantragt_am', 'faellig_am', 'status'])
    .where('status', '=', 'offen')
    .where('faellig_am', '<=', jetzt)
    .orderBy('faellig_am')
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Marks the order as done; the person who asked is no longer named (the fact stays). */
export async function schliesseAuftrag(tx: Tx, auftragId: string, zeilen: Record<string, number>): Promise<void> {
  await tx
    .updateTable('kommune_loeschung')
    .set({ status: 'ausgefuehrt', ausgefuehrt_am: sql`now()`, beantragt_von: null, geloeschte_zeilen: JSON.stringify(zeilen) })
    .where('id', '=', auftragId)
    .execute();
}

export async function kommuneName(tx: Tx, kommuneId: string): Promise<string | undefined> {
  const r = await tx.selectFrom('kommune').select('name').where('id', '=', kommuneId).executeTakeFirst();
  return r?.name;
}

// ---- One account --------------------------------------------------------------------------------------

export interface KontoVerweis {
  tabelle: string;
  spalte: string;
}

/** Every column that references an account (foreign key to `konto`), found in the catalog. */
export async function kontoVerweise(tx: Tx): Promise<(KontoVerweis & { beimLoeschen: string })[]> {
  const r = await sql<{ tabelle: string; spalte: string; regel: string }>`
    select c.relname as tabelle, a.attname as spalte, k.confdeltype::text as regel
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    where k.contype = 'f' and r.relname = 'konto' and cardinality(k.conkey) = 1
      and k.connamespace = current_schema()::regnamespace
    order by 1, 2`.execute(tx);
  return r.rows.map((z) => ({ tabelle: z.tabelle, spalte: z.spalte, beimLoeschen: z.regel }));
}

export async function kontoZeile(tx: Tx, kontoId: string): Promise<Record<string, unknown> | undefined> {
  const r = await sql<{ j: Record<string, unknown> }>`
    select row_to_json(x) as j from (select id, email, name, erstellt_am, aktualisiert_am, totp_aktiv_seit as zweiter_faktor_seit from konto where id = ${kontoId}) x`.execute(tx);
  const j = r.rows[0]?.j;
  return typeof j === 'string' ? JSON.parse(j) : j;
}

const GEHEIM = /hash|geheimnis|token|code/i;
/** Tables whose primary key is the hash of a cookie token (session, sign-in waiting for the second factor). */
const IDS_SIND_TOKENS = new Set(['sitzung', 'anmeldung_ausstehend']);

/** Rows that point to the account in `spalte` (secrets such as session ids and token hashes left out). */
export async function zeilenMitKonto(tx: Tx, v: KontoVerweis, kontoId: string): Promise<Record<string, unknown>[]> {
  const r = await sql<{ j: Record<string, unknown> }>`
    select row_to_json(x) as j from (select * from ${id(v.tabelle)} where ${id(v.spalte)} = ${kontoId}) x
    order by row_to_json(x)::text collate "C"`.execute(tx);
  return r.rows.map((z) => {
    const j = (typeof z.j === 'string' ? JSON.parse(z.j) : z.j) as Record<string, unknown>;
    // Secrets and their hashes stay out of the file (a downloaded file travels further than the database).
    for (const spalte of Object.keys(j)) if (GEHEIM.test(spalte)) delete j[spalte];
    if (IDS_SIND_TOKENS.has(v.tabelle)) delete j.id; // the id is the hash of a cookie token
    return j;
  });
}

/** Kommunen where the account is the only admin, locked against concurrent role changes. */
export async function letzteAdminVon(tx: Tx, kontoId: string): Promise<string[]> {
  const r = await sql<{ kommune_id: string }>`
    select m.kommune_id from mitgliedschaft m
    where m.konto_id = ${kontoId} and m.rolle = 'admin'
      and not exists (select 1 from mitgliedschaft o where o.kommune_id = m.kommune_id and o.rolle = 'admin' and o.konto_id <> m.konto_id)
    for update`.execute(tx);
  return r.rows.map((z) => z.kommune_id);
}

export async function sperreAdminsDerKommunen(tx: Tx, kontoId: string): Promise<void> {
  await sql`select 1 from mitgliedschaft where rolle = 'admin'
    and kommune_id in (select kommune_id from mitgliedschaft where konto_id = ${kontoId}) for update`.execute(tx);
}

export async function passwortHash(tx: Tx, kontoId: string): Promise<string | undefined> {
  const r = await tx.selectFrom('konto').select('passwort_hash').where('id', '=', kontoId).executeTakeFirst();
  return r?.passwort_hash;
}

/**
 * The audit logs keep what happened but no longer name the person: the account reference becomes empty
 * through the foreign key (`on delete set null`); here the entries ABOUT the person lose the account id
 * as object and the name and e-mail address in their details.
 */
export async function anonymisiereAudit(tx: Tx, kontoId: string, email: string): Promise<void> {
  for (const t of ['audit_log', 'plattform_audit_log'] as const) {
    await sql`update ${id(t)} set objekt_id = null, details = details - 'name' - 'email'
      where objekt_id = ${kontoId}`.execute(tx);
    await sql`update ${id(t)} set details = details - 'email'
      where lower(details->>'email') = lower(${email})`.execute(tx);
  }
}

/** Mails to the person that are still in the outbox (sent or not). */
export async function loescheMailsAn(tx: Tx, email: string): Promise<number> {
  const r = await sql`delete from mail_ausgang where lower(an) = lower(${email})`.execute(tx);
  return Number(r.numAffectedRows ?? 0);
}

export async function loescheKonto(tx: Tx, kontoId: string): Promise<void> {
  await tx.deleteFrom('konto').where('id', '=', kontoId).execute();
}

// ---- Scheduled clean-up ---------------------------------------------------------------------------------

/** Expired sessions and expired sign-ins that wait for the second factor. */
export async function loescheAbgelaufeneSitzungen(tx: Tx, jetzt: Date): Promise<number> {
  const r = await tx.deleteFrom('sitzung').where('laeuft_ab_am', '<', jetzt).executeTakeFirst();
  const a = await sql`delete from anmeldung_ausstehend where laeuft_ab_am < ${jetzt}`.execute(tx);
  return Number(r.numDeletedRows) + Number(a.numAffectedRows ?? 0);
}

/** Accepted invitations and expired ones, each older than `vor`. */
export async function loescheErledigteEinladungen(tx: Tx, vor: Date): Promise<number> {
  const r = await tx
    .deleteFrom('einladung')
    .where((eb) => eb.or([eb('angenommen_am', '<', vor), eb.and([eb('angenommen_am', 'is', null), eb('laeuft_ab_am', '<', vor)])]))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function loescheVersendeteMails(tx: Tx, vor: Date): Promise<number> {
  const r = await tx.deleteFrom('mail_ausgang').where('versendet_am', '<', vor).executeTakeFirst();
  return Number(r.numDeletedRows);
}
