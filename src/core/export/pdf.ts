/**
 * Der gemeinsame Anfang jedes PDF aus Lotse (Bericht für den Rat, Übernahmebericht, Protokolle …):
 * PDF/UA-Kennung, getaggter Strukturbaum, Dokumentsprache, Titel in der Titelleiste und die eingebettete
 * Schrift Noto Sans (Teilmenge, mit Unicode-Zuordnung). Nicht eingebettete Standardschriften wie Helvetica
 * sind nach PDF/UA (ISO 14289-1, 7.21.4.1) unzulässig und können Zeichen außerhalb von WinAnsi nicht darstellen.
 *
 * Was auf die Seite kommt, ordnet der Aufrufer mit `doc.struct()` in den Baum unter `wurzel` ein
 * (siehe `src/modules/erhebungen/export/export.pdf.ts`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type {} from 'pdfkit'; // the global PDFKit types
import { pdfkit } from './bibliotheken.ts';

const ORDNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schriften');

interface Schriftdatei { hasGlyphForCodePoint(cp: number): boolean; layout(text: string): unknown }
/**
 * Both faces parsed once per process and handed to pdfkit as font objects: parsing and the first layout of
 * Noto Sans cost about a quarter of a second, which would otherwise be paid for every single PDF.
 */
let schriften: { normal: Schriftdatei; fett: Schriftdatei } | undefined;
const ladeSchriften = () =>
  (schriften ??= {
    normal: fontkit.openSync(path.join(ORDNER, 'NotoSans-Regular.ttf')) as Schriftdatei,
    fett: fontkit.openSync(path.join(ORDNER, 'NotoSans-Bold.ttf')) as Schriftdatei,
  });
const ERSATZ: Record<string, string> = { '≥': '>=', '≤': '<=', '≠': '!=', '→': '->', '←': '<-', '✓': 'ja', '✗': 'nein' };

/**
 * Macht einen Text druckbar: Steuerzeichen fallen weg, Zeichen ohne Glyphe in Noto Sans (die von KERN UX
 * mitgelieferte Fassung deckt Latein, Griechisch und Kyrillisch ab, aber keine Mathematik-Zeichen) werden
 * ersetzt (≥ → >=) oder durch „?“ sichtbar gemacht, statt als leeres Kästchen zu erscheinen.
 */
export function druckbar(text: string): string {
  const abdeckung = ladeSchriften().normal;
  let aus = '';
  // eslint-disable-next-line no-control-regex -- Steuerzeichen sind hier genau das Ziel
  for (const z of text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')) {
    const cp = z.codePointAt(0)!;
    if (cp < 0x80 || z === '\n' || abdeckung.hasGlyphForCodePoint(cp)) aus += z;
    else aus += ERSATZ[z] ?? '?';
  }
  return aus;
}

/** Schriftnamen für `doc.font(…)`. */
export const SCHRIFT = { normal: 'Lotse-Normal', fett: 'Lotse-Fett' } as const;

export interface PdfKopf {
  titel: string;
  betreff?: string;
  stichwoerter?: string;
  /** Dokumentsprache, Standard `de-DE`. */
  sprache?: string;
  groesse?: 'A4' | [number, number];
  raender?: { top: number; bottom: number; left: number; right: number };
}

export interface NeuesPdf {
  doc: PDFKit.PDFDocument;
  /** Das Element „Document“: alles Sichtbare hängt in Lesereihenfolge darunter. */
  wurzel: PDFKit.PDFStructureElement;
  /** Beendet das Dokument und liefert die Bytes. */
  fertig: () => Promise<Buffer>;
}

