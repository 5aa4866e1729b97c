/**
 * Barrierefreier PDF-Bericht (Issue 9, Punkt 16; Titel: Punkt 6). Geprüft wird das erzeugte PDF selbst, ohne
 * externes Werkzeug: Objekte lesen, Inhaltsströme entpacken, markierte Inhalte (MCID) den Strukturelementen
 * zuordnen und den Strukturbaum in Lesereihenfolge ablaufen.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { berichtPdf } from './export.pdf.ts';
import type { BerichtDaten } from './export.usecases.ts';

interface StrukturElement { typ: string; kinder: (number | StrukturElement)[]; alt?: string; lang?: string }

/** WinAnsi (cp1252) für Standardschriften: 0x80–0x9F weichen von Latin-1 ab (z. B. 0x96 „–“, 0x84 „„“). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsi = { decode: (b: Buffer) => [...b].map((x) => (x >= 0x80 && x <= 0x9f ? CP1252[x - 0x80] : String.fromCharCode(x))).join('') };

/** Liest ein PDF-Literal ab `start` (nach „(“): Escapes, Klammern, UTF-16BE mit BOM. */
function literal(s: string, start: number): string {
  let tiefe = 1;
  let roh = '';
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      const n = s[++i];
      const oktal = /^[0-7]{1,3}/.exec(s.slice(i, i + 3));
      if (oktal) { roh += String.fromCharCode(parseInt(oktal[0], 8)); i += oktal[0].length - 1; }
      else roh += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[n] ?? n;
      continue;
    }
    if (c === '(') tiefe++;
    if (c === ')' && --tiefe === 0) break;
    roh += c;
  }
  const bytes = Buffer.from(roh, 'latin1');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return winAnsi.decode(bytes);
}

function liesPdf(pdf: Buffer) {
  const s = pdf.toString('latin1');
  const objekte = new Map<number, string>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objekte.set(Number(m[1]), m[2]);
  const wert = (text: string, schluessel: string): string | undefined => {
    const ref = new RegExp(`/${schluessel} (\\d+) 0 R`).exec(text);
    if (ref) return wert(`/${schluessel} ${objekte.get(Number(ref[1]))!.trim()}`, schluessel);
    const i = text.indexOf(`/${schluessel} (`);
    return i < 0 ? undefined : literal(text, i + schluessel.length + 3);
  };
  // Entpackte Ströme je Objektnummer.
  const stroeme = new Map<number, string>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g)) {
    const anfang = m.index + m[0].length;
    try { stroeme.set(Number(m[1]), inflateSync(pdf.subarray(anfang, s.indexOf('endstream', anfang))).toString('latin1')); } catch { /* kein Flate */ }
  }
  // Eingebettete Schriften: Glyphen-Nummer → Unicode über die ToUnicode-CMap (pdfkit schreibt bfrange mit Listen).
  const cmaps = new Map<string, string[]>();
  for (const o of objekte.values()) {
    const fonts = /\/Font <<([^>]*)>>/.exec(o)?.[1];
    if (!fonts) continue;
    for (const f of fonts.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const tu = /\/ToUnicode (\d+) 0 R/.exec(objekte.get(Number(f[2])) ?? '')?.[1];
      const cmap = tu ? stroeme.get(Number(tu)) : undefined;
      if (!cmap) continue;
      const tabelle: string[] = [];
      for (const r of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/gi)) {
        [...r[2].matchAll(/<([0-9a-f ]*)>/gi)].forEach((e, i) => {
          tabelle[parseInt(r[1], 16) + i] = e[1].split(' ').filter(Boolean).map((h) => String.fromCharCode(parseInt(h, 16))).join('');
        });
      }
      cmaps.set(f[1], tabelle);
    }
  }
  // Text je MCID aus allen Inhaltsströmen: Schriftwechsel (Tf) verfolgen, Hex-Strings über die CMap der Schrift.
  const mcidText = new Map<string, string>();
  let seite = 0;
  for (const inhalt of stroeme.values()) {
    if (!inhalt.includes('BDC') && !inhalt.includes(' Tj') && !inhalt.includes('TJ')) continue;
    seite++;
    let schrift = '';
    let offen: string | null = null;
    for (const t of inhalt.matchAll(/\/(\w+) [\d.]+ Tf|\/\w+ <<\s*\/MCID (\d+)\s*>> BDC|\bEMC\b|<([0-9a-f]*)>/g)) {
      if (t[1]) schrift = t[1];
      else if (t[2]) { offen = `${seite}:${t[2]}`; mcidText.set(offen, ''); }
      else if (t[0] === 'EMC') offen = null;
      else if (offen && t[3] !== undefined) {
        const cmap = cmaps.get(schrift);
        const text = cmap
          ? (t[3].match(/.{4}/g) ?? []).map((h) => cmap[parseInt(h, 16)] ?? '').join('')
          : winAnsi.decode(Buffer.from(t[3], 'hex'));
        mcidText.set(offen, mcidText.get(offen) + text);
      }
    }
  }
  const katalog = [...objekte.values()].find((o) => o.includes('/Type /Catalog'))!;
  const wurzelNr = Number(/\/StructTreeRoot (\d+) 0 R/.exec(katalog)?.[1]);
  const seiten = [...objekte.entries()].filter(([, o]) => /\/Type \/Page\b/.test(o)).map(([n]) => n);
  const element = (nr: number): StrukturElement => {
    const o = objekte.get(nr)!;
    const k = /\/K \[([^\]]*)\]/.exec(o)?.[1] ?? '';
    const seiteNr = Number(/\/Pg (\d+) 0 R/.exec(o)?.[1]);
    const kinder = [...k.matchAll(/(\d+) 0 R|(\d+)/g)].map((x) => (x[1] ? element(Number(x[1])) : seiten.indexOf(seiteNr) * 100_000 + Number(x[2])));
    return { typ: /\/S \/(\w+)/.exec(o)?.[1] ?? '?', kinder, alt: wert(o, 'Alt'), lang: wert(o, 'Lang') };
  };
  const wurzel = objekte.get(wurzelNr)!;
  const dokument = element(Number(/\/K \[?(\d+) 0 R/.exec(wurzel)![1]));
  const textVon = (e: StrukturElement): string =>
    e.kinder.map((k) => (typeof k === 'number' ? (mcidText.get(`${Math.floor(k / 100_000) + 1}:${k % 100_000}`) ?? '') : textVon(k))).join(' ');
  const info = [...objekte.values()].find((o) => o.includes('/Producer'))!;
  return { s, katalog, dokument, textVon, titel: wert(info, 'Title'), mcidText };
}

