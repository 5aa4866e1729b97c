/**
 * Ratsvorlage „Was wollen wir damit erreichen?“ als getaggtes PDF (pdfkit über src/core/export/pdf.ts):
 * Überschriften, Absätze und Tabellen hängen in Lesereihenfolge am Strukturbaum; Flächen sind Artefakte.
 */
import { druckbar, neuesPdf, PDF_FARBE, pdfBausteine, SCHRIFT } from '../../../core/export/pdf.ts';
import type { PrioritaetAntwort } from './prioritaet.schemas.ts';

const { grau: GRAU, text: TEXT } = PDF_FARBE;
const t = druckbar;
const euro = (x: number | null) => (x === null ? 'ohne Angabe' : x.toLocaleString('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }));
const datum = (d: Date) => new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(d);

export const FELD_TEXT: Record<string, string> = {
  zuerst: 'Hohe Wirkung, geringer Aufwand – zuerst',
  planen: 'Hohe Wirkung, hoher Aufwand – planen',
  nebenbei: 'Geringe Wirkung, geringer Aufwand – nebenbei',
  hinterfragen: 'Geringe Wirkung, hoher Aufwand – hinterfragen',
  offen: 'Noch nicht eingeschätzt',
};

export async function prioritaetPdf(d: PrioritaetAntwort, jetzt = new Date()): Promise<Buffer> {
  const { doc, wurzel, fertig } = neuesPdf({ titel: `Priorisierung der Maßnahmen – ${d.kommuneName}`, betreff: 'Vorlage für die Haushaltsberatung', stichwoerter: `${d.kommuneName}; Wirkung; Priorisierung` });
  const { tag, links, breite, ueberschrift, absatz, tabelle } = pdfBausteine(doc, wurzel);

  tag('P', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(GRAU).text('Vorlage für die Haushaltsberatung', links, doc.y));
  doc.moveDown(0.2);
  tag('H1', () => doc.font(SCHRIFT.fett).fontSize(20).fillColor(TEXT).text(t('Was wollen wir damit erreichen?'), { width: breite }));
  tag('P', () => doc.font(SCHRIFT.fett).fontSize(14).text(t(d.kommuneName)));
  doc.moveDown(0.3);
  absatz(`Stand: ${datum(jetzt)}. Erwartete Wirkung und Aufwand sind Einschätzungen der Verwaltung auf einer Skala von 1 (gering) bis 5 (hoch).`);
  absatz(`Budget laufender Maßnahmen: ${euro(d.budgetAktiv)} je Jahr. Durch beendete Maßnahmen frei geworden: ${euro(d.budgetFrei)} je Jahr.`);

  ueberschrift('Maßnahmen nach Wirkung und Aufwand');
  tabelle(
    [{ k: 'Maßnahme', w: 0.26 }, { k: 'Budget je Jahr', w: 0.14 }, { k: 'Wirkung', w: 0.09 }, { k: 'Aufwand', w: 0.09 }, { k: 'Einordnung', w: 0.2 }, { k: 'Dient den Zielen', w: 0.22 }],
    d.items.map((m) => [
      m.status === 'beendet' ? `${m.titel} (beendet)` : m.titel,
      euro(m.budget),
      m.wirkungErwartet === null ? '–' : `${m.wirkungErwartet} von 5`,
      m.aufwand === null ? '–' : `${m.aufwand} von 5`,
      FELD_TEXT[m.feld]!,
      m.ziele.map((z) => z.aussage).join('; ') || 'keinem Ziel zugeordnet',
    ]),
  );

  ueberschrift('Zielkonflikte');
  if (!d.zielkonflikte.length) absatz('Es sind keine Zielkonflikte erfasst.');
  else tabelle(
    [{ k: 'Ziele', w: 0.36 }, { k: 'Konflikt', w: 0.32 }, { k: 'Auflösung', w: 0.32 }],
    d.zielkonflikte.map((k) => [`${k.zielA.aussage} ↔ ${k.zielB.aussage}`, k.beschreibung, k.aufloesung || 'noch offen']),
  );
  return fertig();
}
