/**
 * Rules of the import (pure, no database): checking import rows, reading and writing CSV, the origin of
 * a row. Tested in loesungen.rules.test.ts.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { csvDatei, type Zellwert } from '../../../core/export/zelle.ts';
import { importFehler } from '../loesungen.errors.ts';
import { EXPORT_SPALTEN, importZeile, type ImportZeile } from '../loesungen.schemas.ts';

/** German messages for import errors (zod's built-in locale, only for this parse). */
const deutsch = z.locales.de().localeError;

export interface ZeilenFehler {
  /** 1-based number of the record (CSV: data rows without the header line). */
  zeile: number;
  feld: string;
  meldung: string;
}

export interface ZeilenPruefung {
  zeilen: ImportZeile[];
  fehler: ZeilenFehler[];
}

/** Checks every row; collects all errors (row number, field, message) instead of stopping at the first. */
export function pruefeImportZeilen(roh: unknown[]): ZeilenPruefung {
  const zeilen: ImportZeile[] = [];
  const fehlerListe: ZeilenFehler[] = [];
  const ids = new Map<string, number>();
  roh.forEach((r, i) => {
    const nr = i + 1;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      fehlerListe.push({ zeile: nr, feld: '', meldung: 'Zeile ist kein Objekt.' });
      return;
    }
    const p = importZeile.safeParse(r, { error: deutsch });
    if (!p.success) {
      for (const issue of p.error.issues) {
        const feld = issue.path.join('.');
        const meldung = issue.code === 'unrecognized_keys' ? `Unbekannte Spalte(n): ${issue.keys.join(', ')}` : issue.message;
        fehlerListe.push({ zeile: nr, feld, meldung });
      }
      return;
    }
    const z = p.data;
    if (z.origin && z.originName && z.origin !== z.originName) fehlerListe.push({ zeile: nr, feld: 'origin', meldung: 'origin und originName widersprechen sich.' });
    const frueher = ids.get(z.externalId);
    if (frueher) fehlerListe.push({ zeile: nr, feld: 'externalId', meldung: `externalId „${z.externalId}“ kommt schon in Zeile ${frueher} vor.` });
    ids.set(z.externalId, nr);
    zeilen.push(z);
  });
  return { zeilen, fehler: fehlerListe };
}

/** Reads CSV text (header line, comma or semicolon, quoted multi-line fields) into row objects. */
export function leseCsv(text: string): Record<string, string>[] {
  const ersteZeile = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = ersteZeile.includes(';') && !ersteZeile.includes(',') ? ';' : ',';
  try {
    return parse(text, { columns: true, bom: true, delimiter, skip_empty_lines: true, trim: false, relax_column_count: false });
  } catch (err) {
    const e = err as Error & { lines?: number; record?: number };
    throw importFehler.csvUngueltig([{ zeile: e.lines ?? null, meldung: e.message }]);
  }
}

/** A cell of the export: lists joined (tags with ';', links with spaces), numbers stay numbers (evidenceStep). */
function csvWert(v: unknown, trenner: string): Zellwert {
  if (v == null || typeof v === 'number') return v;
  return Array.isArray(v) ? v.join(trenner) : String(v);
}

/**
 * Writes rows in the export columns as CSV (RFC 4180). Every cell goes through the shared `zelle()`
 * (src/core/export/zelle.ts): text a spreadsheet would evaluate as a formula gets a leading apostrophe;
 * `zeilenAusText(…, 'csv')` removes it again, so an export imports without changes.
 */
export function schreibeCsv(zeilen: Partial<Record<(typeof EXPORT_SPALTEN)[number], unknown>>[]): string {
  return csvDatei(EXPORT_SPALTEN, zeilen.map((z) => EXPORT_SPALTEN.map((s) => csvWert(z[s], s === 'links' ? ' ' : ';'))), ',', { bom: false });
}

/** Origin of a row: AGS/ARS or a Kommune name. */
export function herkunftVon(z: ImportZeile): string | undefined {
  return z.origin ?? z.originName;
}
