/**
 * Rules of the import (pure, no database): checking import rows, reading and writing CSV, the origin of
 * a row. Tested in loesungen.rules.test.ts.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { csvDatei, type Zellwert } from '../../../core/export/zelle.ts';
import { importFehler } from '../loesungen.errors.ts';
import { EXPORT_SPALTEN, HANDLUNGSFELDER, importZeile, type ImportZeile } from '../loesungen.schemas.ts';

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

/**
 * German labels of the import columns. The columns themselves keep their names (they are the file
 * format, see the import page), so a message names the label first and the column after it.
 */
export const IMPORT_FELDNAMEN: Record<string, string> = {
  externalId: 'Kennung',
  title: 'Titel',
  summary: 'Zusammenfassung',
  problem: 'Problem',
  approach: 'Ansatz',
  evidence: 'Belege der Wirkung',
  evidenceStep: 'Stufe der Wirkungstreppe',
  handlungsfeld: 'Handlungsfeld',
  origin: 'Herkunft',
  originName: 'Herkunft (Name)',
  tags: 'Schlagwörter',
  links: 'Links',
  language: 'Sprache',
};
const PFLICHTFELDER = new Set(['externalId', 'title', 'summary', 'problem']);
/** What a column expects, where zod's generic message would not say it plainly. */
const ERWARTET: Record<string, string> = {
  evidenceStep: 'bitte eine ganze Zahl von 1 bis 7.',
  handlungsfeld: `bitte eines von ${HANDLUNGSFELDER.join(', ')}.`,
  language: 'bitte „de“ oder „en“.',
};

export const feldText = (spalte: string) => `Feld „${IMPORT_FELDNAMEN[spalte] ?? spalte}“ (Spalte ${spalte})`;

const zahl = new Intl.NumberFormat('de-DE');
/** „1 Herkunftsangabe steht …“ / „3 Herkunftsangaben stehen …“ (report of the CLI; the import page words it alike). */
export const herkunftOffenText = (n: number) =>
  n === 1
    ? '1 Herkunftsangabe steht nicht im Verzeichnis und wurde als Text übernommen.'
    : `${zahl.format(n)} Herkunftsangaben stehen nicht im Verzeichnis und wurden als Text übernommen.`;

/** One zod issue of a row as German text with the field's label (no English key inside the sentence). */
function meldungZu(issue: z.core.$ZodIssue, roh: Record<string, unknown>): { feld: string; meldung: string } {
  if (issue.code === 'unrecognized_keys') {
    return { feld: '', meldung: `${issue.keys.length === 1 ? 'Unbekannte Spalte' : 'Unbekannte Spalten'}: ${issue.keys.join(', ')}` };
  }
  const spalte = String(issue.path[0] ?? '');
  const wert = roh[spalte];
  const leer = wert === undefined || wert === null || (typeof wert === 'string' && wert.trim() === '');
  if (leer && issue.path.length === 1 && PFLICHTFELDER.has(spalte)) return { feld: spalte, meldung: `${feldText(spalte)} fehlt.` };
  const eintrag = typeof issue.path[1] === 'number' ? ` (Eintrag ${issue.path[1] + 1})` : '';
  let text = ERWARTET[spalte];
  if (!text && issue.code === 'too_big') text = `höchstens ${zahl.format(Number(issue.maximum))} ${issue.origin === 'array' ? 'Einträge' : 'Zeichen'}.`;
  if (!text) text = issue.message.replace(new RegExp(`^${spalte}:?\\s+`), '');
  return { feld: issue.path.map(String).join('.'), meldung: `${feldText(spalte)}${eintrag}: ${text}` };
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
      for (const issue of p.error.issues) fehlerListe.push({ zeile: nr, ...meldungZu(issue, r as Record<string, unknown>) });
      return;
    }
    const z = p.data;
    if (z.origin && z.originName && z.origin !== z.originName)
      fehlerListe.push({ zeile: nr, feld: 'origin', meldung: `${feldText('origin')} und ${feldText('originName')} widersprechen sich.` });
    const frueher = ids.get(z.externalId);
    if (frueher) fehlerListe.push({ zeile: nr, feld: 'externalId', meldung: `${feldText('externalId')}: „${z.externalId}“ kommt schon in Zeile ${frueher} vor.` });
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
