import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { ROOT_DIR } from '../../core/config.ts';
import type { Db } from '../../core/db/db.ts';
import type { StartOptionen } from '../../core/modul.ts';
import type { KommuneTyp } from './kommunen.table.ts';
import {
  ARS,
  LAENDER,
  STADTSTAATEN_EINE_ZEILE,
  arsZuAgs,
  groessenklasse,
  groessenklasseArt,
  kreisId,
  kreisNamen,
  kurzname,
  landId,
  landZuCode,
  typAusName,
} from './kommunen.rules.ts';
import { meldeVerzeichnisGeaendert } from './kommunen.usecases.ts';

/**
 * Aufbau des Verzeichnisses der Kommunen aus drei Quellen:
 * - Gemeinden: Gemeindeverzeichnis mit Zensus 2022 (`data/gemeinden-zensus2022.csv`, Spalten state, ags (= 12-stelliger ARS), place, population)
 * - Kreise und kreisfreie Städte: npm-Paket `landkreise-deutschland` (data/districts.json; nur Schlüssel, Typ, Name)
 * - Länder: Schlüssel, Kürzel und Namen (LAENDER in kommunen.rules.ts)
 * Einwohner von Kreisen und Ländern sind die Summen ihrer Gemeinden (Zensus 2022, docs/decisions/0003-einwohner-kreise.md).
 */

export const STANDARD_CSV = path.join(ROOT_DIR, 'data', 'gemeinden-zensus2022.csv');
const PFLICHTSPALTEN = ['state', 'ags', 'place', 'population'] as const;
const MAX_FEHLER = 20;
const BATCH = 2000;

export interface Fehlerzeile {
  zeile: number;
  meldung: string;
}

/** Eine fehlerhafte Datei: Zeilennummern (1 = Kopfzeile) und deutsche Meldungen; geschrieben wurde nichts. */
export class ImportFehler extends Error {
  constructor(readonly fehler: Fehlerzeile[]) {
    const erster = fehler[0];
    super(`Die Datei ist fehlerhaft – Zeile ${erster.zeile}: ${erster.meldung}${fehler.length > 1 ? ` (und ${fehler.length - 1} weitere Fehler)` : ''}`);
    this.name = 'ImportFehler';
  }
  get zeile() {
    return this.fehler[0].zeile;
  }
}

export interface GemeindeEintrag {
  zeile: number;
  land: string;
  ars: string;
  name: string;
  einwohner: number;
}

/** Liest und prüft das Gemeindeverzeichnis. Wirft ImportFehler mit Zeilennummern; prüft alles, bevor etwas geschrieben wird. */
export function leseGemeindeCsv(text: string): GemeindeEintrag[] {
  let datensaetze: { record: string[]; info: { lines: number } }[];
  try {
    datensaetze = parse(text, { bom: true, columns: false, info: true, skip_empty_lines: true, trim: true, relax_column_count: false }) as unknown as typeof datensaetze;
  } catch (err) {
    const e = err as Error & { lines?: number; code?: string };
    const meldung = e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' ? 'Die Zahl der Spalten passt nicht zur Kopfzeile.' : `CSV nicht lesbar (${e.message.split(':')[0]}).`;
    throw new ImportFehler([{ zeile: e.lines ?? 1, meldung }]);
  }
  if (datensaetze.length === 0) throw new ImportFehler([{ zeile: 1, meldung: 'Die Datei ist leer.' }]);
  const kopf = datensaetze[0].record.map((s) => s.trim());
  const fehlend = PFLICHTSPALTEN.filter((s) => !kopf.includes(s));
  if (fehlend.length) {
    throw new ImportFehler([{ zeile: datensaetze[0].info.lines, meldung: `Spalte fehlt: ${fehlend.join(', ')} (erwartet: ${PFLICHTSPALTEN.join(', ')}).` }]);
  }
  const [iLand, iArs, iName, iEw] = PFLICHTSPALTEN.map((s) => kopf.indexOf(s));
  if (datensaetze.length === 1) throw new ImportFehler([{ zeile: 2, meldung: 'Die Datei enthält keine Gemeinden.' }]);

  const fehler: Fehlerzeile[] = [];
  const gesehen = new Map<string, number>();
  const eintraege: GemeindeEintrag[] = [];
  for (const { record, info } of datensaetze.slice(1)) {
    const zeile = info.lines;
    const melde = (meldung: string) => fehler.push({ zeile, meldung });
    const land = record[iLand];
    const ars = record[iArs];
    const name = record[iName];
    const ew = record[iEw];
    if (!ARS.test(ars)) melde(`Regionalschlüssel „${ars}“ ist nicht 12-stellig numerisch.`);
    else if (gesehen.has(ars)) melde(`Regionalschlüssel ${ars} kommt doppelt vor (schon in Zeile ${gesehen.get(ars)}).`);
    const bl = landZuCode(land ?? '');
    if (!bl) melde(`Unbekanntes Länderkürzel „${land}“.`);
    else if (ARS.test(ars) && ars.slice(0, 2) !== bl.schluessel) melde(`Regionalschlüssel ${ars} gehört nicht zu ${bl.code} (Landesschlüssel ${bl.schluessel}).`);
    if (!name) melde('Der Name fehlt.');
    if (!/^[0-9]+$/.test(ew ?? '')) melde(`Einwohnerzahl „${ew}“ ist keine ganze Zahl ≥ 0.`);
    else if (Number(ew) > 2_147_483_647) melde(`Einwohnerzahl ${ew} ist zu groß.`);
    if (fehler.length >= MAX_FEHLER) break;
    if (ARS.test(ars) && !gesehen.has(ars)) gesehen.set(ars, zeile);
    eintraege.push({ zeile, land: bl?.code ?? '', ars, name, einwohner: Number(ew) });
  }
  if (fehler.length) throw new ImportFehler(fehler);
  return eintraege;
}

