/**
 * Lesen eines Ereignisprotokolls (CSV): `fall_id,schritt,zeitpunkt[,prozess]` mit Kopfzeile, UTF-8 mit oder
 * ohne BOM, Trennzeichen `,` oder `;`. Erst werden alle Zeilen geprüft; gibt es einen Fehler, wird nichts
 * übernommen. Reine Regel ohne I/O.
 */
import { parse } from 'csv-parse/sync';
import { parseZeitpunkt } from './zeit.rules.ts';

export const PFLICHT_SPALTEN = ['fall_id', 'schritt', 'zeitpunkt'] as const;
export const MAX_LAENGE = 200;
/** At most this many row errors are listed (the total is always reported). */
export const MAX_FEHLER = 100;

export interface CsvZeile {
  fall: string;
  schritt: string;
  /** Instant in ms. */
  zeitpunkt: number;
  /** Name of the process (column `prozess`), or null. */
  prozess: string | null;
}

export interface Zeilenfehler {
  /** Line in the file (the header is line 1). */
  zeile: number;
  spalte: string | null;
  meldung: string;
}

export type CsvErgebnis = { ok: true; zeilen: CsvZeile[] } | { ok: false; art: 'kopf' | 'zeilen' | 'leer'; fehler: Zeilenfehler[]; anzahlFehler: number };

const zahl = (n: number) => n.toLocaleString('de-DE');
const zitat = (s: string) => `„${s.length > 60 ? `${s.slice(0, 60)}…` : s}“`;

/** Separator from the header line: `;` if it has more semicolons than commas. */
export function trennzeichen(kopf: string): ',' | ';' {
  const sem = kopf.split(';').length;
  const kom = kopf.split(',').length;
  return sem > kom ? ';' : ',';
}

export function leseEreignisCsv(eingabe: string | Buffer): CsvErgebnis {
  let text = typeof eingabe === 'string' ? eingabe : eingabe.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ersteZeile = text.slice(0, text.search(/\r?\n|$/));
  if (!text.trim()) return { ok: false, art: 'leer', anzahlFehler: 1, fehler: [{ zeile: 1, spalte: null, meldung: 'Die Datei ist leer. Erwartet wird eine Kopfzeile „fall_id,schritt,zeitpunkt“ und darunter die Ereignisse.' }] };

  let datensaetze: { record: string[]; info: { lines: number } }[];
  try {
    datensaetze = parse(text, { delimiter: trennzeichen(ersteZeile), relax_column_count: true, skip_empty_lines: true, info: true, trim: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const zeile = (e as { lines?: number }).lines ?? 1;
    return { ok: false, art: 'zeilen', anzahlFehler: 1, fehler: [{ zeile, spalte: null, meldung: `Zeile ${zahl(zeile)}: Die Zeile ist kein gültiges CSV (z. B. ein Anführungszeichen ohne Gegenstück).` }] };
  }

  const kopf = (datensaetze[0]?.record ?? []).map((s) => s.trim().toLowerCase());
  const kopfFehler: Zeilenfehler[] = [];
  for (const p of PFLICHT_SPALTEN) {
    if (!kopf.includes(p)) kopfFehler.push({ zeile: 1, spalte: p, meldung: `Kopfzeile: Die Spalte „${p}“ fehlt. Erwartet wird „fall_id,schritt,zeitpunkt“ (optional „prozess“).` });
  }
  for (const s of kopf) {
    if (![...PFLICHT_SPALTEN, 'prozess'].includes(s)) kopfFehler.push({ zeile: 1, spalte: s, meldung: `Kopfzeile: Die Spalte ${zitat(s)} ist unbekannt. Erlaubt sind fall_id, schritt, zeitpunkt und prozess.` });
  }
  if (new Set(kopf).size !== kopf.length) kopfFehler.push({ zeile: 1, spalte: null, meldung: 'Kopfzeile: Eine Spalte kommt doppelt vor.' });
  if (kopfFehler.length) return { ok: false, art: 'kopf', fehler: kopfFehler, anzahlFehler: kopfFehler.length };
  if (datensaetze.length < 2) return { ok: false, art: 'leer', anzahlFehler: 1, fehler: [{ zeile: 2, spalte: null, meldung: 'Die Datei enthält nur die Kopfzeile und keine Ereignisse.' }] };

  const iFall = kopf.indexOf('fall_id');
  const iSchritt = kopf.indexOf('schritt');
  const iZeit = kopf.indexOf('zeitpunkt');
  const iProzess = kopf.indexOf('prozess');
  const fehler: Zeilenfehler[] = [];
  let anzahlFehler = 0;
  const melde = (f: Zeilenfehler) => {
    anzahlFehler++;
    if (fehler.length < MAX_FEHLER) fehler.push(f);
  };
  const zeilen: CsvZeile[] = [];
  for (let i = 1; i < datensaetze.length; i++) {
    const { record: r, info } = datensaetze[i];
    const nr = info.lines;
    if (r.length !== kopf.length) {
      melde({ zeile: nr, spalte: null, meldung: `Zeile ${zahl(nr)}: ${r.length} Spalten statt ${kopf.length} wie in der Kopfzeile.` });
      continue;
    }
    const fall = r[iFall];
    const schritt = r[iSchritt];
    const zeitText = r[iZeit];
    const prozess = iProzess >= 0 ? r[iProzess] || null : null;
    let ok = true;
    for (const [name, wert] of [['fall_id', fall], ['schritt', schritt]] as const) {
      if (!wert) {
        melde({ zeile: nr, spalte: name, meldung: `Zeile ${zahl(nr)}: Die Spalte „${name}“ ist leer.` });
        ok = false;
      } else if (wert.length > MAX_LAENGE) {
        melde({ zeile: nr, spalte: name, meldung: `Zeile ${zahl(nr)}: „${name}“ ist länger als ${MAX_LAENGE} Zeichen.` });
        ok = false;
      }
    }
    if (prozess && prozess.length > MAX_LAENGE) {
      melde({ zeile: nr, spalte: 'prozess', meldung: `Zeile ${zahl(nr)}: „prozess“ ist länger als ${MAX_LAENGE} Zeichen.` });
      ok = false;
    }
    const zeitpunkt = parseZeitpunkt(zeitText);
    if (zeitpunkt === null) {
      melde({ zeile: nr, spalte: 'zeitpunkt', meldung: `Zeile ${zahl(nr)}: Zeitpunkt ${zitat(zeitText)} ist kein gültiges Datum (erwartet ISO 8601, z. B. 2026-03-02T09:15:00).` });
      ok = false;
    }
    if (ok && zeitpunkt !== null) zeilen.push({ fall, schritt, zeitpunkt, prozess });
  }
  if (anzahlFehler) return { ok: false, art: 'zeilen', fehler, anzahlFehler };
  return { ok: true, zeilen };
}
