/**
 * Cell safety for every spreadsheet export (CSV now; an XLSX writer must use `zelle()` for its text
 * cells too). Decision: docs/decisions/0022-ueberarbeitung-pruefung-und-tabellenexporte.md.
 *
 * A spreadsheet (Excel, LibreOffice, Google Sheets) evaluates a cell as a formula when its text
 * starts with = + - @ – also after leading blanks, after a tab/CR/LF, and with the full-width or
 * small forms of these characters that some programs fold to ASCII. Such text cells get a leading
 * apostrophe ("'"), the usual marker for "this is text". Numbers are passed as numbers and stay as
 * they are (a negative number is a number, not a formula); only columns that hold numbers pass them.
 *
 * The apostrophe is also added to text that already starts with apostrophes before a formula, so
 * that `zelleZurueck()` can undo the marking exactly when an exported file is imported again.
 */

/** Characters that start a formula: ASCII, full-width (U+FF1D …), small forms (U+FE66 …), minus sign U+2212. */
const FORMELZEICHEN = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63', '\uFE6B', '\u2212']);
/** Blanks a spreadsheet may skip before the first character (JS \s plus zero-width characters). */
const LEER = /^[\s\u200B-\u200D\u2060]*/u;
/** Line and tab characters: a cell starting with one of them is treated like a formula cell. */
const STEUER = /[\t\r\n\v\f]/;

export type Zellwert = string | number | null | undefined;

/** Would a spreadsheet evaluate this text (or treat its start as a control sequence)? */
export function istFormel(text: string): boolean {
  const leer = LEER.exec(text)![0];
  if (STEUER.test(leer)) return true;
  const erstes = text.charAt(leer.length);
  return erstes !== '' && FORMELZEICHEN.has(erstes);
}

/** Text that must be marked: a formula, possibly behind apostrophes that belong to the text itself. */
function mussMarkieren(text: string): boolean {
  return istFormel(text.replace(/^'+/, ''));
}

/**
 * THE function for the value of a spreadsheet cell: text that a spreadsheet would evaluate gets a
 * leading apostrophe; numbers stay numbers (`format` formats them, e.g. German decimals); empty → ''.
 */
export function zelle(wert: Zellwert, format?: (n: number) => string): string {
  if (wert == null) return '';
  if (typeof wert === 'number') return Number.isFinite(wert) ? (format ? format(wert) : String(wert)) : '';
  return mussMarkieren(wert) ? `'${wert}` : wert;
}

/** Undoes `zelle()` for a text cell of an exported file (import); other text is left as it is. */
export function zelleZurueck(text: string): string {
  return text.startsWith("'") && mussMarkieren(text.slice(1)) ? text.slice(1) : text;
}

/** One CSV line (RFC 4180): every value through `zelle()`, quoted if it holds the separator, " or a line break. */
export function csvZeile(werte: readonly Zellwert[], trenn: ',' | ';', format?: (n: number) => string): string {
  return werte
    .map((w) => {
      const s = zelle(w, format);
      return s.includes(trenn) || /["\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(trenn);
}

/** A whole CSV file: header line, rows, CRLF line ends, UTF-8 BOM (so that Excel reads umlauts) unless `bom: false`. */
export function csvDatei(kopf: readonly string[], zeilen: readonly (readonly Zellwert[])[], trenn: ',' | ';', opts: { bom?: boolean; format?: (n: number) => string } = {}): string {
  const text = [kopf, ...zeilen].map((z) => csvZeile(z, trenn, opts.format)).join('\r\n') + '\r\n';
  return opts.bom === false ? text : `\uFEFF${text}`;
}
