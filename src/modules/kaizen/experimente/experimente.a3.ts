/**
 * A3-Übersicht eines PDCA-Experiments auf einer Seite (A3 quer, getaggtes PDF über src/core/export/pdf.ts):
 * links Plan (Problem, Ausgangslage, Ziel, Hypothese), rechts Do/Check/Act (Test, Ergebnis, Entscheidung,
 * Gelerntes). Jeder Abschnitt hat ein festes Feld; zu lange Texte werden mit „…“ gekürzt, damit es bei einer
 * Seite bleibt. Überschriften und Absätze hängen in Lesereihenfolge am Strukturbaum, Rahmen sind Artefakte.
 */
import { druckbar, neuesPdf, SCHRIFT } from '../../../core/export/pdf.ts';
import type { ExperimentDetail } from './experimente.schemas.ts';

const A3_QUER: [number, number] = [1190.55, 841.89];
const BLAU = '#0b4f9c';
const GRAU = '#595959';
const TEXT = '#1a1a1a';
const LINIE = '#b8c4d6';

export const MESSGROESSE: Record<string, string> = {
  durchlaufzeit: 'Durchlaufzeit', bearbeitungszeit: 'Bearbeitungszeit', wartezeit: 'Wartezeit', fehlerquote: 'Fehler-/Rückläuferquote', anzahl: 'Anzahl', eigene: 'Eigene Messgröße',
};
export const METHODE: Record<string, string> = { stichprobe: 'Stichprobe (von Hand gestoppt)', ereignisprotokoll: 'Ereignisprotokoll', zaehlung: 'Zählung' };
const ENTSCHEIDUNG: Record<string, string> = { standard: 'Wird Standard', anpassen: 'Anpassen und erneut testen', beenden: 'Beenden' };
const URTEIL: Record<string, string> = {
  zu_klein: 'Die Stichprobe ist zu klein, um einen Unterschied zu erkennen.',
  kein_unterschied_erkennbar: 'Kein Unterschied erkennbar.',
  schneller: 'Nachher deutlich schneller.',
  langsamer: 'Nachher deutlich langsamer.',
};
const zahl = (v: number) => v.toLocaleString('de-DE', { maximumFractionDigits: 1 });
const datum = (iso: string | null) => (iso ? new Date(`${iso}T12:00:00Z`).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' }) : '–');

export async function a3Pdf(x: ExperimentDetail, kommuneName: string): Promise<Buffer> {
  const { doc, wurzel, fertig } = neuesPdf({
    titel: `A3-Übersicht: ${x.titel}`,
    betreff: 'PDCA-Experiment auf einer Seite',
    stichwoerter: `${kommuneName}; Kaizen; PDCA; Experiment`,
    groesse: A3_QUER,
    raender: { top: 40, bottom: 40, left: 40, right: 40 },
  });
  const tag = (typ: string, inhalt: () => void) => wurzel.add(doc.struct(typ, {}, inhalt));
  const wert = (v: number | null) => (v === null ? '–' : `${zahl(v)} ${x.einheit}`);
  const links = doc.page.margins.left;
  const breite = doc.page.width - links - doc.page.margins.right;
  const abstand = 24;
  const spalte = (breite - abstand) / 2;

  tag('P', () => doc.font(SCHRIFT.normal).fontSize(11).fillColor(GRAU).text(druckbar(`A3-Übersicht · ${kommuneName} · angelegt am ${datum(x.erstelltAm.slice(0, 10))}`), links, doc.page.margins.top, { width: breite }));
  tag('H1', () => doc.font(SCHRIFT.fett).fontSize(22).fillColor(TEXT).text(druckbar(x.titel), links, doc.y + 2, { width: breite, height: 60, ellipsis: true }));
  const oben = doc.y + 12;
  const unten = doc.page.height - doc.page.margins.bottom;

  /** Abschnitt in einem festen Feld: Überschrift, dann Absätze, gekürzt auf die verfügbare Höhe. */
  const abschnitt = (x0: number, y0: number, hoehe: number, titel: string, absaetze: string[]) => {
    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(x0, y0, spalte, hoehe - 8).lineWidth(0.8).strokeColor(LINIE).stroke();
    doc.endMarkedContent();
    const innen = spalte - 20;
    tag('H2', () => doc.font(SCHRIFT.fett).fontSize(14).fillColor(BLAU).text(druckbar(titel), x0 + 10, y0 + 8, { width: innen }));
    let y = doc.y + 4;
    const ende = y0 + hoehe - 16;
    for (const a of absaetze) {
      const rest = ende - y;
      if (rest < 14) break;
      tag('P', () => doc.font(SCHRIFT.normal).fontSize(10.5).fillColor(TEXT).text(druckbar(a), x0 + 10, y, { width: innen, height: rest, ellipsis: '…' }));
      y = Math.min(doc.y + 4, ende);
    }
  };

  const s = x.stichprobe;
  const stichprobe = (b: typeof s.vorher, wann: string) => (b.n ? `Stichprobe ${wann}: ${b.n} Fälle, Median ${b.median === null ? '–' : `${zahl(b.median)} Minuten`}${b.intervall ? ` (95-%-Intervall ${zahl(b.intervall.unten)}–${zahl(b.intervall.oben)})` : ''}.` : `Stichprobe ${wann}: noch keine Fälle.`);
  const hoehe = (unten - oben) / 4;
  const lx = links;
  const rx = links + spalte + abstand;
  // Linke Spalte: Plan.
  abschnitt(lx, oben, hoehe, '1. Problem und Hintergrund', [x.ideeProblem ?? 'Direkt angelegtes Experiment (ohne Idee).']);
  abschnitt(lx, oben + hoehe, hoehe, '2. Ausgangslage (Ist)', [`Messgröße: ${MESSGROESSE[x.messgroesse] ?? x.messgroesse} (${x.einheit}), gemessen per ${METHODE[x.baselineMethode] ?? x.baselineMethode}.`, `Ausgangswert: ${wert(x.baselineWert)}.`, stichprobe(s.vorher, 'vorher')]);
  abschnitt(lx, oben + 2 * hoehe, hoehe, '3. Ziel (Soll)', [`Zielwert: ${wert(x.zielWert)}.`]);
  abschnitt(lx, oben + 3 * hoehe, hoehe, '4. Hypothese', [x.hypothese]);
  // Rechte Spalte: Do, Check, Act.
  abschnitt(rx, oben, hoehe, '5. Test', [`Testzeitraum: ${datum(x.testVon)} bis ${datum(x.testBis)}.`, stichprobe(s.nachher, 'nachher')]);
  abschnitt(rx, oben + hoehe, hoehe, '6. Ergebnis', [
    x.ergebnis || 'Noch kein Ergebnis beschrieben.',
    `Ergebniswert: ${wert(x.ergebnisWert)}${x.wirkungProzent === null ? '' : ` (${x.wirkungProzent > 0 ? '+' : ''}${zahl(x.wirkungProzent)} % gegenüber dem Ausgangswert)`}.`,
    ...(s.vorher.n || s.nachher.n ? [URTEIL[s.urteil] ?? ''] : []),
  ]);
  abschnitt(rx, oben + 2 * hoehe, hoehe, '7. Entscheidung', [x.entscheidung ? ENTSCHEIDUNG[x.entscheidung]! : 'Noch nicht entschieden.']);
  abschnitt(rx, oben + 3 * hoehe, hoehe, '8. Was haben wir gelernt?', [x.gelernt || 'Wird bei der Entscheidung festgehalten – auch wenn das Experiment nicht gewirkt hat.']);
  return fertig();
}
