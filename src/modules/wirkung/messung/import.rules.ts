/**
 * Reine Regeln des Imports eigener Indikatorwerte: Zeilen (schon aus CSV oder XLSX gelesen) prüfen und in Werte
 * übersetzen. Jede fehlerhafte Zeile bekommt eine deutsche Meldung mit ihrer Zeilennummer in der Datei
 * („Zeile 4.711: …“); gibt es auch nur einen Fehler, wird nichts importiert (der Use Case schreibt dann nicht).
 */
import { pruefeMessjahr } from './prognose.rules.ts';

export interface ImportWert {
  jahr: number;
  datum: string | null;
  wert: number;
  stadtteil: string;
  zielgruppe: string;
}

export interface ImportFehler {
  zeile: number;
  meldung: string;
}

export const MAX_IMPORT_ZEILEN = 50_000;
const SPALTEN = ['jahr', 'datum', 'wert', 'stadtteil', 'zielgruppe'] as const;

export const zeilenNr = (n: number) => n.toLocaleString('de-DE');

/** „1.234,5“, „1234,5“, „1234.5“ → Zahl; sonst null. */
export function zahlAusText(s: string): number | null {
  const x = s.trim().replace(/\s/g, '');
  if (!x) return null;
  let normal = x;
  if (x.includes(',')) normal = x.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** Gültiges Kalenderdatum JJJJ-MM-TT oder TT.MM.JJJJ → JJJJ-MM-TT; sonst null. */
export function datumAusText(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  let j: number, mo: number, d: number;
  if (m) [j, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t))) [j, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  else return null;
  const dt = new Date(Date.UTC(j, mo - 1, d));
  if (dt.getUTCFullYear() !== j || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/**
 * Erste Zeile: Spaltenköpfe (jahr oder datum, wert; optional stadtteil, zielgruppe – Groß-/Kleinschreibung egal).
 * Zeilennummern zählen wie in der Datei (Kopf = Zeile 1). Leere Zeilen werden übersprungen.
 */
export function pruefeImport(zeilen: string[][], heute: Date = new Date()): { ok: true; werte: ImportWert[] } | { ok: false; fehler: ImportFehler[] } {
  if (!zeilen.length) return { ok: false, fehler: [{ zeile: 1, meldung: 'Die Datei ist leer. Erwartet wird eine Kopfzeile mit „jahr“ (oder „datum“) und „wert“.' }] };
  const kopf = zeilen[0]!.map((k) => k.trim().toLowerCase());
  const idx = Object.fromEntries(SPALTEN.map((s) => [s, kopf.indexOf(s)])) as Record<(typeof SPALTEN)[number], number>;
  if (idx.wert < 0 || (idx.jahr < 0 && idx.datum < 0)) {
    return { ok: false, fehler: [{ zeile: 1, meldung: `Zeile 1: Die Kopfzeile braucht die Spalten „jahr“ (oder „datum“) und „wert“; gefunden: ${kopf.filter(Boolean).join(', ') || 'nichts'}.` }] };
  }
  if (zeilen.length - 1 > MAX_IMPORT_ZEILEN) {
    return { ok: false, fehler: [{ zeile: MAX_IMPORT_ZEILEN + 2, meldung: `Die Datei hat mehr als ${zeilenNr(MAX_IMPORT_ZEILEN)} Datenzeilen. Bitte teilen Sie sie auf.` }] };
  }
  const fehler: ImportFehler[] = [];
  const werte: ImportWert[] = [];
  const zelle = (z: string[], i: number) => (i >= 0 ? (z[i] ?? '').trim() : '');
  for (let n = 1; n < zeilen.length; n++) {
    const z = zeilen[n]!;
    const nr = n + 1;
    if (z.every((c) => !c.trim())) continue;
    const f = (m: string) => fehler.push({ zeile: nr, meldung: `Zeile ${zeilenNr(nr)}: ${m}` });
    const datumText = zelle(z, idx.datum);
    const datum = datumText ? datumAusText(datumText) : null;
    if (datumText && !datum) { f(`„${datumText}“ ist kein gültiges Datum (erwartet JJJJ-MM-TT oder TT.MM.JJJJ).`); continue; }
    const jahrText = zelle(z, idx.jahr);
    let jahr: number | null = jahrText ? (/^\d{4}$/.test(jahrText) ? Number(jahrText) : Number.NaN) : datum ? Number(datum.slice(0, 4)) : null;
    if (jahr === null) { f('Jahr oder Datum fehlt.'); continue; }
    if (Number.isNaN(jahr)) { f(`„${jahrText}“ ist keine Jahreszahl.`); continue; }
    if (datum && Number(datum.slice(0, 4)) !== jahr) { f(`Jahr ${jahr} und Datum ${datumText} passen nicht zusammen.`); continue; }
    const p = pruefeMessjahr(jahr, heute);
    if (!p.ok) { f(p.grund === 'zukunft' ? `Das Jahr ${jahr} liegt in der Zukunft.` : `Das Jahr ${jahr} liegt vor 1950.`); continue; }
    if (datum && datum > heute.toISOString().slice(0, 10)) { f(`Das Datum ${datumText} liegt in der Zukunft.`); continue; }
    const wertText = zelle(z, idx.wert);
    const wert = zahlAusText(wertText);
    if (wert === null) { f(wertText ? `„${wertText}“ in der Spalte „wert“ ist keine Zahl.` : 'Der Wert fehlt.'); continue; }
    const stadtteil = zelle(z, idx.stadtteil);
    const zielgruppe = zelle(z, idx.zielgruppe);
    if (stadtteil.length > 100 || zielgruppe.length > 100) { f('Stadtteil und Zielgruppe dürfen höchstens 100 Zeichen lang sein.'); continue; }
    jahr = Number(jahr);
    werte.push({ jahr, datum, wert, stadtteil, zielgruppe });
  }
  if (fehler.length) return { ok: false, fehler };
  if (!werte.length) return { ok: false, fehler: [{ zeile: 2, meldung: 'Die Datei enthält keine Werte.' }] };
  return { ok: true, werte };
}
