/**
 * SQL der Runden und Antwortsätze. Einzelzeilen erreichen diese Funktionen nur, nachdem die Zugriffsschicht die
 * Kommune der Runde geprüft hat (Routen mit `zeile: true`); Listen filtern mit `sichtbar()`.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import { sichtbar, type Konto } from '../../../core/authz/policy.ts';
import { groessenklasseArt, type KommuneTyp } from '../../kommunen/index.ts';
import type { Antworten } from '../frageboegen/fragebogen.schemas.ts';
import { ausJson } from '../frageboegen/frageboegen.repository.ts';
import type { Modus } from '../erhebungen.table.ts';
import type { RundeAntwort } from './runden.schemas.ts';

export { ausJson };
export const iso = (d: Date | string | null) => (d === null ? null : (d instanceof Date ? d : new Date(d)).toISOString());
export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
export const json = (v: unknown) => JSON.stringify(v);

// ---- Kommune: Art und Größenklasse -----------------------------------------------------------------

export interface KommuneInfo {
  id: string;
  name: string;
  art: 'gemeinde' | 'kreis' | null;
  groessenklasse: number | null;
}

export async function kommuneInfo(db: Db | Tx, id: string): Promise<KommuneInfo> {
  const k = 'k' in db ? db.k : db;
  const r = await k.selectFrom('kommune').select(['id', 'name', 'typ', 'groessenklasse']).where('id', '=', id).executeTakeFirstOrThrow();
  return { id: r.id, name: r.name, art: groessenklasseArt(r.typ as KommuneTyp), groessenklasse: r.groessenklasse };
}

// ---- Runden --------------------------------------------------------------------------------------

/** Kommune einer Runde (Zeilen-Auflöser der Zugriffsschicht). */
export async function kommuneVonRunde(db: Db, id: string): Promise<string | undefined> {
  const r = await db.k.selectFrom('erhebungsrunde').select('kommune_id').where('id', '=', id).executeTakeFirst();
  return r?.kommune_id;
}

function rundenBasis(db: Db) {
  return db.k
    .selectFrom('erhebungsrunde as r')
    .innerJoin('kommune as k', 'k.id', 'r.kommune_id')
    .innerJoin('fragebogen as f', (j) => j.onRef('f.id', '=', 'r.fragebogen_id').onRef('f.version', '=', 'r.version'))
    .select([
      'r.id',
      'r.kommune_id',
      'k.name as kommune_name',
      'r.fragebogen_id',
      'r.version',
      'f.titel',
      'r.modus',
      'r.status',
      'r.schliesst_am',
      'r.erstellt_am',
      'r.aktualisiert_am',
      'r.abgeschlossen_am',
      'r.ergebnis',
      sql<number>`(select count(*)::int from antwortsatz a where a.runde_id = r.id and a.eingereicht_am is not null)`.as('eingereicht'),
    ]);
}
export type RundenZeile = Awaited<ReturnType<ReturnType<typeof rundenBasis>['executeTakeFirstOrThrow']>>;

function gesamtAus(z: RundenZeile) {
  const e = ausJson<{ gesamt?: { score: number | null; stufe: { stufe: number; label: string } | null } } | null>(z.ergebnis);
  return e?.gesamt ?? null;
}

function dimensionenAus(z: RundenZeile) {
  const e = ausJson<{ dimensionen?: { id: string; titel: string; score: number | null }[] } | null>(z.ergebnis);
  return (e?.dimensionen ?? []).map((d) => ({ id: d.id, titel: d.titel, score: d.score }));
}

/** Eine Zeile in der Antwortform (ohne Antworten). */
export function rundeKurz(z: RundenZeile): Omit<RundeAntwort, 'antworten'> {
  return {
    id: z.id,
    kommuneId: z.kommune_id,
    kommuneName: z.kommune_name,
    fragebogen: { id: z.fragebogen_id, version: z.version, titel: z.titel },
    modus: z.modus,
    status: z.status,
    schliesstAm: iso(z.schliesst_am),
    erstelltAm: iso(z.erstellt_am)!,
    aktualisiertAm: iso(z.aktualisiert_am)!,
    abgeschlossenAm: iso(z.abgeschlossen_am),
    anzahlAntworten: Number(z.eingereicht),
    gesamt: gesamtAus(z),
    dimensionen: dimensionenAus(z),
  };
}

export async function rundeZeile(db: Db, id: string): Promise<RundenZeile | undefined> {
  return rundenBasis(db).where('r.id', '=', id).executeTakeFirst();
}

export async function rundenDerKommune(db: Db, konto: Konto, kommuneId: string): Promise<RundenZeile[]> {
  return rundenBasis(db)
    .where('r.kommune_id', '=', kommuneId)
    .where((eb) => sichtbar(eb, konto, 'r.kommune_id'))
    .orderBy('r.erstellt_am', 'asc')
    .orderBy('r.id')
    .execute();
}

