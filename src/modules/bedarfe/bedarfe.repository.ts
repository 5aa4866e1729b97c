/**
 * SQL der Bedarfe. Listen filtern mit `sichtbar()`; Einzelzeilen erreichen diese Funktionen nur, nachdem die
 * Zugriffsschicht die Kommune des Bedarfs geprüft hat (Routen mit `zeile: true`). Transaktionen, Regeln und
 * Audit-Einträge stehen in bedarfe.usecases.ts.
 */
import { sql, type SqlBool } from 'kysely';
import type { Db, Tx } from '../../core/db/db.ts';
import { sichtbar, type Konto } from '../../core/authz/policy.ts';
import type { BedarfStatus } from './bedarfe.rules.ts';
import type { BedarfKurz } from './bedarfe.schemas.ts';
import type { BedarfQuelle, Dringlichkeit, Suchbegriff } from './bedarfe.table.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/** Kommune eines Bedarfs (für den Zeilen-Auflöser der Zugriffsschicht). */
export async function kommuneVonBedarf(db: Db, id: string): Promise<string | undefined> {
  const r = await db.k.selectFrom('bedarf').select('kommune_id').where('id', '=', id).executeTakeFirst();
  return r?.kommune_id;
}

// ---- Lesen ---------------------------------------------------------------------------------------

function basis(db: Db) {
  return db.k
    .selectFrom('bedarf as b')
    .innerJoin('kommune as k', 'k.id', 'b.kommune_id')
    .select([
      'b.id',
      'b.kommune_id',
      'k.name as kommune_name',
      'b.titel',
      'b.beschreibung',
      'b.handlungsfeld',
      'b.dringlichkeit',
      'b.status',
      'b.quelle',
      'b.quelle_ref',
      'b.erstellt_von',
      'b.erstellt_am',
      'b.aktualisiert_am',
      'b.status_geaendert_am',
      sql<number>`floor(extract(epoch from (now() - b.erstellt_am)) / 86400)::int`.as('alter_tage'),
      sql<number>`(select count(*)::int from bedarf_vorschlag v where v.bedarf_id = b.id)`.as('anzahl_vorschlaege'),
    ]);
}

type BasisZeile = Awaited<ReturnType<ReturnType<typeof basis>['executeTakeFirstOrThrow']>>;

function kurz(r: BasisZeile): BedarfKurz {
  return {
    id: r.id,
    kommuneId: r.kommune_id,
    kommuneName: r.kommune_name,
    titel: r.titel,
    beschreibung: r.beschreibung,
    handlungsfeld: r.handlungsfeld,
    dringlichkeit: r.dringlichkeit,
    status: r.status,
    quelle: r.quelle,
    erstelltAm: iso(r.erstellt_am),
    aktualisiertAm: iso(r.aktualisiert_am),
    statusGeaendertAm: iso(r.status_geaendert_am),
    alterTage: Number(r.alter_tage),
    anzahlVorschlaege: Number(r.anzahl_vorschlaege),
  };
}

const aelterAls = (tage: number) => sql<SqlBool>`b.erstellt_am < now() - (${tage}::int * interval '1 day')`;

export interface Filter {
  kommuneId?: string;
  status?: readonly BedarfStatus[];
  handlungsfeld?: string;
  aelterAlsTage?: number;
}

