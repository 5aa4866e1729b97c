/** Shared bits of the result page's sections. */
import { erhebungen } from '../texte.ts';

export const t = erhebungen.ergebnis;
export const z = erhebungen.zahl;
export const datum = erhebungen.datum;

/** Published ranges as one line of text (e.g. for a table cell). */
export const bereicheText = (bereiche: { von: number; bis: number; anzahl: number }[], einheit: string) =>
  bereiche.map((b) => t.bereichText(b.von, b.bis, b.anzahl, einheit)).join(' · ');
