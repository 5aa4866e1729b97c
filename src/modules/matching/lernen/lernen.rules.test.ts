import { describe, expect, it } from 'vitest';
import { aehnlichkeit, gelernteWerte, grundGelernt, lernFaktor, LERNEN } from './lernen.rules.ts';

const jetzt = new Date('2026-12-01T00:00:00Z');
const vor = (tage: number) => new Date(jetzt.getTime() - tage * 86_400_000);

describe('Lernen aus Entscheidungen der Lotsen (Issue 10, Punkt 5)', () => {
  it('Ähnlichkeit: Anteil gemeinsamer Wortstämme (Dice), 0 ohne Überschneidung', () => {
    expect(aehnlichkeit(new Set(['termin', 'burgerburo']), ['termin', 'burgerburo'])).toBe(1);
    expect(aehnlichkeit(new Set(['termin', 'burgerburo']), ['termin', 'wart'])).toBe(0.5);
    expect(aehnlichkeit(new Set(['termin']), ['knollch'])).toBe(0);
    expect(aehnlichkeit(new Set(), [])).toBe(0);
  });

  it('ein angenommener Vorschlag zu einem ähnlichen Bedarf hebt die Lösung, „nicht hilfreich“ senkt sie', () => {
    const anfrage = new Set(['termin', 'burgerburo', 'wart']);
    const w = gelernteWerte(anfrage, [
      { loesungId: 'A', lexeme: ['termin', 'burgerburo', 'wart', 'lang'], gewicht: 1, zeitpunkt: vor(1) },
      { loesungId: 'B', lexeme: ['termin', 'burgerburo', 'wart'], gewicht: -1, zeitpunkt: vor(1) },
    ], jetzt);
    expect(w.get('A')!).toBeGreaterThan(0);
    expect(w.get('B')!).toBeLessThan(0);
    expect(lernFaktor(w.get('A')!)).toBeGreaterThan(1);
    expect(lernFaktor(w.get('B')!)).toBeLessThan(1);
  });

  it('unähnliche Fälle zählen nicht', () => {
    const w = gelernteWerte(new Set(['termin', 'burgerburo', 'wart', 'onlin']), [{ loesungId: 'A', lexeme: ['knollch', 'bezahl', 'onlin', 'handy', 'kass'], gewicht: 1, zeitpunkt: vor(1) }], jetzt);
    expect(w.get('A') ?? 0).toBe(0);
  });

  it('verblasst mit dem Alter: nach einer Halbwertszeit zählt ein Signal halb', () => {
    const anfrage = new Set(['termin', 'burgerburo']);
    const s = (tage: number) => gelernteWerte(anfrage, [{ loesungId: 'A', lexeme: ['termin', 'burgerburo'], gewicht: 1, zeitpunkt: vor(tage) }], jetzt, { ...LERNEN, saettigung: 1e9 }).get('A')!;
    expect(s(LERNEN.halbwertszeitTage) / s(0)).toBeCloseTo(0.5, 5);
    expect(s(4 * LERNEN.halbwertszeitTage)).toBeLessThan(s(0) / 10);
  });

  it('bleibt begrenzt: viele gleiche Signale heben höchstens um LERNEN.hoechstens', () => {
    const viele = Array.from({ length: 500 }, () => ({ loesungId: 'A', lexeme: ['termin'], gewicht: 1, zeitpunkt: vor(0) }));
    const w = gelernteWerte(new Set(['termin']), viele, jetzt).get('A')!;
    expect(w).toBeLessThanOrEqual(1);
    expect(lernFaktor(w)).toBeLessThanOrEqual(1 + LERNEN.hoechstens);
    expect(lernFaktor(-1)).toBeGreaterThanOrEqual(1 - LERNEN.hoechstens);
  });

  it('erklärt sich als Grund, nur ab einer spürbaren Stärke', () => {
    expect(grundGelernt(0.8)?.text).toBe('Von Lotsen in ähnlichen Fällen vorgeschlagen');
    expect(grundGelernt(-0.8)?.text).toBe('In ähnlichen Fällen von Lotsen als unpassend bewertet');
    expect(grundGelernt(0.01)).toBeNull();
  });
});
