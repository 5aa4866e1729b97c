/**
 * CSV-Export der Antworten einer Runde: eine Zeile je Frage, deutsche Spaltenköpfe.
 * Von Hand geschrieben (im Projekt ist nur ein CSV-Parser installiert) mit RFC-4180-Quoting:
 * Felder mit Trennzeichen, Anführungszeichen oder Zeilenumbruch stehen in "…", " wird verdoppelt.
 * Zellen, die mit = + - @ beginnen, bekommen ein ' vorangestellt (keine Formeln in Tabellenprogrammen).
 * UTF-8 mit BOM, damit Excel Umlaute richtig zeigt; Zeilenende CRLF.
 */
import { istSichtbar, itemPunkte, istWeissNicht } from './erhebungen.service.ts';
import type { Antwort, Antworten, Fragebogen, Item } from './fragebogen.schemas.ts';

export const CSV_SPALTEN = ['Abschnitt', 'Frage-ID', 'Frage', 'Antworttyp', 'Antwort', 'Punkte (0–100)', 'Bereich', 'Fragebogen', 'Version'] as const;

const TYP: Record<Item['typ'], string> = {
  zustimmung5: 'Zustimmung (1–5)',
  einfach: 'Einfachauswahl',
  mehrfach: 'Mehrfachauswahl',
  zahl: 'Zahl',
  freitext: 'Freitext',
};

export function csvZelle(wert: string, trenn: string): string {
  const sicher = /^[=+\-@\t\r]/.test(wert) ? `'${wert}` : wert;
  return sicher.includes(trenn) || /["\r\n]/.test(sicher) ? `"${sicher.replaceAll('"', '""')}"` : sicher;
}

function alsText(fb: Fragebogen, item: Item, a: Antwort | undefined): string {
  if (a === undefined) return '';
  if (istWeissNicht(a)) return fb.weissNichtLabel;
  const label = (w: string) => item.optionen?.find((o) => o.wert === w)?.label ?? w;
  if (Array.isArray(a)) return a.map(label).join(' | ');
  if (typeof a === 'number') {
    if (item.typ === 'zustimmung5') {
      const s = fb.zustimmungsskala.find((x) => x.wert === a);
      return s ? `${a} – ${s.label}` : String(a);
    }
    return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(a) + (item.einheit ? ` ${item.einheit}` : '');
  }
  if (typeof a !== 'string') return '';
  return item.typ === 'freitext' ? a : label(a);
}

export function antwortenCsv(d: { fragebogen: Fragebogen; antworten: Antworten }, trenn: ';' | ',' = ';'): string {
  const { fragebogen: fb, antworten } = d;
  const dimension = new Map(fb.dimensionen.map((x) => [x.id, x.titel]));
  const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
  const zeilen: string[][] = [[...CSV_SPALTEN]];
  for (const ab of fb.abschnitte) {
    for (const item of ab.items) {
      if (!istSichtbar(item, antworten) && antworten[item.id] === undefined) continue;
      const p = itemPunkte(fb, item, antworten[item.id]);
      zeilen.push([
        ab.titel,
        item.id,
        item.text,
        TYP[item.typ],
        alsText(fb, item, antworten[item.id]),
        p === null ? '' : zahl.format(p),
        item.dimension ? (dimension.get(item.dimension) ?? item.dimension) : '',
        fb.titel,
        String(fb.version),
      ]);
    }
  }
  return '\uFEFF' + zeilen.map((z) => z.map((c) => csvZelle(c, trenn)).join(trenn)).join('\r\n') + '\r\n';
}