/** Sichtbarkeit (policy) plus fachliche Filter – dieselbe Bedingung für Seite und Gesamtzahl. */
export async function suche(db: Db, konto: Konto, f: Filter, seite: { reihenfolge: 'neueste' | 'aelteste'; limit: number; offset: number }) {
  let items = basis(db).where((eb) => sichtbar(eb, konto, 'b.kommune_id'));
  let zaehler = db.k.selectFrom('bedarf as b').select(sql<number>`count(*)::int`.as('n')).where((eb) => sichtbar(eb, konto, 'b.kommune_id'));
  if (f.kommuneId) {
    items = items.where('b.kommune_id', '=', f.kommuneId);
    zaehler = zaehler.where('b.kommune_id', '=', f.kommuneId);
  }
  if (f.status?.length) {
    items = items.where('b.status', 'in', f.status);
    zaehler = zaehler.where('b.status', 'in', f.status);
  }
  if (f.handlungsfeld) {
    items = items.where('b.handlungsfeld', '=', f.handlungsfeld);
    zaehler = zaehler.where('b.handlungsfeld', '=', f.handlungsfeld);
  }
  if (f.aelterAlsTage !== undefined) {
    items = items.where(aelterAls(f.aelterAlsTage));
    zaehler = zaehler.where(aelterAls(f.aelterAlsTage));
  }
  const richtung = seite.reihenfolge === 'neueste' ? 'desc' : 'asc';
  const [zeilen, total] = await Promise.all([
    items.orderBy('b.erstellt_am', richtung).orderBy('b.id', richtung).limit(seite.limit).offset(seite.offset).execute(),
    zaehler.executeTakeFirstOrThrow(),
  ]);
  return { items: zeilen.map(kurz), total: Number(total.n) };
}

/** Ein Bedarf mit Namen der Kommune und der erfassenden Person, wenn das Konto ihn sehen darf. */
export async function detailZeile(db: Db, konto: Konto, id: string) {
  const r = await basis(db)
    .leftJoin('konto as ersteller', 'ersteller.id', 'b.erstellt_von')
    .select('ersteller.name as ersteller_name')
    .where('b.id', '=', id)
    .where((eb) => sichtbar(eb, konto, 'b.kommune_id'))
    .executeTakeFirst();
  return r && { ...kurz(r), quelleRef: r.quelle_ref, erstelltVon: r.ersteller_name };
}

export async function historie(db: Db, id: string, kommuneId: string) {
  const rows = await db.k
    .selectFrom('bedarf_status_aenderung as h')
    .leftJoin('konto as k', 'k.id', 'h.konto_id')
    .select(['h.von', 'h.nach', 'h.kommentar', 'h.zeitpunkt', 'k.name as wer'])
    .where('h.bedarf_id', '=', id)
    .where('h.kommune_id', '=', kommuneId)
    .orderBy('h.zeitpunkt', 'asc')
    .orderBy('h.id', 'asc')
    .execute();
  return rows.map((h) => ({ von: h.von, nach: h.nach, kommentar: h.kommentar, wer: h.wer, zeitpunkt: iso(h.zeitpunkt) }));
}

export async function vorschlaege(db: Db, id: string, kommuneId: string) {
  const rows = await db.k
    .selectFrom('bedarf_vorschlag as v')
    .innerJoin('loesung as l', 'l.id', 'v.loesung_id')
    .leftJoin('konto as k', 'k.id', 'v.vorgeschlagen_von')
    .select(['v.loesung_id', 'l.titel', 'l.external_id', 'v.notiz', 'v.zeitpunkt', 'k.name as wer'])
    .where('v.bedarf_id', '=', id)
    .where('v.kommune_id', '=', kommuneId)
    .orderBy('v.zeitpunkt', 'asc')
    .orderBy('l.titel')
    .execute();
  return rows.map((v) => ({ loesungId: v.loesung_id, titel: v.titel, externalId: v.external_id, notiz: v.notiz, wer: v.wer, zeitpunkt: iso(v.zeitpunkt) }));
}

// ---- Schreiben (innerhalb der Transaktion des Use Cases) -----------------------------------------

export interface BedarfZeile {
  kommuneId: string;
  titel: string;
  beschreibung: string;
  handlungsfeld: string | null;
  dringlichkeit: Dringlichkeit;
  quelle: BedarfQuelle | null;
  quelleRef: string | null;
  suchbegriffe: Suchbegriff[] | null;
}

