/**
 * Datenbankzugriffe und Anwendungsfälle der Erhebungen (Selbstchecks).
 *
 * Einzelzeilen erreichen diese Funktionen nur, nachdem die Zugriffsschicht die Kommune der Runde geprüft hat
 * (Routen mit `zeile: true`); Listen filtern mit `sichtbar()`. Änderungen laufen in einer Transaktion mit
 * `protokolliere()`. Anonyme Team-Antworten werden bewusst nicht protokolliert: Zeitstempel im Audit-Log
 * ließen sonst Rückschlüsse auf einzelne Beschäftigte zu.
 *
 * Die Auswertung selbst (Punkte, Stufen, Bereiche, Studiensätze) steht in erhebungen.service.ts; der veröffentlichte
 * Vergleichsstand in erhebungen.vergleich.ts.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../core/db/db.ts';
import { AppError, fehler } from '../../core/errors.ts';
import { protokolliere } from '../../core/audit.ts';
import { sichtbar, type Konto } from '../../core/authz/policy.ts';
import { groessenklasseArt, type KommuneTyp } from '../kommunen/index.ts';
import { findeLoesungen } from '../matching/index.ts';
import {
  K_MINDEST,
  bereicheMitMindestens,
  bewerte,
  medianBereich,
  positionIn,
  ladeFragebogen,
  ladeReferenzdaten,
  referenzFuer,
  schwaechsteDimensionen,
  schwaechsteItems,
  selbstbildVergleich,
  stufeFuer,
  studienvergleiche,
  teamAuswertung,
  verfuegbareFrageboegen,
  alleItems,
  type Bereich,
  type Ergebnis,
  type Position,
  type TeamErgebnis,
} from './erhebungen.service.ts';
import { sichtAufGruppe, vorreiterDerGruppe, vorreiterSchwelle, type Gruppe } from './erhebungen.vergleich.ts';
import { fragebogenSchema, type Antworten, type Fragebogen } from './fragebogen.schemas.ts';
import { bereinige, pruefeAntworten, type RundeAntwort } from './erhebungen.schemas.ts';
import type { Modus, Rollengruppe } from './erhebungen.table.ts';

// ---- Fehler ----------------------------------------------------------------------------------------

export const rundeNichtGefunden = () => new AppError(404, 'erhebung.nicht_gefunden', 'Die Erhebung wurde nicht gefunden.');
const fragebogenNichtGefunden = () => new AppError(404, 'fragebogen.nicht_gefunden', 'Der Fragebogen wurde nicht gefunden.');
const teamNichtGefunden = () => new AppError(404, 'erhebung.link_ungueltig', 'Dieser Link ist ungültig oder die Befragung existiert nicht mehr.');
const bereitsAbgeschlossen = () => fehler.konflikt('erhebung.bereits_abgeschlossen', 'Diese Erhebung ist bereits abgeschlossen. Starten Sie für eine neue Einschätzung eine neue Runde.');

const iso = (d: Date | string | null) => (d === null ? null : (d instanceof Date ? d : new Date(d)).toISOString());
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const json = (v: unknown) => JSON.stringify(v);
/** jsonb kommt von node-postgres und PGlite bereits als Objekt. */
const ausJson = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

// ---- Fragebögen ------------------------------------------------------------------------------------

const fbCache = new WeakMap<Db, Map<string, Fragebogen>>();

/**
 * Start-Aufgabe: legt jede mitgelieferte Fragebogen-Version in der Tabelle `fragebogen` ab. Eine vorhandene
 * Version wird nie überschrieben (gespeicherte Antworten verweisen darauf); weicht die Datei von der
 * gespeicherten Fassung ab, gibt es eine Warnung – Änderungen brauchen eine neue Version.
 */
export async function ladeFrageboegenInDb(db: Db, log: (m: string) => void = () => {}): Promise<number> {
  let neu = 0;
  for (const { id, version } of verfuegbareFrageboegen()) {
    const fb = ladeFragebogen(id, version);
    const r = await db.k
      .insertInto('fragebogen')
      .values({ id, version, titel: fb.titel, definition: json(fb) })
      .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (r) {
      neu++;
      continue;
    }
    const vorhanden = await db.k.selectFrom('fragebogen').select('definition').where('id', '=', id).where('version', '=', version).executeTakeFirstOrThrow();
    if (stabil(ausJson(vorhanden.definition)) !== stabil(fb)) {
      log(`Warnung: Fragebogen ${id} v${version} weicht von der gespeicherten Fassung ab; sie bleibt unverändert. Änderungen brauchen eine neue Version.`);
    }
  }
  if (neu) log(`Erhebungen: ${neu} Fragebogen-Version(en) geladen.`);
  return neu;
}

