/**
 * Übernahmebericht eines beendeten Projekts (Issue 11, Punkt 8) als getaggtes PDF über `core/export/pdf.ts`:
 * Eckdaten, Zeitleiste der Phasen, Anpassungen, Aufwand und Kosten, Wirkung aus den Rückmeldungen.
 * Überschriften, Absätze und Tabellen hängen in Lesereihenfolge am Strukturbaum; Flächen sind Artefakte.
 */
import { druckbar, neuesPdf, PDF_FARBE, pdfBausteine, SCHRIFT, type TabellenSpalte } from '../../../core/export/pdf.ts';
import type { UebernahmeDetail } from '../projekte/projekte.schemas.ts';
import { uebernahmen as t } from '../ui/texte.ts';

const { grau: GRAU, text: TEXT } = PDF_FARBE;
const b = t.bericht;

export async function berichtPdf(u: UebernahmeDetail, jetzt = new Date()): Promise<Buffer> {
  const { doc, wurzel, fertig } = neuesPdf({ titel: b.titel(u.loesungTitel, u.kommuneName), betreff: b.betreff, stichwoerter: `${u.kommuneName}; ${u.loesungTitel}; Übernahme` });
  const bs = pdfBausteine(doc, wurzel);
  const { tag, links, breite, ueberschrift } = bs;
  const absatz = (s: string) => {
    bs.platz(30);
    bs.absatz(s);
    doc.moveDown(0.3);
  };
  const tabelle = (spalten: TabellenSpalte[], zeilen: string[][]) => {
    bs.tabelle(spalten, zeilen);
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