export interface PaketKreis {
  schluessel: string;
  typ: string;
  name: string;
}

/** Kreise und kreisfreie Städte aus `landkreise-deutschland` (401 Einträge; AGS teils als Zahl, z. B. 11000). */
export function ladeKreise(): PaketKreis[] {
  const require = createRequire(import.meta.url);
  const datei = require.resolve('landkreise-deutschland/data/districts.json');
  const roh = JSON.parse(fs.readFileSync(datei, 'utf8')) as { AGS: string | number; type: string; name: string }[];
  return roh.map((d) => ({ schluessel: String(d.AGS).padStart(5, '0'), typ: d.type, name: d.name }));
}

const istKreisfrei = (paketTyp: string) => paketTyp === 'Kreisfreie Stadt' || paketTyp === 'Stadtkreis';

export interface KommuneZeile {
  id: string;
  ags: string;
  name: string;
  kurzname: string;
  typ: KommuneTyp;
  einwohner: number;
  land: string;
  land_id: string | null;
  kreis_id: string | null;
  groessenklasse: number | null;
}

export interface Verzeichnis {
  laender: KommuneZeile[];
  kreise: KommuneZeile[];
  gemeinden: KommuneZeile[];
  /** Abweichungen zwischen den Quellen (z. B. Kreis im Paket ohne Gemeinden). */
  warnungen: string[];
}

