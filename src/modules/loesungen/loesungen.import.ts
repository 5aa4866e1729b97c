/**
 * Import of solutions (API `POST /api/loesungen/import`, CLI `import-loesungen`, demo start task).
 *
 * - Rows: see `importZeile` in loesungen.schemas.ts; JSON array or CSV (header line, quoted multi-line fields).
 * - All rows are checked first; if any is invalid, nothing is imported (422 `import.ungueltig`, details per row).
 * - Upsert by `externalId` in ONE transaction; unchanged rows are left alone (no new version).
 * - Imported rows are published directly (docs/decisions/0020-import-veroeffentlicht.md).
 * - `origin` (Kommune name, AGS or ARS) is resolved against the directory; if that fails the text is
 *   kept as `herkunft_text` and reported, it is not an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import type { Database } from '../../core/db/schema.ts';
import { protokolliere } from '../../core/audit.ts';
import { AppError, fehler } from '../../core/errors.ts';
import { zelleZurueck } from '../../core/export/zelle.ts';
import { herkunftVon, leseCsv, pruefeImportZeilen } from './loesungen.service.ts';
import { versionsDaten } from './loesungen.repository.ts';
import type { ImportZeile } from './loesungen.schemas.ts';

export interface ImportBericht {
  gesamt: number;
  neu: number;
  aktualisiert: number;
  unveraendert: number;
  /** Origins that were not found in the directory (stored as text). */
  herkunftNichtAufgeloest: { zeile: number; externalId: string; origin: string }[];
  dauerMs: number;
}

export interface ImportOptionen {
  kontoId: string | null;
  /** Called after each batch with the number of rows done. */
  fortschritt?: (fertig: number, gesamt: number) => void;
  kommentar?: string;
}

const BATCH = 100;

/**
 * Parses file content into raw rows. CSV cells marked by the export against formulas (a leading
 * apostrophe, see src/core/export/zelle.ts) get their original text back.
 */
export function zeilenAusText(text: string, format: 'json' | 'csv'): unknown[] {
  if (format === 'csv') return leseCsv(text).map((z) => Object.fromEntries(Object.entries(z).map(([k, v]) => [k, zelleZurueck(v)])));
  let daten: unknown;
  try {
    daten = JSON.parse(text);
  } catch (err) {
    throw fehler.unverarbeitbar('import.json_ungueltig', 'Die JSON-Datei kann nicht gelesen werden.', [{ meldung: (err as Error).message }]);
  }
  if (!Array.isArray(daten)) throw fehler.unverarbeitbar('import.json_ungueltig', 'Die JSON-Datei muss eine Liste (Array) von Lösungen enthalten.');
  return daten;
}

export function leseImportDatei(datei: string): unknown[] {
  const ext = path.extname(datei).toLowerCase();
  if (ext !== '.json' && ext !== '.csv') throw new AppError(400, 'import.format', 'Bitte eine .json- oder .csv-Datei angeben.');
  return zeilenAusText(fs.readFileSync(datei, 'utf8'), ext === '.csv' ? 'csv' : 'json');
}

const PRAEFIX = /^(landkreis|kreis|stadt|gemeinde|markt|hansestadt|universitätsstadt|große kreisstadt)\s+/i;

/**
 * Resolves origins to Kommune ids: 12-digit ARS, AGS (2/5/8 digits), exact official name, or short
 * name (normalised like `lotse_norm`; "Landkreis X"/"Stadt X" pick that type). Ambiguous → unresolved.
 */
