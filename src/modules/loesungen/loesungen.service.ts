/**
 * Rules of the solution catalogue as plain functions (no database): status workflow, seal check,
 * validation of import rows, CSV reading/writing. Tested in loesungen.service.test.ts.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { AppError, fehler } from '../../core/errors.ts';
import { darf, type Konto } from '../../core/authz/policy.ts';
import { darfPruefen } from './loesungen.permissions.ts';
import { csvDatei, type Zellwert } from '../../core/export/zelle.ts';
import { EXPORT_SPALTEN, SIEGEL_KRITERIEN, importZeile, type ImportZeile, type SiegelKriterien } from './loesungen.schemas.ts';
import type { LoesungStatus, UeberarbeitungStatus } from './loesungen.table.ts';

export const loesungNichtGefunden = () => fehler.nichtGefunden('loesung.nicht_gefunden', 'Die Lösung wurde nicht gefunden.');

// ---------------------------------------------------------------------------------------------
// Status workflow: entwurf → eingereicht → veroeffentlicht | zurueckgewiesen (→ eingereicht again); → archiviert

export type Uebergang = 'einreichen' | 'veroeffentlichen' | 'zurueckweisen' | 'archivieren';

const UEBERGAENGE: Record<Uebergang, { von: LoesungStatus[]; nach: LoesungStatus }> = {
  einreichen: { von: ['entwurf', 'zurueckgewiesen'], nach: 'eingereicht' },
  veroeffentlichen: { von: ['eingereicht'], nach: 'veroeffentlicht' },
  zurueckweisen: { von: ['eingereicht'], nach: 'zurueckgewiesen' },
  // The Transferstelle takes a solution out of the catalogue (e.g. outdated); a re-import publishes it again.
  archivieren: { von: ['entwurf', 'eingereicht', 'veroeffentlicht', 'zurueckgewiesen'], nach: 'archiviert' },
};

/** The status after a transition, or 409 `loesung.status_ungueltig`. */
export function naechsterStatus(status: LoesungStatus, uebergang: Uebergang): LoesungStatus {
  const u = UEBERGAENGE[uebergang];
  if (!u.von.includes(status)) {
    throw new AppError(409, 'loesung.status_ungueltig', `Diese Aktion ist im Status „${status}“ nicht möglich.`, [{ status, aktion: uebergang }]);
  }
  return u.nach;
}

// ---------------------------------------------------------------------------------------------
// Revision of a published solution (decision 0022): entwurf → eingereicht → freigegeben (becomes the
// live version, the revision row is gone) | zurueckgewiesen (→ eingereicht again). The Kommune may discard it.

export type UeberarbeitungsUebergang = 'einreichen' | 'veroeffentlichen' | 'zurueckweisen';

const UEBERARBEITUNG: Record<UeberarbeitungsUebergang, UeberarbeitungStatus[]> = {
  einreichen: ['entwurf', 'zurueckgewiesen'],
  veroeffentlichen: ['eingereicht'],
  zurueckweisen: ['eingereicht'],
};

/** Checks a transition of a revision (`null`: there is none); otherwise 409 `loesung.status_ungueltig`. */
export function pruefeUeberarbeitung(status: UeberarbeitungStatus | null, uebergang: UeberarbeitungsUebergang): void {
  if (status && UEBERARBEITUNG[uebergang].includes(status)) return;
  const meldung = !status
    ? uebergang === 'einreichen'
      ? 'Die Lösung ist veröffentlicht. Ändern Sie sie zuerst; die Änderung reichen Sie dann als Überarbeitung ein.'
      : 'Zu dieser veröffentlichten Lösung liegt keine Überarbeitung zur Prüfung vor.'
    : `Diese Aktion ist für eine Überarbeitung im Status „${status}“ nicht möglich.`;
  throw new AppError(409, 'loesung.status_ungueltig', meldung, [{ ueberarbeitung: status, aktion: uebergang }]);
}

/** A revision under review cannot be changed (the Transferstelle decides on what it sees). */
export function pruefeUeberarbeitungBearbeitbar(status: UeberarbeitungStatus | null): void {
  if (status === 'eingereicht') {
    throw new AppError(409, 'loesung.nicht_bearbeitbar', 'Die Überarbeitung liegt der Transferstelle zur Prüfung vor und kann gerade nicht geändert werden.');
  }
}

/** Content may be changed as a draft, after rejection and after publication (as a revision); not while under review. */
export function pruefeBearbeitbar(status: LoesungStatus): void {
  if (status === 'eingereicht' || status === 'archiviert') {
    throw new AppError(409, 'loesung.nicht_bearbeitbar', status === 'eingereicht'
      ? 'Die Lösung liegt der Transferstelle zur Prüfung vor und kann gerade nicht geändert werden.'
      : 'Archivierte Lösungen können nicht geändert werden.');
  }
}