/** Fragebogen und Version einer Runde. */
export async function rundenKopf(db: Db, id: string) {
  return db.k.selectFrom('erhebungsrunde').select(['fragebogen_id', 'version']).where('id', '=', id).executeTakeFirst();
}

export async function rundeEinfuegen(
  tx: Tx,
  w: { kommuneId: string; fragebogenId: string; version: number; modus: Modus; teamTokenHash: string | null; schliesstAm: string | null; kontoId: string },
): Promise<string> {
  const r = await tx
    .insertInto('erhebungsrunde')
    .values({
      kommune_id: w.kommuneId,
      fragebogen_id: w.fragebogenId,
      version: w.version,
      modus: w.modus,
      team_token_hash: w.teamTokenHash,
      schliesst_am: w.schliesstAm,
      erstellt_von: w.kontoId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Sperrt die Runde für die laufende Transaktion. */
export async function sperreRunde(tx: Tx, id: string) {
  return tx
    .selectFrom('erhebungsrunde')
    .select(['id', 'kommune_id', 'fragebogen_id', 'version', 'modus', 'status', 'schliesst_am'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function rundeAbschliessen(tx: Tx, id: string, jetzt: Date, ergebnis: unknown | null) {
  await tx
    .updateTable('erhebungsrunde')
    .set({ status: 'abgeschlossen', abgeschlossen_am: jetzt, aktualisiert_am: jetzt, ergebnis: ergebnis === null ? null : json(ergebnis) })
    .where('id', '=', id)
    .execute();
}

// ---- Antwortsätze ----------------------------------------------------------------------------------

/** Die Antworten des Einzelmodus (der eine Satz ohne Browser-Kennung). */
export async function antwortenEinzeln(db: Db | Tx, rundeId: string): Promise<Antworten> {
  const k = 'k' in db ? db.k : db;
  const a = await k.selectFrom('antwortsatz').select('antworten').where('runde_id', '=', rundeId).where('browser_kennung_hash', 'is', null).executeTakeFirst();
  return a ? ausJson<Antworten>(a.antworten) : {};
}

/** Ersetzt die Antworten des Einzelmodus; true, wenn der Satz neu angelegt wurde. */
export async function einzelSatzSpeichern(tx: Tx, kommuneId: string, rundeId: string, kontoId: string, antworten: Antworten, jetzt: Date): Promise<boolean> {
  const upd = await tx
    .updateTable('antwortsatz')
    .set({ antworten: json(antworten), konto_id: kontoId, aktualisiert_am: jetzt })
    .where('runde_id', '=', rundeId)
    .where('browser_kennung_hash', 'is', null)
    .executeTakeFirst();
  if (Number(upd.numUpdatedRows) > 0) return false;
  await tx.insertInto('antwortsatz').values({ kommune_id: kommuneId, runde_id: rundeId, konto_id: kontoId, antworten: json(antworten), aktualisiert_am: jetzt }).execute();
  return true;
}

export async function rundeBeruehrt(tx: Tx, id: string, jetzt: Date) {
  await tx.updateTable('erhebungsrunde').set({ aktualisiert_am: jetzt }).where('id', '=', id).execute();
}

export async function einzelSatzEinreichen(tx: Tx, rundeId: string, kontoId: string, jetzt: Date) {
  await tx.updateTable('antwortsatz').set({ eingereicht_am: jetzt, konto_id: kontoId }).where('runde_id', '=', rundeId).execute();
}

/** Alle abgeschickten Sätze einer Runde (Team-Modus), älteste zuerst. */
export async function eingereichteSaetze(k: Tx, rundeId: string): Promise<{ antworten: Antworten }[]> {
  const zeilen = await k.selectFrom('antwortsatz').select(['antworten']).where('runde_id', '=', rundeId).where('eingereicht_am', 'is not', null).orderBy('eingereicht_am').execute();
  return zeilen.map((z) => ({ antworten: ausJson<Antworten>(z.antworten) }));
}

/** Schreibt die Dimensionswerte einer abgeschlossenen Runde in die Vergleichstabelle (nur diese Runde ist „aktuell“). */
export async function schreibeScores(tx: Tx, k: KommuneInfo, rundeId: string, fragebogenId: string, scores: { dimension: string; score: number | null }[], jetzt: Date) {
  if (!k.art || !k.groessenklasse) return; // Länder haben keine Größenklasse und nehmen nicht am Vergleich teil.
  const werte = scores.filter((s): s is { dimension: string; score: number } => s.score !== null);
  if (!werte.length) return;
  await tx.updateTable('dimension_score').set({ aktuell: false }).where('kommune_id', '=', k.id).where('fragebogen_id', '=', fragebogenId).where('aktuell', '=', true).execute();
  await tx
    .insertInto('dimension_score')
    .values(werte.map((w) => ({ kommune_id: k.id, runde_id: rundeId, fragebogen_id: fragebogenId, dimension: w.dimension, score: w.score, art: k.art!, groessenklasse: k.groessenklasse!, aktuell: true, abgeschlossen_am: jetzt })))
    .execute();
}
