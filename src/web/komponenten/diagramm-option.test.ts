import { describe, expect, it } from 'vitest';
import type { DiagrammProps } from './Diagramm.tsx';
import { layout, umbrechen, zeilen } from './diagramm-option.ts';

const basis: DiagrammProps = { titel: 'T', art: 'balken', kategorien: ['Hessen', 'Bayern'], kategorieTitel: 'Land', reihen: [{ name: 'A', werte: [1, 2] }] };

describe('Diagramm-Layout', () => {
  it('umbricht an Wortgrenzen und trennt überlange Wörter', () => {
    expect(umbrechen('Strategie des Landes (Kommunen mit Strategie)', 20)).toBe('Strategie des Landes\n(Kommunen mit\nStrategie)');
    expect(umbrechen('Verwarnungsgeldbearbeitung', 10).split('\n').every((z) => z.length <= 10)).toBe(true);
    expect(zeilen('kurz', 20)).toBe(1);
  });

  it('bleibt breit bei voller Breite und wird schmal darunter', () => {
    expect(layout(basis, 900).darstellung).toBe('balken');
    expect(layout(basis, 0).schmal).toBe(false);
    expect(layout(basis, 358).darstellung).toBe('balken-horizontal');
    const linien = { ...basis, art: 'linie' as const, reihen: [1, 2, 3].map((i) => ({ name: `R${i}`, werte: [i, i] })) };
    expect(layout(linien, 358).darstellung).toBe('kleine-vielfache');
    expect(layout({ ...linien, reihen: linien.reihen.slice(0, 2) }, 358).darstellung).toBe('linie');
  });

  it('gibt jeder Balkenzeile die Höhe der längsten Beschriftung', () => {
    const lang = { ...basis, kategorien: ['a', 'eine sehr lange Beschriftung, die über mehrere Zeilen umbrochen werden muss'] };
    expect(layout(lang, 358).hoehe).toBeGreaterThan(layout(basis, 358).hoehe);
  });
});