export function neuesPdf(kopf: PdfKopf): NeuesPdf {
  // lang, tagged und subset kennt pdfkit (0.20), die Typen aus @types/pdfkit noch nicht vollständig.
  const optionen = {
    size: kopf.groesse ?? 'A4',
    margins: kopf.raender ?? { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: kopf.titel, Author: 'Lotse', ...(kopf.betreff ? { Subject: kopf.betreff } : {}), ...(kopf.stichwoerter ? { Keywords: kopf.stichwoerter } : {}) },
    lang: kopf.sprache ?? 'de-DE',
    displayTitle: true,
    tagged: true,
    subset: 'PDF/UA',
    pdfVersion: '1.7',
  };
  const PDFDocument = pdfkit();
  const doc = new PDFDocument(optionen as unknown as PDFKit.PDFDocumentOptions);
  const { normal, fett } = ladeSchriften();
  // pdfkit takes a parsed fontkit font as it is (its types only name paths and buffers).
  doc.registerFont(SCHRIFT.normal, normal as unknown as Buffer);
  doc.registerFont(SCHRIFT.fett, fett as unknown as Buffer);
  doc.font(SCHRIFT.normal);
  const teile: Buffer[] = [];
  doc.on('data', (b: Buffer) => teile.push(b));
  const ende = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(teile)));
    doc.on('error', reject);
  });
  const wurzel = doc.struct('Document');
  doc.addStructure(wurzel);
  return {
    doc,
    wurzel,
    fertig: () => {
      wurzel.end();
      doc.end();
      return ende;
    },
  };
}

/** Colours of Lotse's reports (KERN UX blue for headings, dark grey text, light blue table heads). */
export const PDF_FARBE = { blau: '#0b4f9c', grau: '#595959', text: '#1a1a1a', hell: '#e8eef6' } as const;

export interface TabellenSpalte {
  /** column head */
  k: string;
  /** share of the text width (0–1) */
  w: number;
}

/**
 * The building blocks every report uses on top of `neuesPdf`: each visible element hangs in reading order in the
 * structure tree under `wurzel` (or a group below it); background areas are artefacts; text goes through `druckbar`.
 */
export function pdfBausteine(doc: PDFKit.PDFDocument, wurzel: PDFKit.PDFStructureElement) {
  type Eltern = PDFKit.PDFStructureElement;
  const tag = (typ: string, inhalt: () => void, eltern: Eltern = wurzel) => eltern.add(doc.struct(typ, {}, inhalt));
  const gruppe = (typ: string, eltern: Eltern = wurzel) => {
    const g = doc.struct(typ);
    eltern.add(g);
    return g;
  };
  const links = doc.page.margins.left;
  const breite = doc.page.width - links - doc.page.margins.right;
  /** A new page when fewer than `h` points are left. */
  const platz = (h: number) => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  /** H2 in blue; afterwards normal text again. */
  const ueberschrift = (s: string) => {
    platz(60);
    doc.moveDown(0.8);
    tag('H2', () => doc.font(SCHRIFT.fett).fontSize(14).fillColor(PDF_FARBE.blau).text(druckbar(s), links, doc.y, { width: breite }));
    doc.moveDown(0.3).font(SCHRIFT.normal).fontSize(10).fillColor(PDF_FARBE.text);
  };
  /** A paragraph (P) over the full text width. */
  const absatz = (s: string, farbe: string = PDF_FARBE.text) =>
    tag('P', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(farbe).text(druckbar(s), links, doc.y, { width: breite }));
  /** A table (Table › TR › TH/TD) with a shaded head row; rows grow with their longest cell and break pages. */
  const tabelle = (spalten: TabellenSpalte[], zeilen: string[][]) => {
    const tab = gruppe('Table');
    const zeile = (werte: string[], kopf: boolean) => {
      doc.font(kopf ? SCHRIFT.fett : SCHRIFT.normal).fontSize(9);
      const h = Math.max(18, ...werte.map((w, i) => doc.heightOfString(druckbar(w), { width: spalten[i]!.w * breite - 6 }) + 6));
      platz(h + 4);
      const y = doc.y;
      if (kopf) {
        doc.markContent('Artifact', { type: 'Layout' });
        doc.rect(links, y - 2, breite, h).fill(PDF_FARBE.hell);
        doc.endMarkedContent();
      }
      const tr = gruppe('TR', tab);
      let x = links;
      werte.forEach((w, i) => {
        const xi = x;
        tag(kopf ? 'TH' : 'TD', () => doc.font(kopf ? SCHRIFT.fett : SCHRIFT.normal).fontSize(9).fillColor(PDF_FARBE.text).text(druckbar(w), xi + 3, y, { width: spalten[i]!.w * breite - 6 }), tr);
        x += spalten[i]!.w * breite;
      });
      doc.x = links;
      doc.y = y + h;
    };
    zeile(spalten.map((s) => s.k), true);
    for (const z of zeilen) zeile(z, false);
  };
  return { tag, gruppe, links, breite, platz, ueberschrift, absatz, tabelle };
}
