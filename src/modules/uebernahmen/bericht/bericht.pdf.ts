/**
 * Übernahmebericht eines beendeten Projekts (Issue 11, Punkt 8) als getaggtes PDF über `core/export/pdf.ts`:
 * Eckdaten, Zeitleiste der Phasen, Anpassungen, Aufwand und Kosten, Wirkung aus den Rückmeldungen.
 * Überschriften, Absätze und Tabellen hängen in Lesereihenfolge am Strukturbaum; Flächen sind Artefakte.
 */
import { druckbar, neuesPdf, SCHRIFT } from '../../../core/export/pdf.ts';
import type { UebernahmeDetail } from '../projekte/projekte.schemas.ts';
import { uebernahmen as t } from '../ui/texte.ts';

const BLAU = '#0b4f9c';
const GRAU = '#595959';
const TEXT = '#1a1a1a';
const HELL = '#e8eef6';
const b = t.bericht;

export async function berichtPdf(u: UebernahmeDetail, jetzt = new Date()): Promise<Buffer> {
  const { doc, wurzel, fertig } = neuesPdf({ titel: b.titel(u.loesungTitel, u.kommuneName), betreff: b.betreff, stichwoerter: `${u.kommuneName}; ${u.loesungTitel}; Übernahme` });
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
    tag('H2', () => doc.font(SCHRIFT.fett).fontSize(14).fillColor(BLAU).text(druckbar(s), links, doc.y, { width: breite }));
    doc.moveDown(0.3);
  };
  const absatz = (s: string) => {
    platz(30);
    tag('P', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(TEXT).text(druckbar(s), links, doc.y, { width: breite }));
    doc.moveDown(0.3);
  };
  const tabelle = (spalten: { k: string; w: number }[], zeilen: string[][]) => {
    const tab = gruppe('Table');
    const zeile = (werte: string[], kopf: boolean) => {
      doc.font(kopf ? SCHRIFT.fett : SCHRIFT.normal).fontSize(9);
      const h = Math.max(18, ...werte.map((w, i) => doc.heightOfString(druckbar(w), { width: spalten[i]!.w * breite - 6 }) + 6));
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
        tag(kopf ? 'TH' : 'TD', () => doc.font(kopf ? SCHRIFT.fett : SCHRIFT.normal).fontSize(9).fillColor(TEXT).text(druckbar(w), xi + 3, y, { width: spalten[i]!.w * breite - 6 }), tr);
        x += spalten[i]!.w * breite;
      });
      doc.x = links;
      doc.y = y + h;
    };
    zeile(spalten.map((s) => s.k), true);
    for (const z of zeilen) zeile(z, false);
    doc.moveDown(0.5);
  };

  tag('P', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(GRAU).text(druckbar(b.vorzeile), links, doc.y));
  doc.moveDown(0.2);
  tag('H1', () => doc.font(SCHRIFT.fett).fontSize(20).fillColor(TEXT).text(druckbar(u.loesungTitel), { width: breite }));
  tag('P', () => doc.font(SCHRIFT.fett).fontSize(14).text(druckbar(u.kommuneName)));
  doc.moveDown(0.3);
  absatz(b.stand(t.datum(jetzt.toISOString())));

  ueberschrift(b.eckdaten);
  const meilensteineErledigt = u.meilensteine.filter((m) => m.erledigt).length;
  const punkteErledigt = u.checkliste.filter((p) => p.erledigt).length;
  tabelle([{ k: b.angabe, w: 0.35 }, { k: b.wert, w: 0.65 }], [
    [t.detail.loesung, `${u.loesungTitel} (${t.detail.version(u.loesungVersion)})`],
    [t.detail.herkunft, u.herkunftName ?? '–'],
    [t.detail.kommune, u.kommuneName],
    ...(u.bedarfTitel ? [[t.detail.bedarf, u.bedarfTitel]] : []),
    [b.phase, t.phase[u.phase]!],
    ...(u.goliveAm ? [[t.detail.golive, t.datum(u.goliveAm)]] : []),
    ...(u.abbruchGrund ? [[t.detail.abbruchGrund, u.abbruchGrund]] : []),
    [t.detail.checkliste, b.vonErledigt(punkteErledigt, u.checkliste.length)],
    [t.detail.meilensteine, b.vonErledigt(meilensteineErledigt, u.meilensteine.length)],
  ]);

  ueberschrift(b.zeitleiste);
  tabelle([{ k: b.datum, w: 0.22 }, { k: b.phase, w: 0.25 }, { k: b.grund, w: 0.53 }], u.verlauf.map((v) => [t.datum(v.am), t.phase[v.phase]!, v.grund ?? '']));

  const rm = u.rueckmeldungen;
  ueberschrift(b.anpassungen);
  const mitAnpassung = rm.filter((r) => r.anpassungen.trim());
  if (!mitAnpassung.length) absatz(b.keineAnpassungen);
  for (const r of mitAnpassung) absatz(`${b.anlass(t.anlass[r.anlass])}: ${r.anpassungen}`);

  ueberschrift(b.aufwand);
  if (!rm.length) absatz(b.keineRueckmeldung);
  else {
    const letzte = rm[rm.length - 1]!;
    absatz(b.aufwandSatz(t.zahl(letzte.aufwandPersonentage), t.euro(letzte.kostenEuro), t.anlass[letzte.anlass]));
    tabelle([{ k: b.anlassSpalte, w: 0.28 }, { k: b.personentage, w: 0.24 }, { k: b.kosten, w: 0.24 }, { k: b.gemeldet, w: 0.24 }], rm.map((r) => [t.anlass[r.anlass], t.zahl(r.aufwandPersonentage), t.euro(r.kostenEuro), t.datum(r.erstelltAm)]));
  }

  ueberschrift(b.wirkung);
  if (!rm.length) absatz(b.keineRueckmeldung);
  else {
    absatz(b.wirkungstreppe);
    tabelle([{ k: b.anlassSpalte, w: 0.22 }, { k: b.stufe, w: 0.38 }, { k: b.belege, w: 0.4 }], rm.map((r) => [t.anlass[r.anlass], t.rueckmeldung.stufen[r.wirkungsstufe] ?? String(r.wirkungsstufe), r.belege]));
    const referenzen = rm.filter((r) => r.referenz.trim());
    for (const r of referenzen) absatz(b.referenz(r.referenz));
  }
  return fertig();
}
