/** CSV mit einer Zeile je Antwortsatz (rein, ohne Datenbank). */
import type { Antwort, Fragebogen, Item } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems, istWeissNicht } from '../frageboegen/frageboegen.rules.ts';
import type { Antwortsatz } from '../team/team.rules.ts';

export interface CsvOptionen {
  trennzeichen?: ';' | ',';
  /** Statt der Optionswerte die Beschriftungen ausgeben. */
  mitLabels?: boolean;
}

function csvZelle(wert: string, trennzeichen: string): string {
  // Formel-Injektion in Tabellenprogrammen verhindern
  const sicher = /^[=+\-@\t\r]/.test(wert) ? `'${wert}` : wert;
  return /["\n\r]/.test(sicher) || sicher.includes(trennzeichen) ? `"${sicher.replaceAll('"', '""')}"` : sicher;
}

function antwortAlsText(fb: Fragebogen, item: Item, antwort: Antwort | undefined, mitLabels: boolean): string {
  if (antwort === undefined) return '';
  if (istWeissNicht(antwort)) return fb.weissNichtLabel;
  const label = (wert: string) => (mitLabels ? (item.optionen?.find((o) => o.wert === wert)?.label ?? wert) : wert);
  if (Array.isArray(antwort)) return antwort.map(label).join(' | ');
  if (typeof antwort === 'number') {
    const skala = item.typ === 'zustimmung5' && mitLabels ? fb.zustimmungsskala.find((s) => s.wert === antwort) : undefined;
    return skala ? skala.label : String(antwort);
  }
  return typeof antwort === 'string' && item.typ !== 'freitext' ? label(antwort) : String(antwort);
}

/** CSV mit einer Zeile je Antwortsatz und einer Spalte je Item (Kopfzeile: Item-IDs). */
export function antwortenAlsCsv(fb: Fragebogen, saetze: readonly Antwortsatz[], optionen: CsvOptionen = {}): string {
  const t = optionen.trennzeichen ?? ';';
  const items = alleItems(fb);
  const kopf = ['kennung', 'fragebogen', 'version', ...items.map((i) => i.id)];
  const zeilen = saetze.map((s, index) => [
    s.kennung ?? String(index + 1),
    fb.id,
    String(fb.version),
    ...items.map((i) => antwortAlsText(fb, i, s.antworten[i.id], optionen.mitLabels ?? false)),
  ]);
  return [kopf, ...zeilen].map((z) => z.map((c) => csvZelle(c, t)).join(t)).join('\r\n') + '\r\n';
}
