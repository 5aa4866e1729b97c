/**
 * Ratsvorlage „Was wollen wir damit erreichen?“ als getaggtes PDF (pdfkit über src/core/export/pdf.ts):
 * Überschriften, Absätze und Tabellen hängen in Lesereihenfolge am Strukturbaum; Flächen sind Artefakte.
 */
import { druckbar, neuesPdf, SCHRIFT } from '../../../core/export/pdf.ts';
import type { PrioritaetAntwort } from './prioritaet.schemas.ts';

const BLAU = '#0b4f9c';
const GRAU = '#595959';
const TEXT = '#1a1a1a';
const HELL = '#e8eef6';
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
  type Eltern = PDFKit.PDFStructureElement;
  const tag = (typ: string, inhalt: () => void, eltern: Eltern = wurzel) => eltern.add(doc.struct(typ, {}, inhalt));
  const gruppe = (typ: string, eltern: Eltern = wurzel) => {
    const g = doc.struct(typ);
    eltern.add(g);
    return g;
  };
  const links = doc.page.margins.left;
  const breite = doc.page.width - links - doc.page.margins.right;
  const platz = (h: number) => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const ueberschrift = (s: string) => {
    platz(60);
    doc.moveDown(0.8);
    tag('H2', () => doc.font(SCHRIFT.fett).fontSize(14).fillColor(BLAU).text(t(s), links, doc.y, { width: breite }));
    doc.moveDown(0.3).font(SCHRIFT.normal).fontSize(10).fillColor(TEXT);
  };
  const absatz = (s: string) => tag('P', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(TEXT).text(t(s), links, doc.y, { width: breite }));
  const tabelle = (spalten: { k: string; w: number }[], zeilen: string[][]) => {
    const tab = gruppe('Table');
    const zeile = (werte: string[], kopf: boolean) => {
      doc.font(kopf ? SCHRIFT.fett : SCHRIFT.normal).fontSize(9);
      const h = Math.max(18, ...werte.map((w, i) => doc.heightOfString(t(w), { width: spalten[i]!.w * breite - 6 }) + 6));
      platz(h + 4);
      const y = doc.y;
      if (kopf) {
        doc.markContent('Artifact', { type: 'Layout' });
        doc.rect(links, y - 2, breite, h).fill(HELL);
        doc.endMarkedContent();
      }
      const tr = gruppe('TR', tab);
      let x = links;
      werte.forEach((w, i) => {
        const xi = x;
        tag(kopf ? 'TH' : 'TD', () => doc.font(kopf ? SCHRIFT.fett : SCHRIFT.normal).fontSize(9).fillColor(TEXT).text(t(w), xi + 3, y, { width: spalten[i]!.w * breite - 6 }), tr);
        x += spalten[i]!.w * breite;
      });
      doc.x = links;
      doc.y = y + h;
    };
    zeile(spalten.map((s) => s.k), true);
    for (const z of zeilen) zeile(z, false);
  };

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
