/**
 * Loading the shipped reference indicators (data/indikatoren/, see QUELLEN.md there) as versioned reference
 * data (docs/decisions/0051, 0080): a version is loaded once and recorded in referenzdaten_stand
 * (bereich 'wirkung.indikatoren'); the same version again does nothing, a newer version replaces all rows.
 *
 * Big multi-row inserts (unnest over arrays, 4,000 rows per statement) and no transaction around the whole
 * load: on PGlite a long transaction would hold the one connection and stop every HTTP request for the
 * duration. The version is recorded last, so an interrupted load starts again from the beginning on the next
 * start; inserts skip rows that exist (two instances starting together end with the same complete set).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { ROOT_DIR } from '../../../core/config.ts';
import type { Db } from '../../../core/db/db.ts';
import { groessenklasse } from '../../kommunen/index.ts';
import type { Ebene, Richtung } from './indikatoren.table.ts';
import { leereMetadatenCache } from './indikatoren.repository.ts';
import { berechneVergleich, ebeneVon, kreisVon, themaVon, type LageZeile, type VergleichZeile } from './indikatoren.rules.ts';

export const BEREICH = 'wirkung.indikatoren';
/** The shipped version (a new Stand of the files = a new number here and a line in QUELLEN.md). */
export const VERSION = 1;
export const DATEN_ORDNER = path.join(ROOT_DIR, 'data', 'indikatoren');
export const WERTE_DATEIEN = ['werte_destatis_gv.csv.gz', 'werte_inkar2024.csv.gz', 'werte_inkar2021.csv.gz', 'werte_deutschlandatlas.csv.gz'];
/**
 * Rows per statement. PGlite runs in the server's own thread: one statement blocks the event loop while it runs,
 * so blocks stay small (≈ 0.1 s of work each) and a turn of the event loop follows every block.
 */
const BLOCK = 4_000;
const freigeben = () => new Promise((r) => setImmediate(r));

export interface IndikatorMeta {
  id: string;
  name: string;
  einheit: string;
  richtung: Richtung;
  thema: string;
  quelle: string;
  lizenz: string;
  stand: string;
  beschreibung: string;
}

export interface Werte {
  ags: string[];
  indikator: string[];
  jahr: number[];
  wert: number[];
}

const RICHTUNGEN = new Set(['hoeher_besser', 'niedriger_besser', 'neutral']);

