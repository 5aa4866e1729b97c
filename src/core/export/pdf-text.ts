/**
 * Test aid: the visible text of a PDF written by pdfkit with embedded fonts (core/export/pdf.ts), read from
 * the file itself – content streams unpacked, glyph ids mapped back to Unicode through each font's ToUnicode
 * CMap. Used by the tests of the reports (core and modules); not imported by the application.
 */
import { inflateSync } from 'node:zlib';

export function pdfText(pdf: Buffer): string {
  const s = pdf.toString('latin1');
  const objekte = new Map<number, string>();
  const stroeme = new Map<number, string>();
  for (const m of s.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    const nr = Number(m[1]);
    objekte.set(nr, m[2]!);
    const st = /stream\r?\n/.exec(m[2]!);
    if (!st || !/\/FlateDecode/.test(m[2]!.slice(0, st.index))) continue;
    const anfang = m.index + m[0].indexOf(m[2]!) + st.index + st[0].length;
    try {
      stroeme.set(nr, inflateSync(pdf.subarray(anfang, s.indexOf('endstream', anfang))).toString('latin1'));
    } catch {
      /* not a complete flate stream */
    }
  }
  const hex = (h: string) => parseInt(h, 16);
  const unicode = (h: string) => String.fromCodePoint(...(h.replace(/\s+/g, '').match(/.{4}/g) ?? []).map(hex));
  // Resource name of a font (e.g. F1) → glyph id → text.
  const schriften = new Map<string, Map<number, string>>();
  for (const o of objekte.values()) {
    for (const f of /\/Font\s*<<([^>]*)>>/.exec(o)?.[1]?.matchAll(/\/(\w+) (\d+) 0 R/g) ?? []) {
      const tu = /\/ToUnicode (\d+) 0 R/.exec(objekte.get(Number(f[2])) ?? '')?.[1];
      const cmap = tu ? stroeme.get(Number(tu)) : undefined;
      if (!cmap || schriften.has(f[1]!)) continue;
      const karte = new Map<number, string>();
      for (const r of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
        const von = hex(r[1]!);
        if (r[3]!.startsWith('[')) [...r[3]!.matchAll(/<([0-9a-f ]*)>/gi)].forEach((e, i) => karte.set(von + i, unicode(e[1]!)));
        else for (let g = von, ziel = hex(r[3]!.slice(1, -1)); g <= hex(r[2]!); g++, ziel++) karte.set(g, String.fromCodePoint(ziel));
      }
      schriften.set(f[1]!, karte);
    }
  }
  const teile: string[] = [];
  for (const inhalt of stroeme.values()) {
    if (!/\bT[Jj]\b/.test(inhalt)) continue;
    let schrift = '';
    for (const t of inhalt.matchAll(/\/(\w+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9a-f]*>\s*Tj)/gi)) {
      if (t[1]) schrift = t[1];
      else {
        const karte = schriften.get(schrift);
        teile.push([...t[2]!.matchAll(/<([0-9a-f]*)>/gi)].map((h) => (h[1]!.match(/.{4}/g) ?? []).map((g) => karte?.get(hex(g)) ?? '').join('')).join(''));
      }
    }
  }
  return teile.join(' ').replace(/\s+/g, ' ');
}
