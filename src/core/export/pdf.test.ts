import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';
import { neuesPdf, pdfBausteine } from './pdf.ts';

describe('pdfBausteine', () => {
  it('hängt Überschrift, Absatz und Tabelle in Lesereihenfolge in den Strukturbaum und bricht lange Tabellen um', async () => {
    const { doc, wurzel, fertig } = neuesPdf({ titel: 'Probe' });
    const { ueberschrift, absatz, tabelle } = pdfBausteine(doc, wurzel);
    ueberschrift('Eckdaten ≥ 3');
    absatz('Ein Absatz über Győr und Kraków.');
    tabelle([{ k: 'Angabe', w: 0.4 }, { k: 'Wert', w: 0.6 }], Array.from({ length: 80 }, (_, i) => [`Zeile ${i + 1}`, `Wert ${i + 1}`]));
    const pdf = await fertig();
    const roh = pdf.toString('latin1');
    for (const s of ['/S /H2', '/S /P', '/S /Table', '/S /TR', '/S /TH', '/S /TD']) expect(roh, s).toContain(s);
    expect((roh.match(/\/S \/TR\b/g) ?? []).length).toBe(81);
    expect((roh.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
    const text = pdfText(pdf);
    const reihenfolge = ['Eckdaten >= 3', 'Győr und Kraków', 'Angabe', 'Zeile 1', 'Wert 1', 'Zeile 80'].map((s) => text.indexOf(s));
    expect(reihenfolge.every((i) => i >= 0), text.slice(0, 300)).toBe(true);
    expect([...reihenfolge].sort((a, b) => a - b)).toEqual(reihenfolge);
  });
});
