/**
 * Tagesordnung und Protokoll eines Wirkungsdialogs als getaggte PDF (pdfkit über src/core/export/pdf.ts):
 * Überschriften, Absätze, Listen und Tabellen hängen in Lesereihenfolge am Strukturbaum; Flächen sind Artefakte.
 */
import { druckbar, neuesPdf, SCHRIFT } from '../../../core/export/pdf.ts';
import type { DialogDetail } from './dialog.schemas.ts';

const BLAU = '#0b4f9c';
const GRAU = '#595959';
const TEXT = '#1a1a1a';
const HELL = '#e8eef6';
const t = druckbar;

export const ROLLE_TEXT: Record<string, string> = { verwaltung: 'Verwaltung', politik: 'Politik', traeger: 'Träger', zivilgesellschaft: 'Zivilgesellschaft' };
const deDatum = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function baue(d: DialogDetail, art: 'tagesordnung' | 'protokoll') {
  const titel = art === 'tagesordnung' ? 'Tagesordnung' : 'Protokoll';
  const { doc, wurzel, fertig } = neuesPdf({ titel: `${titel}: ${d.titel} – ${d.kommuneName}`, betreff: `Wirkungsdialog, ${titel}`, stichwoerter: `${d.kommuneName}; Wirkung; Wirkungsdialog` });
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
  const unterueberschrift = (s: string) => {
    platz(40);
    doc.moveDown(0.4);
    tag('H3', () => doc.font(SCHRIFT.fett).fontSize(11).fillColor(TEXT).text(t(s), links, doc.y, { width: breite }));
  };
  const absatz = (s: string, farbe = TEXT) => {
    platz(20);
    tag('P', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(farbe).text(t(s), links, doc.y, { width: breite }));
  };
  const liste = (punkte: string[], nummeriert = false) => {
    const l = gruppe('L');
    punkte.forEach((p, i) => {
      platz(20);
      const li = gruppe('LI', l);
      const y = doc.y;
      tag('Lbl', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(TEXT).text(nummeriert ? `${i + 1}.` : '–', links, y, { width: 18 }), li);
      tag('LBody', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(TEXT).text(t(p), links + 20, y, { width: breite - 20 }), li);
      doc.x = links;
      doc.moveDown(0.2);
    });
  };
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

  tag('P', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(GRAU).text(t(`Wirkungsdialog – ${titel}`), links, doc.y));
  doc.moveDown(0.2);
  tag('H1', () => doc.font(SCHRIFT.fett).fontSize(20).fillColor(TEXT).text(t(d.titel), { width: breite }));
  absatz(`${d.kommuneName}, ${deDatum(d.datum)}${d.ort ? `, ${d.ort}` : ''}`);
  if (d.ziel) absatz(`Wirkungsziel: ${d.ziel.aussage}`);
  if (d.indikatoren.length) absatz(`Indikatoren: ${d.indikatoren.map((i) => i.name).join('; ')}`);

  ueberschrift('Teilnehmende');
  liste(d.teilnehmende.map((p) => (p.name ? `${p.name} (${ROLLE_TEXT[p.rolle]})` : ROLLE_TEXT[p.rolle]!)));

  const punkte = d.eintraege.filter((e) => e.art === 'gespraechspunkt');
  if (art === 'tagesordnung') {
    ueberschrift('Ablauf');
    liste(['Was zeigen die Daten? Gesprächspunkte', 'Leitfragen', 'Hypothesen festhalten', 'Entscheidungen und Aufgaben'], true);
    ueberschrift('Gesprächspunkte');
    if (punkte.length) liste(punkte.map((p) => p.text));
    else absatz('Die Daten zeigen keine auffälligen Abweichungen; eigene Beobachtungen sind willkommen.', GRAU);
    ueberschrift('Leitfragen');
    liste(d.leitfragen.map((l) => l.frage), true);
    return fertig();
  }

  ueberschrift('Gesprächspunkte');
  if (punkte.length) liste(punkte.map((p) => p.text));
  else absatz('Keine Gesprächspunkte festgehalten.', GRAU);
  ueberschrift('Antworten auf die Leitfragen');
  for (const l of d.leitfragen) {
    unterueberschrift(l.frage);
    const as = d.eintraege.filter((e) => e.art === 'antwort' && e.leitfrage === l.id);
    if (as.length) liste(as.map((a) => a.text));
    else absatz('Nichts festgehalten.', GRAU);
  }
  ueberschrift('Hypothesen');
  const hs = d.eintraege.filter((e) => e.art === 'hypothese');
  if (hs.length) liste(hs.map((h) => (h.bedarfId ? `${h.text} (als Bedarf erfasst)` : h.text)));
  else absatz('Keine Hypothesen festgehalten.', GRAU);
  ueberschrift('Entscheidungen');
  const es = d.eintraege.filter((e) => e.art === 'entscheidung');
  if (es.length) liste(es.map((e) => e.text));
  else absatz('Keine Entscheidungen festgehalten.', GRAU);
  ueberschrift('Aufgaben');
  const auf = d.eintraege.filter((e) => e.art === 'aufgabe');
  if (auf.length) tabelle([{ k: 'Aufgabe', w: 0.56 }, { k: 'Verantwortlich', w: 0.26 }, { k: 'Fällig', w: 0.18 }], auf.map((a) => [a.text, a.verantwortlich || '–', a.faellig ? deDatum(a.faellig) : '–']));
  else absatz('Keine Aufgaben festgehalten.', GRAU);
  return fertig();
}

export const tagesordnungPdf = (d: DialogDetail) => baue(d, 'tagesordnung');
export const protokollPdf = (d: DialogDetail) => baue(d, 'protokoll');