const alle = (e: StrukturElement): StrukturElement[] => [e, ...e.kinder.flatMap((k) => (typeof k === 'number' ? [] : alle(k)))];

const daten = {
  runde: { id: 'r', kommuneId: 'k', kommuneName: 'Gießen', abgeschlossenAm: '2026-11-01T10:00:00Z', modus: 'einzeln', anzahlAntworten: 1 },
  fragebogen: { id: 'lernende-organisation', version: 1, titel: 'Lernende Organisation – Selbstcheck', beschreibung: 'Wie lernt Ihre Verwaltung?', quelle: { titel: 'NEGZ-Kurzstudie' } },
  ergebnis: {
    dimensionen: [
      { id: 'fuehrung', titel: 'Führung', score: 40, stufe: { stufe: 2, label: 'Anfänge' } },
      { id: 'fehlerkultur', titel: 'Fehlerkultur & Experimentierfreude', score: 55, stufe: { stufe: 3, label: 'Auf dem Weg' } },
    ],
    gesamt: { score: 47.5, stufe: { stufe: 2, label: 'Anfänge' } },
  },
  vergleich: {
    stand: { berechnetAm: '2026-11-02T03:00:00Z' },
    dimensionen: [
      { id: 'fuehrung', titel: 'Führung', verfuegbar: true, anzahlKommunen: 6, bereiche: [{ von: 30, bis: 60, anzahl: 6 }], medianBereich: { von: 30, bis: 60 }, position: { von: 30, bis: 60 }, vorreiter: [] },
      { id: 'fehlerkultur', titel: 'Fehlerkultur & Experimentierfreude', verfuegbar: false, anzahlKommunen: null, bereiche: [], medianBereich: null, position: null, vorreiter: [] },
    ],
    studie: null,
  },
  luecken: {
    luecken: [{
      dimension: { id: 'fuehrung', titel: 'Führung', score: 40, stufe: null },
      fragen: [{ itemId: 'a', text: 'Führungskräfte fragen nach Ideen.', punkte: 25 }],
      hinweis: null,
      loesungen: [
        { id: 'l1', titel: 'Ideenmanagement digital', zusammenfassung: '', herkunft: 'Gießen', sprache: 'de', vonKommunenWieIhrer: false },
        { id: 'l2', titel: 'Open innovation lab for city staff', zusammenfassung: '', herkunft: 'Wien', sprache: 'en', vonKommunenWieIhrer: false },
      ],
    }],
  },
} as unknown as BerichtDaten;

