/**
 * PDF-Bericht einer Runde für Rat/Kreistag (pdfkit, eingebettete Schrift Noto Sans):
 * Titel, Kommune, Datum, Tabelle der Bereiche, Balken im Vergleich mit Kommunen gleicher Größenklasse
 * und mit der Studie „Digitale Kommune“, empfohlene nächste Schritte, Quellen.
 * Diagramme sind mit pdfkit-Grundformen gezeichnet; jede Zahl steht zusätzlich als Text daneben.
 *
 * Barrierefreiheit (BITV 2.0, Ziel PDF/UA): getaggtes PDF mit Strukturbaum in Lesereihenfolge (Document, H1–H3,
 * P, Table/TR/TH/TD, L/LI/LBody, Figure mit Alternativtext), Dokumentsprache de-DE, Titel in der Titelleiste;
 * Hintergrundflächen sind Artefakte; englische Lösungstitel tragen /Lang (en); PDF/UA-Kennung in den XMP-Metadaten
 * und eingebettete Schrift Noto Sans (gemeinsamer Anfang: src/core/export/pdf.ts).
 */
import { druckbar, neuesPdf, SCHRIFT } from '../../../core/export/pdf.ts';
import { selbstcheckTitel } from '../luecken/luecken.rules.ts';
import type { BerichtDaten } from './export.usecases.ts';

const BLAU = '#0b4f9c';
const GRAU = '#8c8c8c';
const ORANGE = '#b8561b';
const TEXT = '#1a1a1a';
const HELL = '#e8eef6';

const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const z = (x: number | null | undefined) => (x === null || x === undefined ? '–' : zahl.format(x));
const datum = (d: Date) => new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(d);

const t = druckbar;