/** Verknüpft Gemeinden, Kreise und Länder zu Zeilen der Tabelle `kommune` (rein, ohne Datenbank). */
export function baueVerzeichnis(gemeinden: GemeindeEintrag[], paketKreise: PaketKreis[] = ladeKreise()): Verzeichnis {
  const warnungen: string[] = [];
  const kreisNach = new Map(paketKreise.map((k) => [k.schluessel, k]));
  const ewKreis = new Map<string, number>();
  const ewLand = new Map<string, number>();
  const anzahlKreis = new Map<string, number>();
  for (const g of gemeinden) {
    const k = g.ars.slice(0, 5);
    const l = g.ars.slice(0, 2);
    ewKreis.set(k, (ewKreis.get(k) ?? 0) + g.einwohner);
    anzahlKreis.set(k, (anzahlKreis.get(k) ?? 0) + 1);
    ewLand.set(l, (ewLand.get(l) ?? 0) + g.einwohner);
  }

  const laender: KommuneZeile[] = [];
  for (const l of LAENDER) {
    if (!ewLand.has(l.schluessel)) {
      warnungen.push(`Land ${l.name} (${l.schluessel}): keine Gemeinden in der Datei.`);
      continue;
    }
    if (STADTSTAATEN_EINE_ZEILE.has(l.schluessel)) continue; // Berlin, Hamburg: die Gemeinde-Zeile ist auch das Land
    const bremen = l.schluessel === '04';
    laender.push({
      id: landId(l.schluessel),
      ags: l.schluessel,
      name: bremen ? 'Freie Hansestadt Bremen' : l.name,
      kurzname: l.name,
      typ: bremen ? 'Stadtstaat' : 'Land',
      einwohner: ewLand.get(l.schluessel)!,
      land: l.code,
      land_id: null,
      kreis_id: null,
      groessenklasse: null,
    });
  }

  const kreise: KommuneZeile[] = [];
  for (const k of paketKreise) {
    const land = k.schluessel.slice(0, 2);
    const code = LAENDER.find((l) => l.schluessel === land)?.code;
    if (!anzahlKreis.has(k.schluessel) || !code) {
      warnungen.push(`Kreis ${k.schluessel} „${k.name}“ (${k.typ}) aus landkreise-deutschland hat keine Gemeinden im Gemeindeverzeichnis – übergangen.`);
      continue;
    }
    if (istKreisfrei(k.typ)) {
      if (anzahlKreis.get(k.schluessel) !== 1) warnungen.push(`Kreisfreie Stadt ${k.schluessel} „${k.name}“ hat ${anzahlKreis.get(k.schluessel)} Gemeinden statt einer.`);
      continue; // die kreisfreie Stadt ist ihre Gemeinde-Zeile (eine Kommune)
    }
    const { name, kurzname: kurz } = kreisNamen(k.name, k.typ);
    const ew = ewKreis.get(k.schluessel)!;
    kreise.push({
      id: kreisId(k.schluessel),
      ags: k.schluessel,
      name,
      kurzname: kurz,
      typ: 'Landkreis',
      einwohner: ew,
      land: code,
      land_id: landId(land),
      kreis_id: null,
      groessenklasse: groessenklasse(groessenklasseArt('Landkreis')!, ew),
    });
  }
  const landkreisIds = new Set(kreise.map((k) => k.id));

  const zeilen: KommuneZeile[] = [];
  const ohneKreis = new Set<string>();
  for (const g of gemeinden) {
    const kSchl = g.ars.slice(0, 5);
    const lSchl = g.ars.slice(0, 2);
    const paket = kreisNach.get(kSchl);
    const basis = { id: g.ars, ags: arsZuAgs(g.ars), name: g.name, kurzname: kurzname(g.name), einwohner: g.einwohner, land: g.land, groessenklasse: groessenklasse('gemeinde', g.einwohner) };
    if (STADTSTAATEN_EINE_ZEILE.has(lSchl) && g.ars === landId(lSchl)) {
      zeilen.push({ ...basis, typ: 'Stadtstaat', land_id: null, kreis_id: null });
    } else if (paket && istKreisfrei(paket.typ) && g.ars === kreisId(kSchl)) {
      zeilen.push({ ...basis, typ: 'kreisfreie Stadt', land_id: landId(lSchl), kreis_id: null });
    } else {
      const kreis = landkreisIds.has(kreisId(kSchl)) ? kreisId(kSchl) : null;
      if (!kreis) ohneKreis.add(kSchl);
      zeilen.push({ ...basis, typ: typAusName(g.name), land_id: laender.some((l) => l.id === landId(lSchl)) ? landId(lSchl) : null, kreis_id: kreis });
    }
  }
  for (const k of ohneKreis) warnungen.push(`Kreisschlüssel ${k} aus dem Gemeindeverzeichnis fehlt in landkreise-deutschland – Gemeinden ohne Kreis übernommen.`);
  return { laender, kreise, gemeinden: zeilen, warnungen };
}

export interface Fortschritt {
  phase: 'lesen' | 'schreiben' | 'fertig';
  fertig: number;
  gesamt: number;
}

export interface ImportErgebnis {
  gemeinden: number;
  kreise: number;
  laender: number;
  geschrieben: number;
  /** ids, die in der Datenbank stehen, aber nicht mehr im Verzeichnis (bleiben erhalten, z. B. wegen Verweisen). */
  nichtMehrEnthalten: string[];
  warnungen: string[];
  dauerMs: number;
}

/**
 * Schreibt das Verzeichnis in EINER Transaktion (Länder → Kreise → Gemeinden, wegen der Fremdschlüssel),
 * in Blöcken als JSON-Parameter (eine Anweisung je 2.000 Zeilen). Upsert: vorhandene Zeilen werden
 * aktualisiert, unveränderte nicht angefasst; Zeilen, die im neuen Verzeichnis fehlen, bleiben und werden gemeldet.
 */