export async function loeseHerkunftAuf(k: Kysely<Database>, origins: string[]): Promise<Map<string, string | null>> {
  const ergebnis = new Map<string, string | null>();
  const eindeutig = [...new Set(origins.map((o) => o.trim()).filter(Boolean))];
  if (!eindeutig.length) return ergebnis;
  const kurz = eindeutig.map((o) => o.replace(PRAEFIX, ''));
  const norm = await sql<{ i: number; n: string }>`select i, lotse_norm(t) as n from (values ${sql.join(kurz.map((t, i) => sql`(${i}::int, ${t}::text)`))}) v(i, t)`.execute(k);
  const normVon = new Map(norm.rows.map((r) => [r.i, r.n]));
  const schluessel = eindeutig.filter((o) => /^[0-9]+$/.test(o));
  const namen = eindeutig.map((o) => o.toLowerCase());
  const normen = [...new Set(normVon.values())];
  const kandidaten = await k
    .selectFrom('kommune')
    .select(['id', 'ags', 'name', 'typ', 'such_name'])
    .where((eb) => {
      const oder = [eb(sql`lower(name)`, 'in', namen), eb('such_name', 'in', normen)];
      if (schluessel.length) oder.push(eb('id', 'in', schluessel), eb('ags', 'in', schluessel));
      return eb.or(oder);
    })
    .execute();
  eindeutig.forEach((o, i) => {
    const eins = (liste: typeof kandidaten) => (liste.length === 1 ? liste[0].id : null);
    let id: string | null;
    if (/^[0-9]{12}$/.test(o)) id = eins(kandidaten.filter((c) => c.id === o));
    else if (/^([0-9]{2}|[0-9]{5}|[0-9]{8})$/.test(o)) id = eins(kandidaten.filter((c) => c.ags === o));
    else {
      id = eins(kandidaten.filter((c) => c.name.toLowerCase() === o.toLowerCase()));
      if (!id) {
        const gleich = kandidaten.filter((c) => c.such_name === normVon.get(i));
        const p = o.match(PRAEFIX)?.[1]?.toLowerCase();
        const kreis = (c: (typeof kandidaten)[number]) => c.typ === 'Landkreis';
        if (p === 'landkreis' || p === 'kreis') id = eins(gleich.filter(kreis));
        else if (p) id = eins(gleich.filter((c) => !kreis(c) && c.typ !== 'Land'));
        else id = eins(gleich) ?? eins(gleich.filter((c) => !kreis(c) && c.typ !== 'Land'));
      }
    }
    ergebnis.set(o, id);
  });
  return ergebnis;
}

function spalten(z: ImportZeile, kommuneId: string | null, origin: string | undefined) {
  return {
    titel: z.title,
    zusammenfassung: z.summary,
    problem: z.problem,
    ansatz: z.approach ?? '',
    wirkung_text: z.evidence ?? '',
    wirkungsstufe: z.evidenceStep ?? null,
    handlungsfeld: z.handlungsfeld ?? null,
    kommune_id: kommuneId,
    herkunft_text: kommuneId ? null : (origin ?? null),
    tags: z.tags ?? [],
    links: JSON.stringify((z.links ?? []).map((url) => ({ titel: '', url }))),
    sprache: z.language,
  };
}

const AKTUALISIERBAR = ['titel', 'zusammenfassung', 'problem', 'ansatz', 'wirkung_text', 'wirkungsstufe', 'handlungsfeld', 'kommune_id', 'herkunft_text', 'tags', 'links', 'sprache'] as const;

const VERGLEICH = AKTUALISIERBAR;
const linkUrls = (t: 'loesung' | 'excluded') => sql`jsonb_path_query_array(${sql.raw(t)}.links, '$[*].url')`;
const spalte = (t: 'loesung' | 'excluded', c: (typeof AKTUALISIERBAR)[number]) => (c === 'links' ? linkUrls(t) : sql`${sql.raw(t)}.${sql.ref(c)}`);