/** Fügt einen Bedarf (Status `neu`) mit erstem Verlaufseintrag ein. */
export async function fuegeBedarfEin(tx: Tx, kontoId: string | null, b: BedarfZeile): Promise<string> {
  const r = await tx
    .insertInto('bedarf')
    .values({
      kommune_id: b.kommuneId,
      titel: b.titel,
      beschreibung: b.beschreibung,
      handlungsfeld: b.handlungsfeld,
      dringlichkeit: b.dringlichkeit,
      quelle: b.quelle,
      quelle_ref: b.quelleRef,
      suchbegriffe: b.suchbegriffe ? JSON.stringify(b.suchbegriffe) : null,
      erstellt_von: kontoId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('bedarf_status_aenderung').values({ bedarf_id: r.id, kommune_id: b.kommuneId, von: null, nach: 'neu', kommentar: '', konto_id: kontoId }).execute();
  return r.id;
}

/** Sperrt die Zeile eines Bedarfs bis zum Ende der Transaktion. */
export async function sperreBedarf(tx: Tx, id: string) {
  return tx.selectFrom('bedarf').select(['id', 'kommune_id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function zaehleVorschlaege(tx: Tx, id: string) {
  const r = await tx.selectFrom('bedarf_vorschlag').select(sql<number>`count(*)::int`.as('n')).where('bedarf_id', '=', id).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Text und vorgeschlagene Lösungen eines Bedarfs (für die Lernsignale des Matchings, Entscheidung 0124). */
export async function textUndVorschlaege(tx: Tx, id: string): Promise<{ text: string; loesungIds: string[] }> {
  const b = await tx.selectFrom('bedarf').select(['titel', 'beschreibung']).where('id', '=', id).executeTakeFirstOrThrow();
  const v = await tx.selectFrom('bedarf_vorschlag').select('loesung_id').where('bedarf_id', '=', id).execute();
  return { text: `${b.titel}\n${b.beschreibung}`, loesungIds: v.map((x) => x.loesung_id) };
}

/** Schreibt einen Statuswechsel mit Verlaufseintrag. */
export async function schreibeStatus(tx: Tx, b: { id: string; kommune_id: string; status: BedarfStatus }, nach: BedarfStatus, kommentar: string, kontoId: string | null) {
  const jetzt = new Date();
  await tx.updateTable('bedarf').set({ status: nach, status_geaendert_am: jetzt, aktualisiert_am: jetzt }).where('id', '=', b.id).execute();
  await tx.insertInto('bedarf_status_aenderung').values({ bedarf_id: b.id, kommune_id: b.kommune_id, von: b.status, nach, kommentar, konto_id: kontoId, zeitpunkt: jetzt }).execute();
}

/** Ids der veröffentlichten Lösungen unter `ids`. */
export async function veroeffentlichteLoesungen(tx: Tx, ids: string[]): Promise<Set<string>> {
  const r = await tx.selectFrom('loesung').select('id').where('id', 'in', ids).where('status', '=', 'veroeffentlicht').execute();
  return new Set(r.map((g) => g.id));
}

export async function vorgeschlageneLoesungen(tx: Tx, id: string): Promise<Set<string>> {
  const r = await tx.selectFrom('bedarf_vorschlag').select('loesung_id').where('bedarf_id', '=', id).execute();
  return new Set(r.map((v) => v.loesung_id));
}

/** Speichert Vorschläge; derselbe Vorschlag zweimal ändert nur Notiz, Person und Zeitpunkt. */
export async function speichereVorschlaege(tx: Tx, b: { id: string; kommune_id: string }, loesungIds: string[], notiz: string, kontoId: string) {
  const jetzt = new Date();
  await tx
    .insertInto('bedarf_vorschlag')
    .values(loesungIds.map((loesung_id) => ({ bedarf_id: b.id, kommune_id: b.kommune_id, loesung_id, notiz, vorgeschlagen_von: kontoId, zeitpunkt: jetzt })))
    .onConflict((oc) => oc.columns(['bedarf_id', 'loesung_id']).doUpdateSet({ notiz, vorgeschlagen_von: kontoId, zeitpunkt: jetzt }))
    .execute();
  await tx.updateTable('bedarf').set({ aktualisiert_am: jetzt }).where('id', '=', b.id).execute();
}
