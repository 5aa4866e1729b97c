import { describe, expect, it } from 'vitest';
import type { Konzept, Lexeme } from '../anfrage/erweiterung.rules.ts';
import {
  aehnlichkeit,
  alleSchluessel,
  gelernteWerte,
  grundGelernt,
  konzeptAehnlichkeit,
  konzeptSchluessel,
  lernFaktor,
  lernKonzepte,
  LERNEN,
  type LernAnfrage,
  type LernKonzept,
  type Lernsignal,
} from './lernen.rules.ts';

const jetzt = new Date('2026-12-01T00:00:00Z');
const vor = (tage: number) => new Date(jetzt.getTime() - tage * 86_400_000);

// a toy stemmer: lower case, final -n/-en/-e cut
const lex = (w: string): Lexeme => ({ de: w.toLowerCase().split(' ').map((x) => x.replace(/(en|n|e)$/, '')), en: [] });
const wort = (text: string, synonyme: string[] = [], extra: Partial<Konzept> = {}): Konzept => ({
  text,
  varianten: [{ wort: text.toLowerCase(), art: 'wort', faktor: 1 }, ...synonyme.map((s) => ({ wort: s, art: 'synonym' as const, faktor: 0.85 }))],
  ...extra,
});
// rarity in the catalogue (idf) per word of the toy needs
const IDF: Record<string, number> = { knöllchen: 3, strafzettel: 3, online: 0.1, bezahlen: 2, bürgerbüro: 3, termine: 2.5, tablets: 3, lehrer: 3, unterricht: 3, leihgeräte: 3, schüler: 2.5, einsetzen: 2.5, zuhause: 2.5, liste: 2, wartelisten: 3 };
const gewicht = (c: Konzept) => IDF[c.text.toLowerCase()] ?? 0;
const k = (...cs: Konzept[]) => lernKonzepte(cs, lex, gewicht);
const anfrage = (konzepte: LernKonzept[], lexeme: string[] = []): LernAnfrage => ({ konzepte, lexeme: new Set(lexeme) });
const signal = (loesungId: string, konzepte: LernKonzept[] | null, gewicht: number, tage = 1, lexeme: string[] = []): Lernsignal => ({ loesungId, konzepte, lexeme, gewicht, zeitpunkt: vor(tage) });