export function leseMetadaten(ordner = DATEN_ORDNER): IndikatorMeta[] {
  const zeilen = parse(fs.readFileSync(path.join(ordner, 'indikatoren.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return zeilen.map((z, i) => {
    const thema = themaVon(z.indikator_id);
    if (!thema) throw new Error(`indikatoren.csv, Zeile ${i + 2}: Indikator „${z.indikator_id}“ hat kein Thema (indikatoren.rules.ts).`);
    if (!RICHTUNGEN.has(z.richtung)) throw new Error(`indikatoren.csv, Zeile ${i + 2}: unbekannte Richtung „${z.richtung}“.`);
    if (!z.stand) throw new Error(`indikatoren.csv, Zeile ${i + 2}: Stand fehlt.`);
    return {
      id: z.indikator_id, name: z.name_de, einheit: z.einheit, richtung: z.richtung as Richtung, thema,
      quelle: z.quelle, lizenz: z.lizenz, stand: z.stand, beschreibung: z.beschreibung ?? '',
    };
  });
}

/**
 * Reads the value files (long format `ags,ebene,indikator_id,jahr,wert`), checks every line and keeps those
 * whose key passes `filter` (tests load a small subset). A bad line is an error naming file and line.
 */
export async function leseWerte(ids: ReadonlySet<string>, filter?: (ags: string) => boolean, ordner = DATEN_ORDNER): Promise<Werte> {
  const w: Werte = { ags: [], indikator: [], jahr: [], wert: [] };
  for (const datei of WERTE_DATEIEN) {
    await freigeben(); // a turn of the event loop between files: requests keep flowing
    const text = zlib.gunzipSync(fs.readFileSync(path.join(ordner, datei))).toString('utf8');
    const zeilen = text.split('\n');
    if (zeilen[0].trim() !== 'ags,ebene,indikator_id,jahr,wert') throw new Error(`${datei}: unerwarteter Kopf „${zeilen[0]}“.`);
    for (let i = 1; i < zeilen.length; i++) {
      const z = zeilen[i];
      if (z === '') continue;
      const [ags, ebene, id, jahrText, wertText] = z.split(',');
      const jahr = Number(jahrText);
      const wert = Number(wertText);
      const ok = (ebene === 'kreis' ? /^\d{5}$/ : ebene === 'gemeinde' ? /^\d{8}$/ : null)?.test(ags)
        && ids.has(id) && Number.isInteger(jahr) && jahr >= 1990 && jahr <= 2100 && wertText !== '' && Number.isFinite(wert);
      if (!ok) throw new Error(`${datei}, Zeile ${i + 1}: ungültige Zeile „${z.slice(0, 80)}“.`);
      if (filter && !filter(ags)) continue;
      w.ags.push(ags);
      w.indikator.push(id);
      w.jahr.push(jahr);
      w.wert.push(wert);
    }
  }
  return sortiert(w);
}

/** The values in primary-key order (ags, indikator, jahr): inserts then append to the index instead of jumping. */
function sortiert(w: Werte): Werte {
  const idx = w.ags.map((_, i) => i);
  idx.sort((a, b) => (w.ags[a] < w.ags[b] ? -1 : w.ags[a] > w.ags[b] ? 1 : w.indikator[a] < w.indikator[b] ? -1 : w.indikator[a] > w.indikator[b] ? 1 : w.jahr[a] - w.jahr[b]));
  return { ags: idx.map((i) => w.ags[i]), indikator: idx.map((i) => w.indikator[i]), jahr: idx.map((i) => w.jahr[i]), wert: idx.map((i) => w.wert[i]) };
}

/** Größenklasse per unit: Gemeinden from the directory (Zensus 2022), Kreise by the sum of their Gemeinden. */
export async function klassen(db: Db): Promise<(ags: string) => number | null> {
  const r = await sql<{ ags: string; einwohner: number; groessenklasse: number | null }>`
    select ags, einwohner, groessenklasse from kommune where length(ags) = 8`.execute(db.k);
  const gemeinde = new Map<string, number>();
  const kreisSumme = new Map<string, number>();
  for (const z of r.rows) {
    if (z.groessenklasse !== null) gemeinde.set(z.ags, z.groessenklasse);
    kreisSumme.set(kreisVon(z.ags), (kreisSumme.get(kreisVon(z.ags)) ?? 0) + Number(z.einwohner));
  }
  const kreis = new Map([...kreisSumme].map(([k, ew]) => [k, groessenklasse('kreis', ew)]));
  return (ags) => (ags.length === 5 ? kreis.get(ags) : gemeinde.get(ags)) ?? null;
}

/** Comparison figures of every indicator and level in its latest year. */
export function vergleicheAlle(w: Werte, klasse: (ags: string) => number | null): { vergleich: VergleichZeile[]; lage: LageZeile[] } {
  const juengstes = new Map<string, number>(); // `${id}|${ebene}` → Jahr
  for (let i = 0; i < w.ags.length; i++) {
    const k = `${w.indikator[i]}|${ebeneVon(w.ags[i])}`;
    if ((juengstes.get(k) ?? 0) < w.jahr[i]) juengstes.set(k, w.jahr[i]);
  }
  const gruppen = new Map<string, Map<string, number>>();
  for (let i = 0; i < w.ags.length; i++) {
    const k = `${w.indikator[i]}|${ebeneVon(w.ags[i])}`;
    if (juengstes.get(k) !== w.jahr[i]) continue;
    let m = gruppen.get(k);
    if (!m) gruppen.set(k, (m = new Map()));
    m.set(w.ags[i], w.wert[i]);
  }
  const vergleich: VergleichZeile[] = [];
  const lage: LageZeile[] = [];
  for (const [k, werte] of gruppen) {
    const [id, ebene] = k.split('|') as [string, Ebene];
    const e = berechneVergleich(id, ebene, juengstes.get(k)!, werte, klasse);
    vergleich.push(...e.vergleich);
    lage.push(...e.lage);
  }
  return { vergleich, lage };
}

export interface Ladefortschritt {
  /** Work done / all work (rows to write). */
  fertig: number;
  gesamt: number;
}

export interface LadeOptionen {
  /** Only units whose key passes (tests: a small deterministic subset). */
  filter?: (ags: string) => boolean;
  onProgress?: (f: Ladefortschritt) => void;
  /** Load even if this version is recorded (CLI `--neu`). */
  erzwingen?: boolean;
}

export interface LadeErgebnis {
  geladen: boolean;
  indikatoren: number;
  werte: number;
  vergleiche: number;
  dauerMs: number;
}

export async function versionGeladen(db: Db, version = VERSION): Promise<boolean> {
  const r = await sql`select 1 from referenzdaten_stand where bereich = ${BEREICH} and version = ${version}`.execute(db.k);
  return r.rows.length > 0;
}

/** Loads the shipped version unless it is recorded already. */
export async function ladeIndikatoren(db: Db, opts: LadeOptionen = {}): Promise<LadeErgebnis> {
  const t0 = performance.now();
  if (!opts.erzwingen && (await versionGeladen(db))) return { geladen: false, indikatoren: 0, werte: 0, vergleiche: 0, dauerMs: 0 };
  const meta = leseMetadaten();
  const w = await leseWerte(new Set(meta.map((m) => m.id)), opts.filter);
  const { vergleich, lage } = vergleicheAlle(w, await klassen(db));
  const gesamt = w.ags.length + lage.length + vergleich.length;
  let fertig = 0;
  opts.onProgress?.({ fertig, gesamt });

  // A different (older) version or an interrupted load: replace everything.
  await sql`delete from referenzdaten_stand where bereich = ${BEREICH}`.execute(db.k);
  for (const t of ['wirkung_indikator_lage', 'wirkung_indikator_vergleich', 'wirkung_indikator_wert', 'wirkung_indikator']) {
    await sql`delete from ${sql.table(t)}`.execute(db.k);
  }
  await sql`
    insert into wirkung_indikator (id, name, einheit, richtung, thema, quelle, lizenz, stand, beschreibung)
    select * from jsonb_to_recordset(${JSON.stringify(meta)}::jsonb)
      as r(id text, name text, einheit text, richtung text, thema text, quelle text, lizenz text, stand text, beschreibung text)
    on conflict (id) do nothing`.execute(db.k);

  for (let i = 0; i < w.ags.length; i += BLOCK) {
    const bis = Math.min(i + BLOCK, w.ags.length);
    await sql`
      insert into wirkung_indikator_wert (ags, indikator_id, jahr, wert)
      select * from unnest(${w.ags.slice(i, bis)}::text[], ${w.indikator.slice(i, bis)}::text[], ${w.jahr.slice(i, bis)}::smallint[],
        ${w.wert.slice(i, bis)}::float8[])
      on conflict do nothing`.execute(db.k);
    fertig += bis - i;
    opts.onProgress?.({ fertig, gesamt });
    await freigeben();
  }
  for (let i = 0; i < vergleich.length; i += BLOCK) {
    const b = vergleich.slice(i, i + BLOCK);
    await sql`
      insert into wirkung_indikator_vergleich (indikator_id, ebene, gruppe, jahr, n, median, p25, p75)
      select * from unnest(${b.map((v) => v.indikatorId)}::text[], ${b.map((v) => v.ebene)}::text[], ${b.map((v) => v.gruppe)}::text[],
        ${b.map((v) => v.jahr)}::smallint[], ${b.map((v) => v.n)}::int[], ${b.map((v) => v.median)}::float8[],
        ${b.map((v) => v.p25)}::float8[], ${b.map((v) => v.p75)}::float8[])
      on conflict do nothing`.execute(db.k);
    fertig += b.length;
    opts.onProgress?.({ fertig, gesamt });
    await freigeben();
  }
  for (let i = 0; i < lage.length; i += BLOCK) {
    const b = lage.slice(i, i + BLOCK);
    await sql`
      insert into wirkung_indikator_lage (ags, indikator_id, anteil_niedriger_gk, anteil_niedriger_land)
      select * from unnest(${b.map((l) => l.ags)}::text[], ${b.map((l) => l.indikatorId)}::text[],
        ${b.map((l) => l.anteilGk)}::real[], ${b.map((l) => l.anteilLand)}::real[])
      on conflict do nothing`.execute(db.k);
    fertig += b.length;
    opts.onProgress?.({ fertig, gesamt });
    await freigeben();
  }
  leereMetadatenCache();
  await sql`analyze wirkung_indikator_wert`.execute(db.k);
  await sql`
    insert into referenzdaten_stand (bereich, version, eingespielt) values (${BEREICH}, ${VERSION}, ${w.ags.length})
    on conflict do nothing`.execute(db.k);
  return { geladen: true, indikatoren: meta.length, werte: w.ags.length, vergleiche: vergleich.length, dauerMs: Math.round(performance.now() - t0) };
}

// ---------------------------------------------------------------------------------------------
// Fortschritt dieses Prozesses (für die Seite: „Die Indikatoren werden gerade geladen (x %)“)

let fortschritt: Ladefortschritt | null = null;

/** Percent of the load running in this process, or null when none runs here. */
export function ladeProzent(): number | null {
  return fortschritt ? Math.floor((fortschritt.fertig / Math.max(fortschritt.gesamt, 1)) * 100) : null;
}

let laufend: Promise<void> | null = null;

/**
 * Background start task: starts loading the shipped version after the server listens and returns at once
 * (docs/decisions/0080). The load is deliberately not part of the general set-up progress (`/api/einrichtung`):
 * demo content and search index of the other modules do not wait a minute for it, and the indicator page has its
 * own notice with the percentage. A failure is logged; the next start tries again.
 */
export async function indikatorenLaden(db: Db, opts: { log: (m: string) => void }): Promise<void> {
  if (laufend || (await versionGeladen(db))) return;
  fortschritt = { fertig: 0, gesamt: 1 };
  laufend = (async () => {
    try {
      const e = await ladeIndikatoren(db, { onProgress: (f) => { fortschritt = f; } });
      opts.log(`Indikatoren geladen: ${e.indikatoren} Indikatoren, ${e.werte} Werte, ${e.vergleiche} Vergleichsgruppen (${e.dauerMs} ms).`);
    } catch (err) {
      opts.log(`Indikatoren: Laden abgebrochen (${err instanceof Error ? err.message : String(err)}); der nächste Start versucht es erneut.`);
    } finally {
      fortschritt = null;
      laufend = null;
    }
  })();
}

/** For tests and the CLI: waits for a load started by `indikatorenLaden` in this process. */
export async function warteAufIndikatoren(): Promise<void> {
  await laufend;
}
