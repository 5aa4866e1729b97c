/**
 * CSV-Export der Antworten einer Runde: eine Zeile je Frage, deutsche Spaltenköpfe.
 * Geschrieben mit dem gemeinsamen `csvDatei()` (src/core/export/zelle.ts): RFC-4180-Quoting, UTF-8 mit BOM,
 * CRLF; jede Textzelle, die ein Tabellenprogramm als Formel auswerten würde (= + - @, auch nach
 * Leerzeichen, Tab, CR/LF, vollbreite Formen), bekommt ein ' vorangestellt. Zahlenspalten (Punkte,
 * Version) bleiben Zahlen. Die Spalte „Antwort“ ist Text (Beschriftungen, Freitext, Zahlen mit Einheit).
 */
import { csvDatei, type Zellwert } from '../../../core/export/zelle.ts';
import { istSichtbar, istWeissNicht } from '../frageboegen/frageboegen.rules.ts';
import { itemPunkte } from '../runden/runden.rules.ts';
import type { Antwort, Antworten, Fragebogen, Item } from '../frageboegen/fragebogen.schemas.ts';

export const CSV_SPALTEN = ['Abschnitt', 'Frage-ID', 'Frage', 'Antworttyp', 'Antwort', 'Punkte (0–100)', 'Bereich', 'Fragebogen', 'Version'] as const;

const TYP: Record<Item['typ'], string> = {
  zustimmung5: 'Zustimmung (1–5)',
  einfach: 'Einfachauswahl',
  mehrfach: 'Mehrfachauswahl',
  zahl: 'Zahl',
  freitext: 'Freitext',
};

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
  const zeilen: Zellwert[][] = [];
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
        p,
        item.dimension ? (dimension.get(item.dimension) ?? item.dimension) : '',
        fb.titel,
        fb.version,
      ]);
    }
  }
  return csvDatei(CSV_SPALTEN, zeilen, trenn, { format: (n) => zahl.format(n) });
}