describe('Lernen aus Entscheidungen der Lotsen nach Konzepten (Issue 10, Punkt 5; Entscheidung 0139)', () => {
  it('Schlüssel eines Konzepts: Stämme des Worts und seiner Synonyme – „Knöllchen“ und „Strafzettel“ teilen einen Schlüssel', () => {
    const a = konzeptSchluessel(wort('Knöllchen', ['Strafzettel']), lex);
    const b = konzeptSchluessel(wort('Strafzettel', ['Knöllchen']), lex);
    expect(a).toEqual(['knöllch', 'strafzettel']);
    expect(a.some((x) => b.includes(x))).toBe(true);
  });

  it('ein Synonym aus einer mehrdeutigen Thesaurus-Gruppe ist kein Schlüssel', () => {
    const c: Konzept = { text: 'Online', varianten: [{ wort: 'online', art: 'wort', faktor: 1 }, { wort: 'Netz', art: 'synonym', faktor: 0.425, mehrdeutig: true }] };
    expect(konzeptSchluessel(c, lex)).toEqual(['onlin']);
  });

  it('Alltagswörter lehren nichts: unter dem idf-Boden fällt ein Konzept weg; seltene Wörter wiegen idf − Boden', () => {
    const kz = k(wort('Knöllchen', ['Strafzettel']), wort('online'), wort('bezahlen'));
    expect(kz.map((c) => c.s[0])).toEqual(['knöllch', 'bezahl']);
    expect(kz[0].g).toBeCloseTo(3 - LERNEN.idfBoden, 5);
  });

  it('der Kopf eines Kompositums zählt als eigenes Konzept (schwächer), gleiche Schlüssel nur einmal', () => {
    const warteliste = wort('Wartelisten', [], { teileArt: 'kompositum', teile: [wort('Warte'), wort('Liste')] });
    const kz = k(warteliste, wort('Liste'));
    expect(kz.map((c) => c.s[0])).toEqual(['wartelist', 'list']);
    // „Liste“ as a word of its own weighs more than as the head of „Wartelisten“: the larger weight stays
    expect(kz[1].g).toBeCloseTo(2 - LERNEN.idfBoden, 5);
    expect(k(warteliste)[1].g).toBeCloseTo(LERNEN.kopf * (2 - LERNEN.idfBoden), 5);
  });

  it('Ähnlichkeit: gleiches Anliegen in anderen Worten zählt voll, obwohl kein Wortstamm geteilt wird', () => {
    const a = k(wort('Knöllchen', ['Strafzettel', 'Bußgeld']), wort('online'), wort('bezahlen'));
    const b = k(wort('Strafzettel', ['Knöllchen']), wort('bezahlen'));
    expect(konzeptAehnlichkeit(a, b)).toBe(1);
    // the stems of the two texts alone would not meet (Dice of the old signals)
    expect(aehnlichkeit(new Set(['knollch', 'onlin', 'bezahl']), ['strafzettel', 'zahl'])).toBe(0);
  });

  it('ein geteiltes seltenes Wort in sonst verschiedenen Bedarfen reicht nicht (kleinerer Anteil beider Bedarfe)', () => {
    // „Lehrer trauen sich nicht, Tablets im Unterricht einzusetzen“ / „Leihgeräte (Tablets) für Schüler ohne Gerät zuhause“
    const lehrer = k(wort('Lehrer'), wort('Tablets'), wort('Unterricht'), wort('einsetzen'));
    const leihe = k(wort('Leihgeräte'), wort('Tablets'), wort('Schüler'), wort('zuhause'));
    expect(konzeptAehnlichkeit(lehrer, leihe)).toBeLessThan(LERNEN.mindestAehnlichkeit);
    const w = gelernteWerte(anfrage(lehrer), [signal('A', leihe, 1)], jetzt);
    expect(w.get('A') ?? 0).toBe(0);
  });

  it('ein angenommener Vorschlag zu einem Bedarf mit denselben Konzepten hebt die Lösung, „nicht hilfreich“ senkt sie', () => {
    const frage = k(wort('Termine'), wort('Bürgerbüro'));
    const w = gelernteWerte(anfrage(frage), [signal('A', k(wort('Bürgerbüro'), wort('Termine'), wort('online')), 1), signal('B', frage, -1)], jetzt);
    expect(w.get('A')!).toBeGreaterThan(0);
    expect(w.get('B')!).toBeLessThan(0);
    expect(lernFaktor(w.get('A')!)).toBeGreaterThan(1);
    expect(lernFaktor(w.get('B')!)).toBeLessThan(1);
  });

  it('Signale ohne Konzepte (vor Migration 0177) zählen weiter über ihre Wortstämme', () => {
    const w = gelernteWerte(anfrage(k(wort('Termine')), ['termin', 'burgerburo']), [signal('A', null, 1, 1, ['termin', 'burgerburo'])], jetzt);
    expect(w.get('A')!).toBeGreaterThan(0);
    // a newer signal whose need had no weighty concept teaches nothing (no fallback to its stems)
    expect(gelernteWerte(anfrage(k(wort('Termine')), ['termin', 'burgerburo']), [signal('A', [], 1, 1, ['termin', 'burgerburo'])], jetzt).get('A') ?? 0).toBe(0);
  });

  it('verblasst mit dem Alter: nach einer Halbwertszeit zählt ein Signal halb', () => {
    const kz = k(wort('Termine'), wort('Bürgerbüro'));
    const s = (tage: number) => gelernteWerte(anfrage(kz), [signal('A', kz, 1, tage)], jetzt, { ...LERNEN, saettigung: 1e9 }).get('A')!;
    expect(s(LERNEN.halbwertszeitTage) / s(0)).toBeCloseTo(0.5, 5);
    expect(s(4 * LERNEN.halbwertszeitTage)).toBeLessThan(s(0) / 10);
  });

  it('bleibt begrenzt: viele gleiche Signale heben höchstens um LERNEN.hoechstens', () => {
    const kz = k(wort('Termine'));
    const w = gelernteWerte(anfrage(kz), Array.from({ length: 500 }, () => signal('A', kz, 1, 0)), jetzt).get('A')!;
    expect(w).toBeLessThanOrEqual(1);
    expect(lernFaktor(w)).toBeLessThanOrEqual(1 + LERNEN.hoechstens);
    expect(lernFaktor(-1)).toBeGreaterThanOrEqual(1 - LERNEN.hoechstens);
  });

  it('alle Schlüssel eines Bedarfs für die Suche im Index, ohne Doppelte', () => {
    expect(alleSchluessel([{ s: ['a', 'b'], g: 1 }, { s: ['b', 'c'], g: 1 }])).toEqual(['a', 'b', 'c']);
  });

  it('erklärt sich als Grund, nur ab einer spürbaren Stärke', () => {
    expect(grundGelernt(0.8)?.text).toBe('Von Lotsen in ähnlichen Fällen vorgeschlagen');
    expect(grundGelernt(-0.8)?.text).toBe('In ähnlichen Fällen von Lotsen als unpassend bewertet');
    expect(grundGelernt(0.01)).toBeNull();
  });
});
