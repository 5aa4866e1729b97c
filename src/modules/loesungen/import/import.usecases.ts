/**
 * Import of solutions (API `POST /api/loesungen/import`, CLI `import-loesungen`, demo start task).
 *
 * - Rows: see `importZeile` in loesungen.schemas.ts; JSON array or CSV (header line, quoted multi-line fields).
 * - All rows are checked first; if any is invalid, nothing is imported (422 `import.ungueltig`, details per row).
 * - Upsert by `externalId` in ONE transaction; unchanged rows are left alone (no new version).
 * - Imported rows are published directly (docs/decisions/0020-import-veroeffentlicht.md).
 * - `origin` (Kommune name, AGS or ARS) is resolved against the directory; if that fails the text is
 *   kept as `herkunft_text` and reported, it is not an error.
 * - Audit (same transaction): every written row in the log of its Kommune, a row without a Kommune and
 *   the import run itself (who, from where, how many) on platform level.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { zelleZurueck } from '../../../core/export/zelle.ts';
import { importFehler } from '../loesungen.errors.ts';
import { herkunftVon, leseCsv, pruefeImportZeilen } from './import.rules.ts';
import * as repo from './import.repository.ts';

export { loeseHerkunftAuf } from './import.repository.ts';

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
  /** Where the import came from (recorded in the audit log). */
  quelle: 'api' | 'cli' | 'demo';
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
    throw importFehler.jsonUngueltig('Die JSON-Datei kann nicht gelesen werden.', [{ meldung: (err as Error).message }]);
  }
  if (!Array.isArray(daten)) throw importFehler.jsonUngueltig('Die JSON-Datei muss eine Liste (Array) von Lösungen enthalten.');
  return daten;
}

export function leseImportDatei(datei: string): unknown[] {
  const ext = path.extname(datei).toLowerCase();
  if (ext !== '.json' && ext !== '.csv') throw importFehler.format();
  return zeilenAusText(fs.readFileSync(datei, 'utf8'), ext === '.csv' ? 'csv' : 'json');
}

/** Validates all rows, then upserts them in one transaction. Throws 422 `import.ungueltig` with per-row details. */
export async function importiereLoesungen(db: Db, roh: unknown[], opts: ImportOptionen): Promise<ImportBericht> {
  const t0 = Date.now();
  if (!roh.length) throw importFehler.leer();
  const { zeilen, fehler: zeilenFehler } = pruefeImportZeilen(roh);
  if (zeilenFehler.length) {
    const zeilenMitFehler = new Set(zeilenFehler.map((f) => f.zeile)).size;
    throw importFehler.ungueltig(zeilenMitFehler, roh.length, zeilenFehler.slice(0, 500));
  }
  const herkunft = await repo.loeseHerkunftAuf(db.k, zeilen.map((z) => herkunftVon(z) ?? ''));
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
        return { external_id: z.externalId, status: 'veroeffentlicht' as const, veroeffentlicht_am: jetzt, erstellt_von: opts.kontoId, ...repo.spalten(z, o ? (herkunft.get(o) ?? null) : null, o) };
      });
      const geschrieben = await repo.schreibeBatch(tx, werte, jetzt);
      await repo.schreibeVersionen(tx, geschrieben, opts.kontoId, opts.kommentar);
      for (const r of geschrieben) {
        if (r.ist_neu) bericht.neu++;
        else bericht.aktualisiert++;
      }
      // One audit entry per written row (with its Kommune, else on platform level), written per batch.
      await protokolliere(tx, geschrieben.map((r) => ({
        kommuneId: r.kommune_id ?? null,
        kontoId: opts.kontoId,
        aktion: r.ist_neu ? 'loesung.importiert' : 'loesung.import_aktualisiert',
        objektTyp: 'loesung',
        objektId: r.id,
        details: { externalId: r.external_id, version: r.version, quelle: opts.quelle },
      })));
      bericht.unveraendert += teil.length - geschrieben.length;
      opts.fortschritt?.(Math.min(start + BATCH, zeilen.length), zeilen.length);
    }
    const { gesamt, neu, aktualisiert, unveraendert } = bericht;
    await protokolliere(tx, {
      kommuneId: null,
      kontoId: opts.kontoId,
      aktion: 'loesungen.import',
      objektTyp: 'loesung_import',
      details: { quelle: opts.quelle, gesamt, neu, aktualisiert, unveraendert, herkunftNichtAufgeloest: bericht.herkunftNichtAufgeloest.length },
    });
  });
  bericht.dauerMs = Date.now() - t0;
  return bericht;
}