function stabil(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stabil).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stabil((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Eine Fragebogen-Version aus der Datenbank (ohne `version`: die neueste). */
export async function fragebogen(db: Db, id: string, version?: number): Promise<Fragebogen> {
  let v = version;
  if (v === undefined) {
    const r = await db.k.selectFrom('fragebogen').select((eb) => eb.fn.max('version').as('v')).where('id', '=', id).executeTakeFirst();
    if (!r?.v) throw fragebogenNichtGefunden();
    v = Number(r.v);
  }
  let cache = fbCache.get(db);
  if (!cache) fbCache.set(db, (cache = new Map()));
  const key = `${id}@${v}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = await db.k.selectFrom('fragebogen').select('definition').where('id', '=', id).where('version', '=', v).executeTakeFirst();
  if (!r) throw fragebogenNichtGefunden();
  const fb = fragebogenSchema.parse(ausJson(r.definition));
  cache.set(key, fb);
  return fb;
}

export async function listeFrageboegen(db: Db) {
  const zeilen = await db.k
    .selectFrom('fragebogen')
    .select(['id', 'version'])
    .distinctOn('id')
    .orderBy('id')
    .orderBy('version', 'desc')
    .execute();
  const items = [];
  for (const z of zeilen) {
    const fb = await fragebogen(db, z.id, z.version);
    items.push({
      id: fb.id,
      version: fb.version,
      titel: fb.titel,
      beschreibung: fb.beschreibung,
      quelle: fb.quelle,
      dimensionen: fb.dimensionen.map((d) => ({ id: d.id, titel: d.titel, beschreibung: d.beschreibung })),
      anzahlFragen: alleItems(fb).length,
    });
  }
  return { items, total: items.length };
}

// ---- Kommune: Art und Größenklasse -----------------------------------------------------------------

interface KommuneInfo {
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
type RundenZeile = Awaited<ReturnType<ReturnType<typeof rundenBasis>['executeTakeFirstOrThrow']>>;

function gesamtAus(z: RundenZeile) {
  const e = ausJson<{ gesamt?: { score: number | null; stufe: { stufe: number; label: string } | null } } | null>(z.ergebnis);
  return e?.gesamt ?? null;
}

function dimensionenAus(z: RundenZeile) {
  const e = ausJson<{ dimensionen?: { id: string; titel: string; score: number | null }[] } | null>(z.ergebnis);
  return (e?.dimensionen ?? []).map((d) => ({ id: d.id, titel: d.titel, score: d.score }));
}

function rundeKurz(z: RundenZeile): Omit<RundeAntwort, 'antworten'> {
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

async function ladeRunde(db: Db, id: string): Promise<RundenZeile> {
  const z = await rundenBasis(db).where('r.id', '=', id).executeTakeFirst();
  if (!z) throw rundeNichtGefunden();
  return z;
}

export async function rundenDerKommune(db: Db, konto: Konto, kommuneId: string) {
  const zeilen = await rundenBasis(db)
    .where('r.kommune_id', '=', kommuneId)
    .where((eb) => sichtbar(eb, konto, 'r.kommune_id'))
    .orderBy('r.erstellt_am', 'asc')
    .orderBy('r.id')
    .execute();
  return { items: zeilen.map(rundeKurz), total: zeilen.length };
}

export async function rundeDetail(db: Db, id: string): Promise<RundeAntwort> {
  const z = await ladeRunde(db, id);
  let antworten: Antworten = {};
  if (z.modus === 'einzeln') {
    const a = await db.k.selectFrom('antwortsatz').select('antworten').where('runde_id', '=', id).executeTakeFirst();
    antworten = a ? ausJson<Antworten>(a.antworten) : {};
  }
  return { ...rundeKurz(z), antworten };
}

export async function rundeAnlegen(
  db: Db,
  kontoId: string,
  kommuneId: string,
  eingabe: { fragebogenId: string; modus: Modus; schliesstAm?: string },
): Promise<{ id: string; teamToken: string | null }> {
  const fb = await fragebogen(db, eingabe.fragebogenId);
  const teamToken = eingabe.modus === 'team' ? crypto.randomBytes(32).toString('base64url') : null;
  return db.k.transaction().execute(async (tx) => {
    const r = await tx
      .insertInto('erhebungsrunde')
      .values({
        kommune_id: kommuneId,
        fragebogen_id: fb.id,
        version: fb.version,
        modus: eingabe.modus,
        team_token_hash: teamToken ? sha256(teamToken) : null,
        schliesst_am: eingabe.schliesstAm ?? null,
        erstellt_von: kontoId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await protokolliere(tx, {
      kommuneId,
      kontoId,
      aktion: eingabe.modus === 'team' ? 'erhebung.team_geoeffnet' : 'erhebung.gestartet',
      objektTyp: 'erhebungsrunde',
      objektId: r.id,
      details: { fragebogen: fb.id, version: fb.version, modus: eingabe.modus, schliesstAm: eingabe.schliesstAm ?? null },
    });
    return { id: r.id, teamToken };
  });
}

async function sperreRunde(tx: Tx, id: string) {
  const r = await tx
    .selectFrom('erhebungsrunde')
    .select(['id', 'kommune_id', 'fragebogen_id', 'version', 'modus', 'status', 'schliesst_am'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw rundeNichtGefunden();
  return r;
}

function pruefeOderWirf(fb: Fragebogen, antworten: Antworten): Antworten {
  const sauber = bereinige(antworten);
  const f = pruefeAntworten(fb, sauber);
  if (f.length) throw new AppError(400, 'erhebung.antwort_ungueltig', 'Einige Antworten passen nicht zum Fragebogen. Bitte prüfen Sie die markierten Fragen.', f);
  return sauber;
}

async function fragebogenDerRunde(db: Db, id: string): Promise<Fragebogen> {
  const kopf = await db.k.selectFrom('erhebungsrunde').select(['fragebogen_id', 'version']).where('id', '=', id).executeTakeFirst();
  if (!kopf) throw rundeNichtGefunden();
  return fragebogen(db, kopf.fragebogen_id, kopf.version);
}

/** Zwischenspeichern im Einzelmodus: ersetzt die gespeicherten Antworten der Runde. */
export async function antwortenSpeichern(db: Db, kontoId: string, id: string, antworten: Antworten) {
  const fb = await fragebogenDerRunde(db, id);
  const sauber = pruefeOderWirf(fb, antworten);
  return db.k.transaction().execute(async (tx) => {
    const r = await sperreRunde(tx, id);
    if (r.modus === 'team') throw fehler.konflikt('erhebung.team_modus', 'In einer Team-Runde antworten Beschäftigte über den anonymen Link.');
    if (r.status === 'abgeschlossen') throw bereitsAbgeschlossen();
    const jetzt = new Date();
    const upd = await tx
      .updateTable('antwortsatz')
      .set({ antworten: json(sauber), konto_id: kontoId, aktualisiert_am: jetzt })
      .where('runde_id', '=', id)
      .where('browser_kennung_hash', 'is', null)
      .executeTakeFirst();
    if (Number(upd.numUpdatedRows) === 0) {
      await tx.insertInto('antwortsatz').values({ kommune_id: r.kommune_id, runde_id: id, konto_id: kontoId, antworten: json(sauber), aktualisiert_am: jetzt }).execute();
      // Nur das erste Speichern wird protokolliert (das automatische Zwischenspeichern würde das Log fluten).
      await protokolliere(tx, { kommuneId: r.kommune_id, kontoId, aktion: 'erhebung.bearbeitet', objektTyp: 'erhebungsrunde', objektId: id });
    }
    await tx.updateTable('erhebungsrunde').set({ aktualisiert_am: jetzt }).where('id', '=', id).execute();
    const ergebnis = bewerte(fb, sauber);
    return { gespeichertAm: jetzt.toISOString(), beantwortet: Object.keys(sauber).length, anzahlFragen: alleItems(fb).length, gesamt: ergebnis.gesamt };
  });
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

/** Einzelmodus: einmal abschicken. Berechnet das Ergebnis, legt es in der Runde ab und nimmt es in den Vergleich auf. */
export async function abschliessen(db: Db, kontoId: string, id: string) {
  // Fragebogen vor der Transaktion laden: PGlite hat nur eine Verbindung (db.k in der Transaktion würde warten).
  const fb = await fragebogenDerRunde(db, id);
  return db.k.transaction().execute(async (tx) => {
    const r = await sperreRunde(tx, id);
    if (r.modus === 'team') throw fehler.konflikt('erhebung.team_modus', 'Eine Team-Runde schließt ein Kommune-Admin über „Team-Befragung beenden“.');
    if (r.status === 'abgeschlossen') throw bereitsAbgeschlossen();
    const a = await tx.selectFrom('antwortsatz').select('antworten').where('runde_id', '=', id).executeTakeFirst();
    const antworten = a ? ausJson<Antworten>(a.antworten) : {};
    const ergebnis = bewerte(fb, antworten);
    const fehlend = ergebnis.dimensionen.filter((d) => d.score === null);
    if (fehlend.length) {
      throw fehler.unverarbeitbar(
        'erhebung.unvollstaendig',
        'Für einige Bereiche fehlen noch Antworten. Bitte beantworten Sie mindestens die Hälfte der Fragen je Bereich.',
        fehlend.map((d) => ({ dimension: d.id, titel: d.titel, beantwortet: d.beantwortet, anzahl: d.anzahl })),
      );
    }
    const jetzt = new Date();
    await tx.updateTable('antwortsatz').set({ eingereicht_am: jetzt, konto_id: kontoId }).where('runde_id', '=', id).execute();
    await tx.updateTable('erhebungsrunde').set({ status: 'abgeschlossen', abgeschlossen_am: jetzt, aktualisiert_am: jetzt, ergebnis: json(ergebnis) }).where('id', '=', id).execute();
    await schreibeScores(tx, await kommuneInfo(tx, r.kommune_id), id, fb.id, ergebnis.dimensionen.map((d) => ({ dimension: d.id, score: d.score })), jetzt);
    await protokolliere(tx, { kommuneId: r.kommune_id, kontoId, aktion: 'erhebung.abgeschlossen', objektTyp: 'erhebungsrunde', objektId: id, details: { gesamt: ergebnis.gesamt.score } });
    return { id, status: 'abgeschlossen' as const, ergebnis };
  });
}

/** Team-Modus: ein Admin beendet die Befragung vorzeitig. Mit mindestens 5 Antworten zählen die Mittelwerte im Vergleich. */
export async function teamSchliessen(db: Db, kontoId: string, id: string) {
  const fb = await fragebogenDerRunde(db, id);
  return db.k.transaction().execute(async (tx) => {
    const r = await sperreRunde(tx, id);
    if (r.modus !== 'team') throw fehler.konflikt('erhebung.kein_team_modus', 'Diese Runde ist keine Team-Befragung.');
    if (r.status === 'abgeschlossen') throw bereitsAbgeschlossen();
    const saetze = await eingereichteSaetze(tx, id);
    const team = teamAuswertung(fb, saetze);
    const jetzt = new Date();
    const ergebnis = team.freigegeben ? teamErgebnisKurz(fb, team) : null;
    await tx.updateTable('erhebungsrunde').set({ status: 'abgeschlossen', abgeschlossen_am: jetzt, aktualisiert_am: jetzt, ergebnis: ergebnis ? json(ergebnis) : null }).where('id', '=', id).execute();
    if (ergebnis) await schreibeScores(tx, await kommuneInfo(tx, r.kommune_id), id, fb.id, ergebnis.dimensionen.map((d) => ({ dimension: d.id, score: d.score })), jetzt);
    await protokolliere(tx, { kommuneId: r.kommune_id, kontoId, aktion: 'erhebung.team_beendet', objektTyp: 'erhebungsrunde', objektId: id, details: { antworten: saetze.length } });
    return { id, status: 'abgeschlossen' as const, anzahlAntworten: saetze.length };
  });
}

async function eingereichteSaetze(k: Tx, rundeId: string) {
  const zeilen = await k.selectFrom('antwortsatz').select(['antworten']).where('runde_id', '=', rundeId).where('eingereicht_am', 'is not', null).orderBy('eingereicht_am').execute();
  return zeilen.map((z) => ({ antworten: ausJson<Antworten>(z.antworten) }));
}

/** Team-Ergebnis in der Form des Einzel-Ergebnisses (Mittelwert je Dimension als Score). */
function teamErgebnisKurz(fb: Fragebogen, team: Extract<TeamErgebnis, { freigegeben: true }>): Ergebnis {
  const dimensionen = team.dimensionen.map((d) => {
    const score = d.mittelwert;
    return { id: d.id, titel: d.titel, score, stufe: stufeFuer(fb.stufen, score), beantwortet: d.anzahl, anzahl: team.anzahl, weissNicht: 0 };
  });
  const mitWert = dimensionen.filter((d) => d.score !== null);
  const summeG = fb.dimensionen.reduce((s, d, i) => s + (dimensionen[i].score === null ? 0 : (d.gewicht ?? 1)), 0);
  const gesamt = mitWert.length === dimensionen.length && summeG > 0
    ? Math.round((fb.dimensionen.reduce((s, d, i) => s + (dimensionen[i].score ?? 0) * (d.gewicht ?? 1), 0) / summeG) * 10) / 10
    : null;
  return { fragebogen: { id: fb.id, version: fb.version }, dimensionen, gesamt: { score: gesamt, stufe: stufeFuer(fb.stufen, gesamt) }, beantwortet: team.anzahl, anzahl: team.anzahl };
}

// ---- Team-Modus: anonymer Link -------------------------------------------------------------------

async function teamRundeZumToken(db: Db | Tx, token: string, sperren = false) {
  const k = 'k' in db ? db.k : db;
  let q = k
    .selectFrom('erhebungsrunde as r')
    .innerJoin('kommune as ko', 'ko.id', 'r.kommune_id')
    .select(['r.id', 'r.kommune_id', 'ko.name as kommune_name', 'r.fragebogen_id', 'r.version', 'r.status', 'r.schliesst_am'])
    .where('r.team_token_hash', '=', sha256(token))
    .where('r.modus', '=', 'team');
  if (sperren) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) throw teamNichtGefunden();
  return r;
}

const nimmtAn = (r: { status: string; schliesst_am: Date | null }) => r.status === 'offen' && (!r.schliesst_am || new Date(r.schliesst_am).getTime() > Date.now());
const browserHash = (kennung: string, rundeId: string) => sha256(`${kennung}:${rundeId}`);

export async function teamAnsicht(db: Db, token: string, browserKennung: string | undefined) {
  const r = await teamRundeZumToken(db, token);
  const fb = await fragebogen(db, r.fragebogen_id, r.version);
  const eigen = browserKennung
    ? await db.k.selectFrom('antwortsatz').select(['antworten', 'eingereicht_am']).where('runde_id', '=', r.id).where('browser_kennung_hash', '=', browserHash(browserKennung, r.id)).executeTakeFirst()
    : undefined;
  return {
    kommuneName: r.kommune_name,
    schliesstAm: iso(r.schliesst_am),
    nimmtAntwortenAn: nimmtAn(r),
    fragebogen: fb,
    antworten: eigen ? ausJson<Antworten>(eigen.antworten) : {},
    abgeschickt: !!eigen?.eingereicht_am,
  };
}

function rollengruppe(fb: Fragebogen, antworten: Antworten): Rollengruppe | null {
  const a = fb.rollenItem ? antworten[fb.rollenItem] : undefined;
  if (typeof a !== 'string') return null;
  if (a.startsWith('fuehrung')) return 'fuehrung';
  if (a.startsWith('beschaeftigt')) return 'beschaeftigte';
  return null;
}

/** Speichert (und auf Wunsch schickt ab) die Antworten eines Browsers. Ein Satz je Browser und Runde. */
export async function teamSpeichern(db: Db, token: string, browserKennung: string, antworten: Antworten | undefined, abschicken: boolean) {
  const kopf = await teamRundeZumToken(db, token);
  const fb = await fragebogen(db, kopf.fragebogen_id, kopf.version);
  const sauber = antworten === undefined ? undefined : pruefeOderWirf(fb, antworten);
  return db.k.transaction().execute(async (tx) => {
    const r = await teamRundeZumToken(tx, token, true);
    if (!nimmtAn(r)) throw fehler.konflikt('erhebung.geschlossen', 'Diese Befragung ist beendet; Antworten sind nicht mehr möglich.');
    const hash = browserHash(browserKennung, r.id);
    const vorhanden = await tx.selectFrom('antwortsatz').select(['id', 'antworten', 'eingereicht_am']).where('runde_id', '=', r.id).where('browser_kennung_hash', '=', hash).executeTakeFirst();
    if (vorhanden?.eingereicht_am) throw fehler.konflikt('erhebung.bereits_abgeschickt', 'Von diesem Browser wurde bereits eine Antwort abgeschickt. Je Person ist eine Antwort möglich.');
    const stand = sauber ?? (vorhanden ? ausJson<Antworten>(vorhanden.antworten) : {});
    if (abschicken && Object.keys(stand).length === 0) throw fehler.unverarbeitbar('erhebung.leer', 'Bitte beantworten Sie mindestens eine Frage.');
    const jetzt = new Date();
    const werte = { antworten: json(stand), rollengruppe: rollengruppe(fb, stand), aktualisiert_am: jetzt, eingereicht_am: abschicken ? jetzt : null };
    if (vorhanden) await tx.updateTable('antwortsatz').set(werte).where('id', '=', vorhanden.id).execute();
    else await tx.insertInto('antwortsatz').values({ ...werte, kommune_id: r.kommune_id, runde_id: r.id, browser_kennung_hash: hash }).execute();
    return { gespeichertAm: jetzt.toISOString(), abgeschickt: abschicken };
  });
}

// ---- Ergebnis ------------------------------------------------------------------------------------

async function antwortenEinzeln(db: Db, rundeId: string): Promise<Antworten> {
  const a = await db.k.selectFrom('antwortsatz').select('antworten').where('runde_id', '=', rundeId).where('browser_kennung_hash', 'is', null).executeTakeFirst();
  return a ? ausJson<Antworten>(a.antworten) : {};
}

const ROLLEN_LABEL: Record<Rollengruppe, string> = { fuehrung: 'Führungskräfte', beschaeftigte: 'Beschäftigte' };

/**
 * Ergebnis einer Runde. Einzelmodus: gespeichertes Ergebnis (abgeschlossen) oder eine vorläufige Auswertung
 * der bisherigen Antworten. Team-Modus: erst, wenn die Befragung beendet ist (Admin oder Abschlusstermin) und
 * mindestens 5 Antworten hat – Zwischenstände verrieten durch Vergleich (n gegen n + 1) die neue Antwort.
 * Dann Mittelwert und Verteilung in Bereichen mit je mindestens 5 Personen und – nur wenn keine Zelle der
 * Rollenaufteilung 1 bis 4 Personen hat – Mittelwerte je Rollengruppe (Entscheidung 0043).
 */
export async function ergebnis(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  const kopf = { rundeId: z.id, modus: z.modus, status: z.status, fragebogen: { id: fb.id, version: fb.version, titel: fb.titel }, stufen: fb.stufen };
  if (z.modus === 'einzeln') {
    const antworten = await antwortenEinzeln(db, id);
    const e: Ergebnis = z.ergebnis ? ausJson<Ergebnis>(z.ergebnis) : bewerte(fb, antworten);
    return {
      ...kopf,
      vorlaeufig: z.status !== 'abgeschlossen',
      anzahlAntworten: z.status === 'abgeschlossen' ? 1 : 0,
      dimensionen: e.dimensionen.map((d) => ({ ...d, verteilung: [] as Bereich[], rollen: [], differenzFuehrungBeschaeftigte: null })),
      gesamt: e.gesamt,
      selbstbild: selbstbildVergleich(fb, antworten, e),
    };
  }
  const saetze = await eingereichteSaetze(db.k, id);
  if (nimmtAn(z)) throw teamLaeuft(saetze.length, z.schliesst_am);
  const team = teamAuswertung(fb, saetze);
  if (!team.freigegeben) {
    throw fehler.unverarbeitbar(
      'erhebung.zu_wenige_antworten',
      `Ergebnisse erscheinen erst ab ${team.k} Antworten, damit niemand erkennbar ist. Es haben ${team.anzahl} Personen geantwortet.`,
      [{ anzahl: team.anzahl, mindestens: team.k }],
    );
  }
  const kurz = teamErgebnisKurz(fb, team);
  return {
    ...kopf,
    vorlaeufig: false,
    anzahlAntworten: team.anzahl,
    dimensionen: kurz.dimensionen.map((d, i) => {
      const t = team.dimensionen[i];
      const rollen = t.rollen.map((r) => {
        const gruppe: Rollengruppe | null = r.rolle.startsWith('fuehrung') ? 'fuehrung' : r.rolle.startsWith('beschaeftigt') ? 'beschaeftigte' : null;
        return { rolle: gruppe ?? r.rolle, label: gruppe ? ROLLEN_LABEL[gruppe] : r.label, anzahl: r.anzahl, mittelwert: r.mittelwert };
      });
      const f = rollen.find((r) => r.rolle === 'fuehrung');
      const b = rollen.find((r) => r.rolle === 'beschaeftigte');
      return { ...d, verteilung: t.verteilung, rollen, differenzFuehrungBeschaeftigte: f && b ? Math.round((f.mittelwert - b.mittelwert) * 10) / 10 : null };
    }),
    gesamt: kurz.gesamt,
    selbstbild: [],
  };
}

const teamLaeuft = (anzahl: number, schliesstAm: Date | null) =>
  fehler.unverarbeitbar(
    'erhebung.team_laeuft',
    `Die Befragung läuft noch. Ergebnisse erscheinen, wenn sie beendet ist und mindestens ${K_MINDEST} Antworten hat – so lässt sich aus Zwischenständen keine einzelne Antwort herausrechnen. Bisher: ${anzahl}.`,
    [{ anzahl, mindestens: K_MINDEST, schliesstAm: iso(schliesstAm) }],
  );

/** Dimensionswerte einer Runde (für Vergleich, Lücken, PDF); null = noch keine Auswertung möglich. */
async function scoresDerRunde(db: Db, z: RundenZeile, fb: Fragebogen): Promise<{ ergebnis: Ergebnis; antworten: Antworten } | null> {
  if (z.modus === 'einzeln') {
    const antworten = await antwortenEinzeln(db, z.id);
    return { ergebnis: z.ergebnis ? ausJson<Ergebnis>(z.ergebnis) : bewerte(fb, antworten), antworten };
  }
  if (nimmtAn(z)) return null; // Team-Runde läuft noch: keine Zwischenstände
  const saetze = await eingereichteSaetze(db.k, z.id);
  const team = teamAuswertung(fb, saetze);
  return team.freigegeben ? { ergebnis: teamErgebnisKurz(fb, team), antworten: {} } : null;
}

/** Die Werte der Runde stehen fest: Einzelrunde abgeschlossen, Team-Befragung beendet oder abgelaufen. */
const endgueltig = (z: RundenZeile) => (z.modus === 'einzeln' ? z.status === 'abgeschlossen' : !nimmtAn(z));

// ---- Vergleich mit Kommunen gleicher Größenklasse -------------------------------------------------

export interface PeerDimension {
  id: string;
  titel: string;
  /** Eigener Wert – nur für eine abgeschlossene Runde (offene Runden werden nicht verglichen). */
  score: number | null;
  /** false: weniger als 5 andere Kommunen beim letzten Lauf – nichts wird gezeigt. */
  verfuegbar: boolean;
  anzahlKommunen: number | null;
  /** Veröffentlichte Bereiche (Vielfache von 10, lückenlos 0–100), je mindestens 5 andere Kommunen. */
  bereiche: Bereich[];
  /** Bereich, in dem die mittlere Kommune liegt. */
  medianBereich: { von: number; bis: number } | null;
  /** Eigene Position zwischen den Bereichen (nur eigener Wert + Bereiche). */
  position: Position | null;
  vorreiter: string[];
}

/**
 * Vergleich einer Runde mit anderen Kommunen derselben Art und Größenklasse – aus dem veröffentlichten Stand des
 * letzten geplanten Laufs (erhebungen.vergleich.ts), ohne die eigene Kommune. Was über andere gesagt wird, hängt
 * weder von den eigenen Antworten noch von Runden ab, die seit dem Lauf abgeschlossen wurden (Entscheidung 0042).
 */
export async function vergleich(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  const k = await kommuneInfo(db, z.kommune_id);
  if (!k.art || !k.groessenklasse) {
    throw fehler.unverarbeitbar('erhebung.keine_groessenklasse', 'Für diese Kommune ist keine Größenklasse bekannt; ein Vergleich ist nicht möglich.');
  }
  const fest = endgueltig(z);
  const basis = await scoresDerRunde(db, z, fb);
  const eigen = new Map(fest && basis ? basis.ergebnis.dimensionen.map((d) => [d.id, d.score]) : []);
  const gruppe: Gruppe = { kommuneId: k.id, fragebogenId: fb.id, version: fb.version, art: k.art, groessenklasse: k.groessenklasse };
  const [sicht, vorreiter, lauf] = [await sichtAufGruppe(db, gruppe), await vorreiterDerGruppe(db, gruppe), await db.k.selectFrom('vergleich_lauf').select('berechnet_am').executeTakeFirst()];

  const dimensionen: PeerDimension[] = fb.dimensionen.map((d) => {
    const score = eigen.get(d.id) ?? null;
    const bereiche = bereicheMitMindestens(sicht.get(d.id) ?? [], K_MINDEST);
    const frei = bereiche.length > 0;
    return {
      id: d.id,
      titel: d.titel,
      score,
      verfuegbar: frei,
      anzahlKommunen: frei ? bereiche.reduce((s, b) => s + b.anzahl, 0) : null,
      bereiche,
      medianBereich: frei ? medianBereich(bereiche) : null,
      position: frei ? positionIn(bereiche, score) : null,
      // Namen nur, wenn mindestens 5 andere Kommunen hinter dem Vergleich stehen.
      vorreiter: frei ? (vorreiter.get(d.id) ?? []).slice(0, 5).map((v) => v.name) : [],
    };
  });

  return {
    rundeId: z.id,
    fragebogen: { id: fb.id, version: fb.version, titel: fb.titel },
    gruppe: { art: k.art, groessenklasse: k.groessenklasse },
    kMindest: K_MINDEST,
    eigeneRundeAbgeschlossen: fest,
    stand: { berechnetAm: lauf ? iso(lauf.berechnet_am) : null },
    dimensionen,
    // Auch die Studienwerte erst für eine abgeschlossene Runde: die Antwort hängt dann nicht von Zwischenständen ab.
    studie: fest && basis && fb.referenzdaten ? studie(fb, basis.antworten, fb.referenzdaten, k.art, k.groessenklasse) : null,
  };
}

/** Studienwerte „Digitale Kommune“ zu den Antworten: Sätze je Frage und Werte für das Balkendiagramm. */
function studie(fb: Fragebogen, antworten: Antworten, name: string, art: 'gemeinde' | 'kreis', klasse: number) {
  const daten = ladeReferenzdaten(name);
  const items = new Map(alleItems(fb).map((i) => [i.id, i]));
  const saetze = studienvergleiche(fb, antworten, daten, art, klasse).map((s) => ({ itemId: s.itemId, frage: items.get(s.itemId)?.text ?? s.itemId, satz: s.satz }));
  const werte: { itemId: string; frage: string; merkmal: string; auspraegung: string; prozent: number; ebene: 'groessenklasse' | 'gesamt'; ihreAntwort: string }[] = [];
  for (const item of alleItems(fb)) {
    const a = antworten[item.id];
    const gewaehlt = typeof a === 'string' ? [a] : Array.isArray(a) ? a : [];
    for (const o of item.optionen ?? []) {
      if (!o.referenz || !gewaehlt.includes(o.wert) || !o.referenz.auspraegung) continue;
      const t = referenzFuer(daten, art, klasse, o.referenz.merkmal, o.referenz.auspraegung);
      const m = t?.merkmale[0];
      if (t && m) werte.push({ itemId: item.id, frage: item.text, merkmal: m.merkmal, auspraegung: m.auspraegung, prozent: m.prozent, ebene: t.ebene, ihreAntwort: o.label });
    }
  }
  const g = daten.gruppen.find((x) => x.art === art && x.groessenklasse === klasse);
  return {
    quelle: { titel: daten.quelle.titel, herausgeber: daten.quelle.herausgeber, jahr: daten.quelle.jahr, url: daten.quelle.weitereInformationen ?? null },
    gruppe: g ? { art, groessenklasse: klasse, label: g.label, n: g.n } : null,
    saetze,
    werte,
  };
}

// ---- Referenzdaten -------------------------------------------------------------------------------

/** Studienwerte in der Form aus Issue 4: {quelle, gruppen: [{art, groessenklasse, n, merkmale}], gesamt: {merkmale}}. */
export function referenzDigitaleKommune() {
  const d = ladeReferenzdaten('digitale-kommune-2019');
  const m = (x: { bereich: string; merkmal: string; auspraegung: string; prozent: number }) => ({ bereich: x.bereich, merkmal: x.merkmal, auspraegung: x.auspraegung, prozent: x.prozent });
  return {
    quelle: { ...d.quelle, version: d.version },
    gruppen: d.gruppen.map((g) => ({ art: g.art, groessenklasse: g.groessenklasse, n: g.n, merkmale: g.merkmale.map(m) })),
    gesamt: { merkmale: d.gesamt.merkmale.map(m) },
  };
}

// ---- Vorreiter -----------------------------------------------------------------------------------

export async function vorreiterSetzen(db: Db, kontoId: string, kommuneId: string, fragebogenId: string, dimensionen: string[]) {
  const fb = await fragebogen(db, fragebogenId);
  const bekannt = new Set(fb.dimensionen.map((d) => d.id));
  const unbekannt = dimensionen.filter((d) => !bekannt.has(d));
  if (unbekannt.length) {
    throw fehler.validierung(unbekannt.map((d) => ({ ort: 'body', pfad: '/dimensionen', meldung: `Unbekannte Dimension: ${d}` })));
  }
  const liste = [...new Set(dimensionen)];
  await db.k.transaction().execute(async (tx) => {
    await tx.deleteFrom('vorreiter_optin').where('kommune_id', '=', kommuneId).where('fragebogen_id', '=', fb.id).execute();
    if (liste.length) await tx.insertInto('vorreiter_optin').values(liste.map((d) => ({ kommune_id: kommuneId, fragebogen_id: fb.id, dimension: d }))).execute();
    await protokolliere(tx, { kommuneId, kontoId, aktion: 'erhebung.vorreiter_geaendert', objektTyp: 'vorreiter_optin', objektId: fb.id, details: { dimensionen: liste } });
  });
  return { fragebogenId: fb.id, dimensionen: liste };
}

export async function vorreiterLesen(db: Db, kommuneId: string) {
  const z = await db.k.selectFrom('vorreiter_optin').select(['fragebogen_id', 'dimension']).where('kommune_id', '=', kommuneId).orderBy('fragebogen_id').orderBy('dimension').execute();
  const items: Record<string, string[]> = {};
  for (const r of z) (items[r.fragebogen_id] ??= []).push(r.dimension);
  return { items };
}

// ---- Lücken → Bedarfe → Lösungen -----------------------------------------------------------------

/**
 * Zuordnung der Dimensionen zu Handlungsfeldern des Lösungskatalogs und Suchbegriffe für die Suche ohne
 * Matching-Modul. Die Lernende Organisation betrifft das Verwaltungshandeln.
 */
const DIMENSION_SUCHE: Record<string, { handlungsfeld: string; begriffe: string[] }> = {
  motivation: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Ideenmanagement', 'Vorschlagswesen', 'Anerkennung', 'Beteiligung der Beschäftigten'] },
  fuehrung: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Führung', 'Führungskräfte', 'Kulturwandel'] },
  kompetenz: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Wissensmanagement', 'Fortbildung', 'Qualifizierung', 'Wissenstransfer'] },
  fehlerkultur: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Experimentierraum', 'Innovationslabor', 'Fehlerkultur', 'Pilotprojekt'] },
  rahmen: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Innovationsmanagement', 'agile Verwaltung', 'Freiraum'] },
  lernerfolg: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Evaluation', 'Wirkungsmessung', 'Prozessoptimierung', 'Lessons Learned'] },
  strategie: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Digitalisierungsstrategie', 'Digitalstrategie', 'Smart-City-Strategie'] },
  binnen: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['E-Akte', 'Dokumentenmanagement', 'Onlinezugang', 'OZG', 'Bürgerportal', 'Open Data'] },
  aussen: { handlungsfeld: 'Digitale Infrastruktur', begriffe: ['Breitband', 'WLAN', 'Glasfaser', 'Bürgerbeteiligung', 'digitale Teilhabe'] },
};

interface LoesungTreffer {
  id: string;
  titel: string;
  zusammenfassung: string;
  herkunft: string | null;
  /** Genutzt von Kommunen gleicher Größenklasse, die in dieser Dimension weiter sind (und als Vorreiter genannt werden wollen). */
  vonKommunenWieIhrer: boolean;
}

async function sucheLoesungen(db: Db, text: string, suche: { handlungsfeld: string } | undefined, kommuneId: string): Promise<string[]> {
  return (await findeLoesungen(db, { text, handlungsfeld: suche?.handlungsfeld ?? null, kommune: kommuneId, limit: 8 })).map((t) => t.id);
}

/** Die 2–3 schwächsten Dimensionen mit ihren schwächsten Fragen, je einem Bedarfsentwurf und passenden Lösungen. */
export async function luecken(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  const k = await kommuneInfo(db, z.kommune_id);
  if (z.modus === 'team' && nimmtAn(z)) throw teamLaeuft(Number(z.eingereicht), z.schliesst_am);
  const basis = await scoresDerRunde(db, z, fb);
  if (!basis) {
    throw fehler.unverarbeitbar('erhebung.zu_wenige_antworten', `Lücken lassen sich erst ab ${K_MINDEST} Antworten zeigen.`, [{ mindestens: K_MINDEST }]);
  }
  const vorreiterIds = await vorreiterFuerLoesungen(db, k, fb);
  const anzahl = fb.dimensionen.length > 3 ? 3 : 2;
  const schwach = schwaechsteDimensionen(basis.ergebnis, anzahl);
  const items = schwaechsteItems(fb, basis.antworten, 1000);
  const bestehend = await db.k
    .selectFrom('bedarf')
    .select(['id', 'quelle_ref'])
    .where('kommune_id', '=', z.kommune_id)
    .where('quelle', '=', 'erhebung')
    .where('quelle_ref', 'in', schwach.length ? schwach.map((d) => `${z.id}:${d.id}`) : [''])
    .execute();

  const ergebnisse = [];
  for (const d of schwach) {
    const dim = fb.dimensionen.find((x) => x.id === d.id)!;
    const fragen = items.filter((i) => i.dimension === d.id).slice(0, 2);
    const suche = DIMENSION_SUCHE[d.id];
    const beschreibung = [
      `Im Selbstcheck „${fb.titel}“ erreicht unsere Kommune im Bereich „${dim.titel}“ ${format(d.score)} von 100 Punkten (Stufe ${d.stufe?.stufe ?? '–'}: ${d.stufe?.label ?? '–'}).`,
      fragen.length ? `Besonders schwach bewertet:\n${fragen.map((f) => `– ${f.text}`).join('\n')}` : '',
      `Wir suchen erprobte Ansätze anderer Kommunen, um hier weiterzukommen. ${dim.beschreibung}`,
    ].filter(Boolean).join('\n\n');
    const ids = await sucheLoesungen(db, `${dim.titel}\n${dim.beschreibung}\n${fragen.map((f) => f.text).join('\n')}\n${suche?.begriffe.join(' ') ?? ''}`, suche, z.kommune_id);
    // Vorreiter zählen nur, wenn die eigene Kommune hier unter Stufe 4 liegt: dann sind sie sicher „weiter“, ohne
    // dass ihr genauer Wert mit dem eigenen (in einer offenen Runde beliebig veränderbaren) Wert verglichen wird.
    const weiterIds = d.score !== null && d.score < vorreiterSchwelle(fb.stufen) ? (vorreiterIds.get(d.id) ?? []) : [];
    const loesungen = await bewerteLoesungen(db, ids, weiterIds);
    ergebnisse.push({
      dimension: { id: d.id, titel: d.titel, score: d.score, stufe: d.stufe },
      fragen: fragen.map((f) => ({ itemId: f.itemId, text: f.text, punkte: f.punkte })),
      bedarfEntwurf: {
        kommuneId: z.kommune_id,
        titel: `${dim.titel}: nächste Schritte`.slice(0, 200),
        beschreibung: beschreibung.slice(0, 10_000),
        handlungsfeld: suche?.handlungsfeld ?? null,
        dringlichkeit: (d.score ?? 0) < 40 ? 'hoch' : (d.score ?? 0) < 60 ? 'mittel' : 'niedrig',
        quelle: 'erhebung' as const,
        quelleRef: `${z.id}:${d.id}`,
      },
      bedarfId: bestehend.find((b) => b.quelle_ref === `${z.id}:${d.id}`)?.id ?? null,
      loesungen,
      hinweis: loesungen.some((l) => l.vonKommunenWieIhrer) ? 'Kommunen wie Ihre, die hier weiter sind, nutzen …' : null,
    });
  }
  return { rundeId: z.id, fragebogen: { id: fb.id, version: fb.version, titel: fb.titel }, luecken: ergebnisse };
}

const format = (x: number | null) => (x === null ? '–' : new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(x));

/**
 * Vorreiter der Vergleichsgruppe je Dimension (veröffentlichter Stand, Einwilligung, ohne die eigene Kommune) –
 * nur für Dimensionen, in denen mindestens 5 andere Kommunen hinter dem Vergleich stehen (wie in /vergleich).
 */
async function vorreiterFuerLoesungen(db: Db, k: KommuneInfo, fb: Fragebogen): Promise<Map<string, string[]>> {
  if (!k.art || !k.groessenklasse) return new Map();
  const gruppe: Gruppe = { kommuneId: k.id, fragebogenId: fb.id, version: fb.version, art: k.art, groessenklasse: k.groessenklasse };
  const sicht = await sichtAufGruppe(db, gruppe);
  const vorreiter = await vorreiterDerGruppe(db, gruppe);
  return new Map(
    [...vorreiter].flatMap(([dim, liste]) => (bereicheMitMindestens(sicht.get(dim) ?? [], K_MINDEST).length ? [[dim, liste.map((v) => v.id)] as [string, string[]]] : [])),
  );
}

/**
 * Lösungen zu den Treffern, bevorzugt die, die Vorreiter der Vergleichsgruppe (mit Einwilligung, mindestens
 * Stufe 4 beim letzten Lauf) entwickelt haben oder nutzen. Der Vorzug hängt nur vom veröffentlichten Stand und
 * vom eigenen Wert ab – die Reihenfolge verrät keinen Wert einer anderen Kommune.
 */
async function bewerteLoesungen(db: Db, ids: string[], weiterIds: string[]): Promise<LoesungTreffer[]> {
  if (!ids.length) return [];
  const zeilen = await db.k
    .selectFrom('loesung as l')
    .leftJoin('kommune as k', 'k.id', 'l.kommune_id')
    .select(['l.id', 'l.titel', 'l.zusammenfassung', 'l.kommune_id', 'l.herkunft_text', 'k.name as kommune_name'])
    .where('l.id', 'in', ids)
    .where('l.status', '=', 'veroeffentlicht')
    .execute();
  let weiter = new Set<string>();
  if (weiterIds.length) {
    const genutzt = await db.k.selectFrom('loesung_nutzung').select('loesung_id').where('kommune_id', 'in', weiterIds).where('loesung_id', 'in', ids).execute();
    weiter = new Set([...genutzt.map((g) => g.loesung_id), ...zeilen.filter((l) => l.kommune_id && weiterIds.includes(l.kommune_id)).map((l) => l.id)]);
  }
  const reihenfolge = new Map(ids.map((id, i) => [id, i]));
  return zeilen
    .map((l) => ({
      id: l.id,
      titel: l.titel,
      zusammenfassung: l.zusammenfassung,
      herkunft: l.kommune_name ?? l.herkunft_text,
      vonKommunenWieIhrer: weiter.has(l.id),
    }))
    .sort((a, b) => Number(b.vonKommunenWieIhrer) - Number(a.vonKommunenWieIhrer) || reihenfolge.get(a.id)! - reihenfolge.get(b.id)!)
    .slice(0, 5);
}

// ---- Daten für PDF und CSV -----------------------------------------------------------------------

export async function berichtDaten(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  const [erg, vgl, lue] = await Promise.all([
    ergebnis(db, id).catch((e) => (e instanceof AppError && e.status === 422 ? null : Promise.reject(e))),
    vergleich(db, id).catch((e) => (e instanceof AppError && e.status === 422 ? null : Promise.reject(e))),
    luecken(db, id).catch((e) => (e instanceof AppError && e.status === 422 ? null : Promise.reject(e))),
  ]);
  return { runde: rundeKurz(z), fragebogen: fb, ergebnis: erg, vergleich: vgl, luecken: lue };
}
export type BerichtDaten = Awaited<ReturnType<typeof berichtDaten>>;

/** Antworten für den CSV-Export: Einzelmodus der eine Satz; Team-Modus keine Einzelantworten (Anonymität). */
export async function csvDaten(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  if (z.modus === 'team') {
    throw fehler.unverarbeitbar('erhebung.team_anonym', 'Die Einzelantworten einer Team-Befragung werden nicht exportiert, damit sie anonym bleiben. Nutzen Sie den PDF-Bericht.');
  }
  return { runde: rundeKurz(z), fragebogen: fb, antworten: await antwortenEinzeln(db, id) };
}
