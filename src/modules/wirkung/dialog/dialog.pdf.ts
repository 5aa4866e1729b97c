/**
 * Tagesordnung und Protokoll eines Wirkungsdialogs als getaggte PDF (pdfkit über src/core/export/pdf.ts):
 * Überschriften, Absätze, Listen und Tabellen hängen in Lesereihenfolge am Strukturbaum; Flächen sind Artefakte.
 */
import { druckbar, neuesPdf, PDF_FARBE, pdfBausteine, SCHRIFT } from '../../../core/export/pdf.ts';
import type { DialogDetail } from './dialog.schemas.ts';

const { grau: GRAU, text: TEXT } = PDF_FARBE;
const t = druckbar;

export const ROLLE_TEXT: Record<string, string> = { verwaltung: 'Verwaltung', politik: 'Politik', traeger: 'Träger', zivilgesellschaft: 'Zivilgesellschaft' };
const deDatum = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function baue(d: DialogDetail, art: 'tagesordnung' | 'protokoll') {
  const titel = art === 'tagesordnung' ? 'Tagesordnung' : 'Protokoll';
  const { doc, wurzel, fertig } = neuesPdf({ titel: `${titel}: ${d.titel} – ${d.kommuneName}`, betreff: `Wirkungsdialog, ${titel}`, stichwoerter: `${d.kommuneName}; Wirkung; Wirkungsdialog` });
  const bs = pdfBausteine(doc, wurzel);
  const { tag, gruppe, links, breite, platz, ueberschrift, tabelle } = bs;
  const unterueberschrift = (s: string) => {
    platz(40);
    doc.moveDown(0.4);
    tag('H3', () => doc.font(SCHRIFT.fett).fontSize(11).fillColor(TEXT).text(t(s), links, doc.y, { width: breite }));
  };
  const absatz = (s: string, farbe: string = TEXT) => {
    platz(20);
    bs.absatz(s, farbe);
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