export async function schreibeVerzeichnis(db: Db, v: Verzeichnis, onProgress?: (f: Fortschritt) => void): Promise<{ geschrieben: number; nichtMehrEnthalten: string[] }> {
  const alle = [...v.laender, ...v.kreise, ...v.gemeinden];
  let geschrieben = 0;
  const ergebnis = await db.k.transaction().execute(async (tx) => {
    for (let i = 0; i < alle.length; i += BATCH) {
      const block = alle.slice(i, i + BATCH);
      const r = await sql`
        insert into kommune (id, ags, name, kurzname, typ, einwohner, land, land_id, kreis_id, groessenklasse, such_name)
        select r.id, r.ags, r.name, r.kurzname, r.typ, r.einwohner, r.land, r.land_id, r.kreis_id, r.groessenklasse, lotse_norm(r.kurzname)
        from jsonb_to_recordset(${JSON.stringify(block)}::jsonb) as r(id text, ags text, name text, kurzname text, typ text, einwohner integer,
          land text, land_id text, kreis_id text, groessenklasse smallint)
        on conflict (id) do update set
          ags = excluded.ags, name = excluded.name, kurzname = excluded.kurzname, typ = excluded.typ, einwohner = excluded.einwohner,
          land = excluded.land, land_id = excluded.land_id, kreis_id = excluded.kreis_id, groessenklasse = excluded.groessenklasse,
          such_name = excluded.such_name
        where (kommune.ags, kommune.name, kommune.kurzname, kommune.typ, kommune.einwohner, kommune.land, kommune.land_id,
               kommune.kreis_id, kommune.groessenklasse, kommune.such_name)
          is distinct from (excluded.ags, excluded.name, excluded.kurzname, excluded.typ, excluded.einwohner, excluded.land,
               excluded.land_id, excluded.kreis_id, excluded.groessenklasse, excluded.such_name)`.execute(tx);
      geschrieben += Number(r.numAffectedRows ?? 0);
      onProgress?.({ phase: 'schreiben', fertig: Math.min(i + BATCH, alle.length), gesamt: alle.length });
    }
    const rest = await sql<{ id: string }>`
      select k.id from kommune k
      where not exists (select 1 from jsonb_array_elements_text(${JSON.stringify(alle.map((z) => z.id))}::jsonb) n(id) where n.id = k.id)
      order by k.id`.execute(tx);
    return rest.rows.map((r) => r.id);
  });
  return { geschrieben, nichtMehrEnthalten: ergebnis };
}

/** Liest und prüft eine CSV-Datei (ohne Datenbank). Wirft ImportFehler. */
export function leseGemeindeDatei(pfad: string = STANDARD_CSV): GemeindeEintrag[] {
  return leseGemeindeCsv(fs.readFileSync(pfad, 'utf8'));
}

export interface ImportOptionen {
  /** Pfad zur CSV (Standard: das mitgelieferte Gemeindeverzeichnis). */
  csvPfad?: string;
  /** Schon gelesene und geprüfte Gemeinden (statt csvPfad). */
  gemeinden?: GemeindeEintrag[];
  onProgress?: (f: Fortschritt) => void;
}

/** Liest, prüft, verknüpft und schreibt das Verzeichnis. Bei einer fehlerhaften Datei: ImportFehler, nichts geändert. */
export async function importiereVerzeichnis(db: Db, opts: ImportOptionen = {}): Promise<ImportErgebnis> {
  const t0 = performance.now();
  opts.onProgress?.({ phase: 'lesen', fertig: 0, gesamt: 1 });
  const gemeinden = opts.gemeinden ?? leseGemeindeDatei(opts.csvPfad);
  const v = baueVerzeichnis(gemeinden);
  opts.onProgress?.({ phase: 'lesen', fertig: 1, gesamt: 1 });
  const { geschrieben, nichtMehrEnthalten } = await schreibeVerzeichnis(db, v, opts.onProgress);
  await meldeVerzeichnisGeaendert(db);
  if (geschrieben > 0) await sql`analyze kommune`.execute(db.k); // Statistik für den Planer (Indexwahl der Suche)
  const gesamt = v.laender.length + v.kreise.length + v.gemeinden.length;
  opts.onProgress?.({ phase: 'fertig', fertig: gesamt, gesamt });
  return {
    gemeinden: v.gemeinden.length,
    kreise: v.kreise.length,
    laender: v.laender.length,
    geschrieben,
    nichtMehrEnthalten,
    warnungen: v.warnungen,
    dauerMs: Math.round(performance.now() - t0),
  };
}

/** Start-Aufgabe: Beim ersten Start (Tabelle leer) das mitgelieferte Verzeichnis laden. */
export async function verzeichnisLaden(db: Db, opts: StartOptionen): Promise<void> {
  const vorhanden = await db.k.selectFrom('kommune').select('id').limit(1).executeTakeFirst();
  if (vorhanden) return;
  const e = await importiereVerzeichnis(db);
  opts.log(`Verzeichnis der Kommunen geladen: ${e.gemeinden} Gemeinden, ${e.kreise} Landkreise, ${e.laender} Länder-Zeilen (${e.dauerMs} ms).`);
}