describe('PDF-Bericht: getaggt und barrierearm', () => {
  it('ist getaggt (/MarkInfo /Marked true), Sprache de-DE, Titel in der Titelleiste, Strukturbaum vorhanden', async () => {
    const { s, katalog, dokument } = liesPdf(await berichtPdf(daten, { jetzt: new Date('2026-11-03T10:00:00Z') }));
    expect(s).toMatch(/\/Marked true/);
    expect(katalog).toMatch(/\/Lang \(de-DE\)/);
    expect(katalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(katalog).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(s).toMatch(/\/DisplayDocTitle true/);
    expect(dokument.typ).toBe('Document');
  });

  it('PDF/UA: Kennung in den XMP-Metadaten, nur eingebettete Schriften (Noto Sans), jede mit Unicode-Zuordnung', async () => {
    const pdf = await berichtPdf(daten);
    const { s } = liesPdf(pdf);
    expect(s).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    const schriften = [...s.matchAll(/\/Type \/Font\s*\/Subtype \/(\w+)\s*\/BaseFont \/([\w+-]+)/g)].map((m) => ({ art: m[1], name: m[2] }));
    expect(schriften.length).toBeGreaterThan(0);
    expect(schriften.filter((f) => f.art === 'Type0').map((f) => f.name.split('+')[1]).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
    expect(s).not.toMatch(/\/BaseFont \/Helvetica/);
    expect([...s.matchAll(/\/FontFile2 \d+ 0 R/g)]).toHaveLength(2);
    expect([...s.matchAll(/\/Subtype \/Type0[\s\S]*?\/ToUnicode \d+ 0 R/g)]).toHaveLength(2);
  });

  it('Zeichen außerhalb von WinAnsi (ő, ć) bleiben erhalten, ≥/≤ ohne Glyphe werden lesbar ersetzt, nichts verschwindet', async () => {
    const mitSonderzeichen = { ...daten, runde: { ...daten.runde, kommuneName: 'Gießen ≥ Kraków ≤ Győr' } } as BerichtDaten;
    const { dokument, textVon } = liesPdf(await berichtPdf(mitSonderzeichen));
    const kopf = dokument.kinder.filter((k): k is StrukturElement => typeof k !== 'number' && k.typ === 'P').map(textVon);
    expect(kopf).toContain('Gießen >= Kraków <= Győr');
  });

  it('Titel ohne doppelten „Selbstcheck“ (Punkt 6), in Info und als H1', async () => {
    const { titel, dokument, textVon } = liesPdf(await berichtPdf(daten));
    expect(titel).toBe('Selbstcheck „Lernende Organisation“ – Gießen');
    const h1 = alle(dokument).filter((e) => e.typ === 'H1');
    expect(h1).toHaveLength(1);
    expect(textVon(h1[0])).toBe('Selbstcheck „Lernende Organisation“');
  });

  it('Lesereihenfolge: Kopf, H2-Abschnitte, Tabelle mit Kopfzellen, Diagramme als Figure mit Alternativtext', async () => {
    const { dokument, textVon } = liesPdf(await berichtPdf(daten));
    const typen = dokument.kinder.map((k) => (typeof k === 'number' ? 'MCID' : k.typ));
    expect(typen.slice(0, 2)).toEqual(['P', 'H1']);
    const h2 = alle(dokument).filter((e) => e.typ === 'H2').map(textVon);
    expect(h2).toEqual(['Ergebnis je Bereich (0 bis 100 Punkte)', 'Vergleich mit Kommunen gleicher Größenklasse', 'Empfohlene nächste Schritte', 'Hinweise']);
    const tabelle = alle(dokument).find((e) => e.typ === 'Table')!;
    const zeilen = tabelle.kinder as StrukturElement[];
    expect(zeilen.map((z) => z.typ)).toEqual(['TR', 'TR', 'TR', 'TR']);
    expect((zeilen[0].kinder as StrukturElement[]).map((c) => c.typ)).toEqual(['TH', 'TH', 'TH', 'TH']);
    expect((zeilen[1].kinder as StrukturElement[]).map(textVon)).toEqual(['Führung', '40', '2 – Anfänge', '30–60 (n = 6)']);
    const bilder = alle(dokument).filter((e) => e.typ === 'Figure');
    expect(bilder).toHaveLength(2);
    expect(bilder[0].alt).toBe('Balkendiagramm Führung: Ihre Kommune 40 von 100 Punkten. Vergleichsgruppe: 30–60 Punkte: 6 Kommunen; Mitte 30–60.');
    expect(bilder[1].alt).toContain('Vergleich erst ab 5 Kommunen');
    // Reihenfolge im Baum = Reihenfolge auf der Seite: die Tabelle steht vor den Diagrammen.
    const reihenfolge = alle(dokument).map((e) => e.typ);
    expect(reihenfolge.indexOf('Table')).toBeLessThan(reihenfolge.indexOf('Figure'));
  });

  it('jeder markierte Inhalt gehört zu einem Strukturelement', async () => {
    const { dokument, mcidText } = liesPdf(await berichtPdf(daten));
    const imBaum = alle(dokument).flatMap((e) => e.kinder.filter((k): k is number => typeof k === 'number')).length;
    expect(imBaum).toBe(mcidText.size);
  });

  it('der englische Lösungsvorschlag trägt /Lang (en), der deutsche keine eigene Sprache', async () => {
    const { dokument, textVon } = liesPdf(await berichtPdf(daten));
    const punkte = alle(dokument).filter((e) => e.typ === 'LBody');
    const en = punkte.find((p) => textVon(p).includes('Open innovation lab'));
    const de = punkte.find((p) => textVon(p).includes('Ideenmanagement'));
    expect(en?.lang).toBe('en');
    expect(de?.lang).toBeUndefined();
  });
});
