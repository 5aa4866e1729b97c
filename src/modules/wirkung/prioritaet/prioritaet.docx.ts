/**
 * Ratsvorlage „Was wollen wir damit erreichen?“ als DOCX (Paket `docx`): echte Überschriften, Tabellen mit
 * Kopfzeile (wiederholt auf jeder Seite), Dokumenttitel und Sprache Deutsch – bearbeitbar im Ratsinformationssystem.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { FELD_TEXT } from './prioritaet.pdf.ts';
import type { PrioritaetAntwort } from './prioritaet.schemas.ts';

const euro = (x: number | null) => (x === null ? 'ohne Angabe' : x.toLocaleString('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }));
const datum = (d: Date) => new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(d);

function tabelle(spalten: { k: string; w: number; rechts?: boolean }[], zeilen: string[][]): Table {
  const zelle = (text: string, i: number, kopf: boolean) => new TableCell({
    width: { size: spalten[i]!.w, type: WidthType.PERCENTAGE },
    shading: kopf ? { fill: 'E8EEF6' } : undefined,
    children: [new Paragraph({ alignment: spalten[i]!.rechts && !kopf ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: kopf })] })],
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: spalten.map((s, i) => zelle(s.k, i, true)) }),
      ...zeilen.map((z) => new TableRow({ cantSplit: true, children: z.map((w, i) => zelle(w, i, false)) })),
    ],
  });
}

export async function prioritaetDocx(d: PrioritaetAntwort, jetzt = new Date()): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const inhalt: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: 'Vorlage für die Haushaltsberatung', color: '595959' })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Was wollen wir damit erreichen?')] }),
    new Paragraph({ children: [new TextRun({ text: d.kommuneName, bold: true, size: 28 })] }),
    p(`Stand: ${datum(jetzt)}. Erwartete Wirkung und Aufwand sind Einschätzungen der Verwaltung auf einer Skala von 1 (gering) bis 5 (hoch).`),
    p(`Budget laufender Maßnahmen: ${euro(d.budgetAktiv)} je Jahr. Durch beendete Maßnahmen frei geworden: ${euro(d.budgetFrei)} je Jahr.`),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Maßnahmen nach Wirkung und Aufwand')] }),
  ];
  if (!d.items.length) inhalt.push(p('Es sind keine Maßnahmen erfasst.'));
  else inhalt.push(tabelle(
    [{ k: 'Maßnahme', w: 26 }, { k: 'Budget je Jahr', w: 14, rechts: true }, { k: 'Wirkung', w: 9 }, { k: 'Aufwand', w: 9 }, { k: 'Einordnung', w: 20 }, { k: 'Dient den Zielen', w: 22 }],
    d.items.map((m) => [
      m.status === 'beendet' ? `${m.titel} (beendet)` : m.titel,
      euro(m.budget),
      m.wirkungErwartet === null ? '–' : `${m.wirkungErwartet} von 5`,
      m.aufwand === null ? '–' : `${m.aufwand} von 5`,
      FELD_TEXT[m.feld]!,
      m.ziele.map((z) => z.aussage).join('; ') || 'keinem Ziel zugeordnet',
    ]),
  ));
  inhalt.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Zielkonflikte')] }));
  if (!d.zielkonflikte.length) inhalt.push(p('Es sind keine Zielkonflikte erfasst.'));
  else inhalt.push(tabelle(
    [{ k: 'Ziele', w: 36 }, { k: 'Konflikt', w: 32 }, { k: 'Auflösung', w: 32 }],
    d.zielkonflikte.map((k) => [`${k.zielA.aussage} ↔ ${k.zielB.aussage}`, k.beschreibung, k.aufloesung || 'noch offen']),
  ));
  const doc = new Document({
    title: `Priorisierung der Maßnahmen – ${d.kommuneName}`,
    subject: 'Vorlage für die Haushaltsberatung',
    keywords: `${d.kommuneName}; Wirkung; Priorisierung`,
    creator: 'Lotse',
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'de-DE' } } } } },
    sections: [{ children: inhalt }],
  });
  return Packer.toBuffer(doc);
}
