/** Senses of thesaurus groups (issue 10, item 4; docs/decisions/0127): ambiguous groups, domains, expansions below the word. */
import { describe, expect, it } from 'vitest';
import { erweitereAnfrage, FAKTOR, type ErweiterungsKontext, type Lexeme } from '../anfrage/erweiterung.rules.ts';
import { lex } from '../anfrage/testkontext.ts';
import { baueThesaurus } from '../sprache/thesaurus.rules.ts';
import { bewerte, idfWert, konzeptGewicht, type Feld, type Kandidat } from './bewertung.rules.ts';

const th = baueThesaurus([
  { id: '1', begriffe: ['Internet', 'online', 'Netz'], mehrdeutig: true },
  { id: '2', begriffe: ['Netzausbau', 'Leitungen', 'Tiefbau', 'Leerrohre'], domaene: 'Digitale Infrastruktur' },
  { id: '3', begriffe: ['Knöllchen', 'Verwarnungsgeld'] },
  { id: '4', begriffe: ['Zahlung', 'E-Payment'] },
]);
const ctx: ErweiterungsKontext = { lexikon: lex, schreibweise: () => undefined, thesaurus: th, korrekturen: new Map(), zerlegeCache: new Map() };

const stamm = (w: string): Lexeme | undefined => {
  const s = w.toLowerCase().replace(/ö/g, 'o').replace(/[^a-z]/g, '');
  return s ? { de: [s], en: [] } : undefined;
};
/** catalogue of 300: „online“ is frequent, „netz“ rarer, „verwarnungsgeld“ rare, „knollchen“ unknown */
const DF: Record<string, number> = { online: 60, netz: 8, zahlen: 30, zahlung: 12, epayment: 3, verwarnungsgeld: 4, leitungen: 6, tiefbau: 5, leerrohre: 2, netzausbau: 3 };
const idf = (x: string) => idfWert(300, DF[x] ?? 0);
const df = (x: string) => DF[x] ?? 0;
const kand = (id: string, treffer: [string, Feld][], handlungsfeld: string | null = null): Kandidat => ({
  id, externalId: id, titel: id, sprache: 'de', handlungsfeld, wirkungsstufe: null, siegel: false, nutzungen: 0, wirkungBerichtet: 0,
  herkunftGroessenklasse: null, herkunftArt: null, treffer: new Map(treffer),
});

describe('Sinne der Thesaurus-Gruppen (Issue 10, Punkt 4)', () => {
  it('eine mehrdeutige Gruppe erweitert deutlich schwächer als eine eindeutige', () => {
    const [online] = erweitereAnfrage('online', ctx);
    const netz = online.varianten.find((v) => v.wort === 'Netz')!;
    expect(netz.art).toBe('synonym');
    expect(netz.faktor).toBeLessThanOrEqual(FAKTOR.synonym * 0.6);
    const [k] = erweitereAnfrage('Knöllchen', ctx);
    expect(k.varianten.find((v) => v.wort === 'Verwarnungsgeld')!.faktor).toBe(FAKTOR.synonym);
  });

  it('Regression: „online zahlen“ wird nicht mehr über „Netz“ mit vollem Gewicht erklärt', () => {
    const konzepte = erweitereAnfrage('online zahlen', ctx);
    const norm = konzepte.reduce((s, c) => s + konzeptGewicht(c, stamm, idf, df), 0);
    const zahlung = kand('ZAHLUNG', [['online', 'A'], ['zahlen', 'A']]);
    const netz = kand('NETZ', [['netz', 'A'], ['zahlen', 'C']]);
    const a = bewerte(konzepte, zahlung, {}, stamm, idf, norm);
    const b = bewerte(konzepte, netz, {}, stamm, idf, norm);
    expect(a.score).toBeGreaterThan(b.score * 1.5);
    // the expansion through the ambiguous group counts clearly less than the word „online“ itself
    const nurNetz = bewerte(konzepte, kand('N', [['netz', 'A']]), {}, stamm, idf, norm);
    const nurOnline = bewerte(konzepte, kand('O', [['online', 'A']]), {}, stamm, idf, norm);
    expect(nurNetz.score).toBeLessThanOrEqual(nurOnline.score * 0.6);
    expect(nurNetz.reasons[0].text).toContain('„Netz“');
  });

  it('jede Erweiterung zählt weniger als das Wort selbst; über eine mehrdeutige Gruppe nie mehr als das Wort, auch wenn sie seltener ist', () => {
    const th2 = baueThesaurus([
      { id: 'a', begriffe: ['Zahlung', 'E-Payment'] },
      { id: 'b', begriffe: ['Internet', 'online', 'Netz'], mehrdeutig: true },
    ]);
    const c2 = { ...ctx, thesaurus: th2, zerlegeCache: new Map() };
    // an unambiguous synonym is found with a factor below 1: the same term as a word counts more
    const [zahlung] = erweitereAnfrage('Zahlung', c2);
    const [epayment] = erweitereAnfrage('E-Payment', c2);
    const norm = Math.max(konzeptGewicht(zahlung, stamm, idf, df), konzeptGewicht(epayment, stamm, idf, df));
    const alsSynonym = bewerte([zahlung], kand('S', [['epayment', 'A']]), {}, stamm, idf, norm);
    const alsWort = bewerte([epayment], kand('S', [['epayment', 'A']]), {}, stamm, idf, norm);
    expect(alsSynonym.score).toBeGreaterThan(0);
    expect(alsSynonym.score).toBeCloseTo(alsWort.score * FAKTOR.synonym, 5);
    // through an ambiguous group the rarer „Netz“ never outweighs the frequent word „online“
    expect(idf('netz')).toBeGreaterThan(idf('online'));
    const [online] = erweitereAnfrage('online', c2);
    const n2 = konzeptGewicht(online, stamm, idf, df);
    const netz = bewerte([online], kand('N', [['netz', 'A']]), {}, stamm, idf, n2);
    const wort = bewerte([online], kand('O', [['online', 'A']]), {}, stamm, idf, n2);
    expect(wort.score).toBeCloseTo(1, 5);
    expect(netz.score).toBeCloseTo(FAKTOR.synonym * FAKTOR.mehrdeutig, 5);
  });

  it('eine Gruppe mit Domäne zählt nur, wenn die Anfrage oder die Lösung in dieser Domäne ist', () => {
    const konzepte = erweitereAnfrage('Leitungen', ctx);
    const norm = konzeptGewicht(konzepte[0], stamm, idf, df);
    const bau = kand('BAU', [['tiefbau', 'A']], 'Bauen & Wohnen');
    const digital = kand('DIGITAL', [['tiefbau', 'A']], 'Digitale Infrastruktur');
    expect(bewerte(konzepte, bau, {}, stamm, idf, norm).score).toBe(0);
    expect(bewerte(konzepte, bau, { handlungsfeld: 'Verkehr & Mobilität' }, stamm, idf, norm).score).toBe(0);
    const imFeld = bewerte(konzepte, bau, { handlungsfeld: 'Digitale Infrastruktur' }, stamm, idf, norm);
    expect(imFeld.score).toBeGreaterThan(0);
    expect(imFeld.reasons[0].text).toContain('„Tiefbau“');
    expect(bewerte(konzepte, digital, {}, stamm, idf, norm).score).toBeGreaterThan(0);
    // the word itself is never restricted
    expect(bewerte(konzepte, kand('W', [['leitungen', 'B']], 'Bauen & Wohnen'), {}, stamm, idf, norm).score).toBeGreaterThan(0);
  });
});