/** Validates all rows, then upserts them in one transaction. Throws 422 `import.ungueltig` with per-row details. */
export async function importiereLoesungen(db: Db, roh: unknown[], opts: ImportOptionen): Promise<ImportBericht> {
  const t0 = Date.now();
  if (!roh.length) throw fehler.unverarbeitbar('import.leer', 'Die Datei enthält keine Lösungen.');
  const { zeilen, fehler: zeilenFehler } = pruefeImportZeilen(roh);
  if (zeilenFehler.length) {
    const zeilenMitFehler = new Set(zeilenFehler.map((f) => f.zeile)).size;
    throw fehler.unverarbeitbar('import.ungueltig', `${zeilenMitFehler} von ${roh.length} Zeilen sind ungültig. Es wurde nichts importiert.`, zeilenFehler.slice(0, 500));
  }
  const herkunft = await loeseHerkunftAuf(db.k, zeilen.map((z) => herkunftVon(z) ?? ''));
  const bericht: ImportBericht = { gesamt: zeilen.length, neu: 0, aktualisiert: 0, unveraendert: 0, herkunftNichtAufgeloest: [], dauerMs: 0 };
  zeilen.forEach((z, i) => {
    const o = herkunftVon(z)?.trim();
    if (o && !herkunft.get(o)) bericht.herkunftNichtAufgeloest.push({ zeile: i + 1, externalId: z.externalId, origin: o });
  });

  await db.k.transaction().execute(async (tx) => {
    const jetzt = new Date();
    for (let start = 0; start < zeilen.length; start += BATCH) {
      const teil = zeilen.slice(start, start + BATCH);
      const werte = teil.map((z) => {
        const o = herkunftVon(z)?.trim();
        return { external_id: z.externalId, status: 'veroeffentlicht' as const, veroeffentlicht_am: jetzt, erstellt_von: opts.kontoId, ...spalten(z, o ? (herkunft.get(o) ?? null) : null, o) };
      });
      const geschrieben = await tx
        .insertInto('loesung')
        .values(werte)
        .onConflict((oc) =>
          oc
            .column('external_id')
            .doUpdateSet((eb) => ({
              ...Object.fromEntries(AKTUALISIERBAR.map((c) => [c, eb.ref(`excluded.${c}`)])),
              // Links carry only URLs in the exchange format: keep titles given in Lotse when the URLs are the same.
              links: sql<string>`case when ${linkUrls('loesung')} = ${linkUrls('excluded')} then loesung.links else excluded.links end`,
              status: 'veroeffentlicht',
              version: sql<number>`loesung.version + 1`,
              aktualisiert_am: jetzt,
              veroeffentlicht_am: sql<Date>`coalesce(loesung.veroeffentlicht_am, excluded.veroeffentlicht_am)`,
            }))
            // Unchanged rows stay as they are: no new version, no audit entry.
            .where(sql<boolean>`(${sql.join(VERGLEICH.map((c) => spalte('loesung', c)))}, loesung.status) is distinct from (${sql.join(VERGLEICH.map((c) => spalte('excluded', c)))}, 'veroeffentlicht')`),
        )
        .returningAll()
        .returning(sql<boolean>`(xmax = 0)`.as('ist_neu'))
        .execute();
      if (geschrieben.length) {
        await tx
          .insertInto('loesung_version')
          .values(geschrieben.map((r) => ({
            loesung_id: r.id,
            version: r.version,
            kommune_id: r.kommune_id,
            daten: JSON.stringify(versionsDaten(r)),
            geaendert_von: opts.kontoId,
            kommentar: opts.kommentar ?? (r.ist_neu ? 'Importiert' : 'Import aktualisiert'),
          })))
          .execute();
      }
      for (const r of geschrieben) {
        if (r.ist_neu) bericht.neu++;
        else bericht.aktualisiert++;
        if (r.kommune_id) {
          await protokolliere(tx, { kommuneId: r.kommune_id, kontoId: opts.kontoId, aktion: r.ist_neu ? 'loesung.importiert' : 'loesung.import_aktualisiert', objektTyp: 'loesung', objektId: r.id, details: { externalId: r.external_id, version: r.version } });
        }
      }
      bericht.unveraendert += teil.length - geschrieben.length;
      opts.fortschritt?.(Math.min(start + BATCH, zeilen.length), zeilen.length);
    }
  });
  bericht.dauerMs = Date.now() - t0;
  return bericht;
}