export async function berichtPdf(d: BerichtDaten, opts: { jetzt?: Date } = {}): Promise<Buffer> {
  const jetzt = opts.jetzt ?? new Date();
  const titel = selbstcheckTitel(d.fragebogen.titel);
  const { doc, wurzel, fertig } = neuesPdf({
    titel: `${titel} – ${d.runde.kommuneName}`,
    betreff: `Bericht für Rat/Kreistag: ${d.runde.kommuneName}`,
    stichwoerter: `${d.runde.kommuneName}; ${d.fragebogen.id}; Version ${d.fragebogen.version}`,
  });

  // ---- Strukturbaum: jedes sichtbare Element hängt in Lesereihenfolge an `wurzel` (oder einem Kind davon) ----
  type Eltern = PDFKit.PDFStructureElement;
  const tag = (typ: string, inhalt: () => void, o: { lang?: string; alt?: string } = {}, eltern: Eltern = wurzel) => {
    eltern.add(doc.struct(typ, o, inhalt));
  };
  const gruppe = (typ: string, eltern: Eltern = wurzel) => {
    const g = doc.struct(typ);
    eltern.add(g);
    return g;
  };
  /** Reine Gestaltung (Hintergrundflächen) ist kein Inhalt. */
  const artefakt = (zeichne: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    zeichne();
    doc.endMarkedContent();
  };

  const links = doc.page.margins.left;
  const breite = doc.page.width - links - doc.page.margins.right;
  const platz = (hoehe: number) => {
    if (doc.y + hoehe > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const ueberschrift = (s: string) => {
    platz(60);
    doc.moveDown(0.8);
    tag('H2', () => doc.font(SCHRIFT.fett).fontSize(14).fillColor(BLAU).text(t(s), links, doc.y, { width: breite }));
    doc.moveDown(0.3).font(SCHRIFT.normal).fontSize(10).fillColor(TEXT);
  };
  const absatz = (s: string) => tag('P', () => doc.text(t(s), links, doc.y, { width: breite }));

  // ---- Kopf ----
  tag('P', () => doc.font(SCHRIFT.normal).fontSize(10).fillColor(GRAU).text('Bericht für Rat/Kreistag', links, doc.y));
  doc.moveDown(0.2);
  tag('H1', () => doc.font(SCHRIFT.fett).fontSize(20).fillColor(TEXT).text(t(titel), { width: breite }));
  doc.moveDown(0.2);
  tag('P', () => doc.font(SCHRIFT.fett).fontSize(14).text(t(d.runde.kommuneName)));
  const stand = d.runde.abgeschlossenAm ? `abgeschlossen am ${datum(new Date(d.runde.abgeschlossenAm))}` : 'noch nicht abgeschlossen (vorläufige Auswertung)';
  doc.moveDown(0.3).font(SCHRIFT.normal).fontSize(10).fillColor(TEXT);
  absatz(`Erstellt am ${datum(jetzt)} · Runde ${stand} · ${d.runde.modus === 'team' ? `Team-Befragung mit ${d.runde.anzahlAntworten} anonymen Antworten` : 'Einschätzung der Verwaltung'} · Fragebogen-Version ${d.fragebogen.version}`);
  doc.moveDown(0.5);
  absatz(d.fragebogen.beschreibung);

  const e = d.ergebnis;
  const labelBreite = breite * 0.36;
  const balkenBreite = breite * 0.5;
  if (!e) {
    ueberschrift('Ergebnis');
    absatz('Für diese Runde liegt noch kein Ergebnis vor (eine Team-Befragung erst, wenn sie beendet ist und mindestens 5 Antworten hat).');
  } else {
    // ---- Tabelle ----
    ueberschrift('Ergebnis je Bereich (0 bis 100 Punkte)');
    const spalten = [
      { k: 'Bereich', w: 0.38 },
      { k: 'Punkte', w: 0.12 },
      { k: 'Stufe', w: 0.22 },
      { k: 'Ihr Bereich im Vergleich', w: 0.28 },
    ];
    const tabelle = gruppe('Table');
    const zeile = (werte: string[], kopf = false, fett = kopf) => {
      platz(22);
      const y = doc.y;
      const h = 20;
      if (kopf) artefakt(() => doc.rect(links, y - 3, breite, h).fill(HELL));
      const tr = gruppe('TR', tabelle);
      let x = links;
      werte.forEach((w, i) => {
        const xi = x;
        tag(kopf ? 'TH' : 'TD', () => {
          doc.font(fett ? SCHRIFT.fett : SCHRIFT.normal).fontSize(9.5).fillColor(TEXT);
          doc.text(t(w), xi + 3, y, { width: spalten[i].w * breite - 6, lineBreak: false, ellipsis: true });
        }, {}, tr);
        x += spalten[i].w * breite;
      });
      doc.x = links;
      doc.y = y + h;
    };
    zeile(spalten.map((s) => s.k), true);
    for (const dim of e.dimensionen) {
      const p = d.vergleich?.dimensionen.find((x) => x.id === dim.id);
      const rang = !p ? 'kein Vergleich' : !p.verfuegbar ? 'weniger als 5 Kommunen' : p.position ? `${p.position.von}–${p.position.bis} (n = ${p.anzahlKommunen})` : 'nach Abschluss';
      zeile([dim.titel, z(dim.score), dim.stufe ? `${dim.stufe.stufe} – ${dim.stufe.label}` : '–', rang]);
    }
    zeile(['Gesamt', z(e.gesamt.score), e.gesamt.stufe ? `${e.gesamt.stufe.stufe} – ${e.gesamt.stufe.label}` : '–', ''], false, true);
    doc.moveDown(0.3).font(SCHRIFT.normal).fontSize(8.5).fillColor(GRAU);
    absatz('Ihr Bereich: veröffentlichter Punktebereich der Vergleichsgruppe (gleiche Art und Größenklasse, ohne Ihre Kommune), in den Ihr Wert fällt; jeder Bereich umfasst mindestens 5 Kommunen; n = Zahl der Vergleichskommunen.');
    doc.fillColor(TEXT);

    // ---- Balken: eigene Werte und Bereiche der Vergleichsgruppe ----
    ueberschrift('Vergleich mit Kommunen gleicher Größenklasse');
    absatz(`Dunkler Balken: Ihre Kommune. Darunter die Vergleichsgruppe (Kommunen derselben Art und Größenklasse auf Lotse, ohne Ihre eigene) in Bereichen mit je mindestens 5 Kommunen; Stand ${d.vergleich?.stand.berechnetAm ? datum(new Date(d.vergleich.stand.berechnetAm)) : '–'}.`);
    doc.moveDown(0.5);
    for (const dim of e.dimensionen) {
      platz(36);
      const y = doc.y;
      const p = d.vergleich?.dimensionen.find((x) => x.id === dim.id);
      const vergleichText = p?.verfuegbar
        ? `Vergleichsgruppe: ${p.bereiche.map((b) => `${b.von}–${b.bis} Punkte: ${b.anzahl} Kommunen`).join('; ')}${p.medianBereich ? `; Mitte ${p.medianBereich.von}–${p.medianBereich.bis}` : ''}`
        : 'Vergleich erst ab 5 Kommunen';
      const alt = t(`Balkendiagramm ${dim.titel}: Ihre Kommune ${z(dim.score)} von 100 Punkten. ${vergleichText}.`);
      tag('Figure', () => {
        doc.font(SCHRIFT.normal).fontSize(9).fillColor(TEXT).text(t(dim.titel), links, y + 2, { width: labelBreite - 6, lineBreak: false, ellipsis: true });
        const x0 = links + labelBreite;
        doc.rect(x0, y, balkenBreite, 10).fill(HELL);
        doc.rect(x0, y, (balkenBreite * (dim.score ?? 0)) / 100, 10).fill(BLAU);
        doc.fillColor(TEXT).text(z(dim.score), x0 + balkenBreite + 6, y + 1, { lineBreak: false });
        if (p?.verfuegbar) {
          // Bereiche der Vergleichsgruppe als Abschnitte; die Zahl der Kommunen steht als Text darin.
          p.bereiche.forEach((b, i) => {
            const xb = x0 + (balkenBreite * b.von) / 100;
            const wb = (balkenBreite * (b.bis - b.von)) / 100;
            doc.rect(xb, y + 12, wb, 9).fill(i % 2 ? HELL : '#c9d6e8');
            doc.fillColor(TEXT).fontSize(7).text(String(b.anzahl), xb + 2, y + 13, { width: wb - 4, lineBreak: false, ellipsis: true });
          });
          doc.fillColor(GRAU).fontSize(8).text(p.medianBereich ? `Mitte ${p.medianBereich.von}–${p.medianBereich.bis}` : '', x0 + balkenBreite + 6, y + 12, { lineBreak: false });
        } else {
          doc.fillColor(GRAU).fontSize(8).text('Vergleich erst ab 5 Kommunen', x0, y + 12, { lineBreak: false });
        }
      }, { alt });
      doc.x = links;
      doc.y = y + 28;
    }
    const vorreiter = d.vergleich?.dimensionen.filter((x) => x.vorreiter.length) ?? [];
    if (vorreiter.length) {
      doc.moveDown(0.4).fontSize(9).fillColor(TEXT);
      for (const v of vorreiter) absatz(`Vorreiter in „${v.titel}“: ${v.vorreiter.join(', ')}`);
    }

    // ---- Studie ----
    const st = d.vergleich?.studie;
    const stSaetze = st?.saetze.filter((s) => s.art === 'wert') ?? [];
    if (st && (st.werte.length || stSaetze.length)) {
      ueberschrift('Einordnung in die Studie „Digitale Kommune“');
      doc.fontSize(9).fillColor(TEXT);
      absatz(`Anteil der befragten Kommunen ${st.gruppe ? `Ihrer Größenklasse (${st.gruppe.label}, n = ${st.gruppe.n}, Tabelle ${st.gruppe.tabelle})` : ''}, die dieselbe Angabe gemacht haben wie Sie; fehlt dort ein Wert, gilt er für alle ${st.quelle.nGesamt} befragten Kommunen oder die genannte Gruppe (Quelle: ${st.quelle.herausgeber}, ${st.quelle.jahr}).`);
      doc.moveDown(0.5);
      for (const w of st.werte.slice(0, 14)) {
        platz(26);
        const y = doc.y;
        const wert = `${w.ungefaehr ? 'rund ' : ''}${z(w.prozent)} %`;
        tag('Figure', () => {
          doc.font(SCHRIFT.normal).fontSize(8.5).fillColor(TEXT).text(t(`${w.merkmal}: ${w.auspraegung}`), links, y, { width: labelBreite - 6, height: 20, ellipsis: true });
          const x0 = links + labelBreite;
          doc.rect(x0, y, balkenBreite, 9).fill(HELL);
          doc.rect(x0, y, (balkenBreite * w.prozent) / 100, 9).fill(ORANGE);
          doc.fillColor(TEXT).text(t(`${wert} (${w.grundlage})`), x0 + balkenBreite + 6, y, { width: breite - labelBreite - balkenBreite - 6, height: 20, ellipsis: true });
        }, { alt: t(`Balken: ${w.merkmal}: ${w.auspraegung} – ${wert} (${w.grundlage}).`) });
        doc.x = links;
        doc.y = y + 22;
      }
      doc.moveDown(0.3).font(SCHRIFT.normal).fontSize(9).fillColor(TEXT);
      for (const s of stSaetze.slice(0, 12)) {
        platz(30);
        absatz(`• ${s.satz}`);
      }
      const ohne = st.saetze.filter((s) => s.art === 'ohne-wert').map((s) => s.frage);
      if (ohne.length) absatz(`Ohne Vergleichswert in der Studie für Ihre Antwort: ${ohne.join('; ')}.`);
    }
  }

  // ---- Nächste Schritte ----
  if (d.luecken?.luecken.length) {
    ueberschrift('Empfohlene nächste Schritte');
    const punkt = (liste: Eltern, text: string, lang?: string) => {
      const li = gruppe('LI', liste);
      tag('LBody', () => doc.text(t(text), { width: breite, indent: 8 }), lang ? { lang } : {}, li);
    };
    for (const l of d.luecken.luecken) {
      platz(70);
      tag('H3', () => doc.font(SCHRIFT.fett).fontSize(10.5).fillColor(TEXT).text(t(`${l.dimension.titel} (${z(l.dimension.score)} Punkte)`), links, doc.y, { width: breite }));
      doc.font(SCHRIFT.normal).fontSize(9.5);
      if (l.fragen.length) {
        const fragen = gruppe('L');
        for (const f of l.fragen) punkt(fragen, `– ${f.text}`);
      }
      if (l.loesungen.length) {
        doc.moveDown(0.2);
        absatz(l.hinweis ? 'Kommunen wie Ihre, die hier weiter sind, nutzen:' : 'Erprobte Lösungen anderer Kommunen:');
        const liste = gruppe('L');
        // Englische Lösungen: der Listenpunkt trägt ihre Sprache, damit Screenreader die Aussprache wechseln.
        for (const s of l.loesungen.slice(0, 3)) punkt(liste, `• ${s.titel}${s.herkunft ? ` (${s.herkunft})` : ''}`, s.sprache === 'de' ? undefined : s.sprache);
      } else {
        doc.moveDown(0.2);
        absatz('Für diesen Bereich gibt es im Katalog noch keine erprobte Lösung. Vorschlag: den Bedarf auf Lotse erfassen – er zählt dann als ungedeckte Nachfrage, und Lotsinnen und Lotsen suchen mit.');
      }
      doc.moveDown(0.5);
    }
  }

  // ---- Quellen ----
  ueberschrift('Hinweise');
  doc.fontSize(8.5).fillColor(GRAU);
  absatz(
    `Punkte 0–100 je Bereich nach den Regeln des Fragebogens „${d.fragebogen.titel}“ (Version ${d.fragebogen.version}); ${d.fragebogen.quelle.titel}. ` +
      'Vergleichswerte anderer Kommunen erscheinen nur als Punktebereiche mit je mindestens 5 Kommunen derselben Art und Größenklasse (ohne Ihre eigene), berechnet aus abgeschlossenen Runden in festen Abständen (Standard: täglich); einzelne Werte anderer Kommunen sind nicht erkennbar. ' +
      'Erstellt mit Lotse.',
  );

  return fertig();
}