/** A rejection must say why, so that the Kommune can improve the draft. */
export function pruefeEntscheidung(entscheidung: 'veroeffentlichen' | 'zurueckweisen', kommentar: string): void {
  if (entscheidung === 'zurueckweisen' && kommentar.trim().length < 3) {
    throw fehler.unverarbeitbar('pruefung.begruendung_fehlt', 'Bitte begründen Sie die Zurückweisung im Kommentar.', [{ pfad: 'kommentar' }]);
  }
}

/**
 * Who sees a solution that is not published, or the pending revision of a published one: members of
 * its Kommune and the Transferstelle (composed from the policy; a Lotse's read right on a region does
 * not extend to drafts, the platform admin reads no unpublished content).
 */
export function darfUnveroeffentlichteSehen(konto: Konto | null, kommuneId: string | null): boolean {
  if (darfPruefen(konto)) return true;
  return !!kommuneId && darf(konto, 'kommune.entwurf.lesen', kommuneId);
}

// ---------------------------------------------------------------------------------------------
// Seal "Bewährt"

export const MIN_KOMMUNEN_SIEGEL = 2;

/**
 * Number of Kommunen that actually use a solution: its origin (a Kommune of the directory or a
 * named origin outside it) counts as one, plus every other Kommune that reported an adoption.
 */
export function anzahlNutzendeKommunen(herkunftKommuneId: string | null, herkunftText: string | null, nutzende: string[]): number {
  const andere = new Set(nutzende.filter((k) => k !== herkunftKommuneId));
  return andere.size + (herkunftKommuneId || herkunftText ? 1 : 0);
}

/**
 * The seal is awarded only if every criterion is listed once, fulfilled and justified, and the
 * solution is really used in at least two Kommunen. Otherwise 422 with the open points as details.
 */
export function pruefeSiegel(kriterien: SiegelKriterien, nutzendeKommunen: number): void {
  const details: { kriterium: string; meldung: string }[] = [];
  const gesehen = new Set<string>();
  for (const k of kriterien) {
    if (gesehen.has(k.kriterium)) details.push({ kriterium: k.kriterium, meldung: 'Kriterium ist doppelt angegeben.' });
    gesehen.add(k.kriterium);
    if (!k.erfuellt) details.push({ kriterium: k.kriterium, meldung: 'Kriterium ist nicht erfüllt.' });
    if (k.begruendung.trim().length < 3) details.push({ kriterium: k.kriterium, meldung: 'Bitte begründen Sie das Kriterium kurz.' });
  }
  for (const k of SIEGEL_KRITERIEN) if (!gesehen.has(k)) details.push({ kriterium: k, meldung: 'Kriterium fehlt.' });
  if (details.length) throw fehler.unverarbeitbar('siegel.kriterien_nicht_erfuellt', 'Das Siegel „Bewährt“ kann nur vergeben werden, wenn alle Kriterien erfüllt und begründet sind.', details);
  if (nutzendeKommunen < MIN_KOMMUNEN_SIEGEL) {
    throw fehler.unverarbeitbar('siegel.zu_wenige_kommunen', `Die Lösung wird erst in ${nutzendeKommunen} Kommune(n) genutzt; für das Siegel sind mindestens ${MIN_KOMMUNEN_SIEGEL} nötig.`, [{ kriterium: 'mind_zwei_kommunen', nutzendeKommunen }]);
  }
}

/** Ranges must not be upside down (von ≤ bis). */
export function pruefeSpannen(d: { aufwandVon?: number | null; aufwandBis?: number | null; kostenVon?: number | null; kostenBis?: number | null }): void {
  const details = [];
  if (d.aufwandVon != null && d.aufwandBis != null && d.aufwandVon > d.aufwandBis) details.push({ pfad: 'aufwandBis', meldung: 'Der Aufwand „bis“ muss mindestens so groß sein wie „von“.' });
  if (d.kostenVon != null && d.kostenBis != null && d.kostenVon > d.kostenBis) details.push({ pfad: 'kostenBis', meldung: 'Die Kosten „bis“ müssen mindestens so groß sein wie „von“.' });
  if (details.length) throw fehler.validierung(details);
}

// ---------------------------------------------------------------------------------------------
// Import rows

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
    throw fehler.unverarbeitbar('import.csv_ungueltig', 'Die CSV-Datei kann nicht gelesen werden.', [{ zeile: e.lines ?? null, meldung: e.message }]);
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
