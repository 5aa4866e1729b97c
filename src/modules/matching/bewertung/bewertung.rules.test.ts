import { describe, expect, it } from 'vitest';
import { erweitereAnfrage, type Lexeme } from '../anfrage/erweiterung.rules.ts';
import { ctx } from '../anfrage/testkontext.ts';
import { bewerte, idfWert, type Kandidat } from './bewertung.rules.ts';
import { vorbewertung } from './vorbewertung.rules.ts';

describe('Bewertung', () => {
  const stamm: Record<string, Lexeme> = {
    rechnung: { de: ['rechnung'], en: ['rechnung'] },
    workflow: { de: ['workflow'], en: ['workflow'] },
    rechnungsworkflow: { de: ['rechnungsworkflow'], en: ['rechnungsworkflow'] },
    invoice: { de: ['invoic'], en: ['invoic'] },
  };
  const l = (w: string) => stamm[w.toLowerCase()];
  const idf = (x: string) => idfWert(100, x === 'rechnung' ? 5 : 10);
  const konzepte = erweitereAnfrage('Rechnungsworkflow', ctx());
  const kand = (treffer: [string, 'A' | 'B' | 'C' | 'D'][], mehr: Partial<Kandidat> = {}): Kandidat => ({
    id: 'x', externalId: 'X', titel: 'T', sprache: 'de', handlungsfeld: null, wirkungsstufe: null, siegel: false, nutzungen: 0, wirkungBerichtet: 0, herkunftGroessenklasse: null, herkunftArt: null, treffer: new Map(treffer), ...mehr,
  });
  it('Titel vor Ansatz, beide Teile vor einem', () => {
    const titel = bewerte(konzepte, kand([['rechnung', 'A'], ['workflow', 'A']]), {}, l, idf, 1);
    const ansatz = bewerte(konzepte, kand([['rechnung', 'C'], ['workflow', 'C']]), {}, l, idf, 1);
    const einer = bewerte(konzepte, kand([['rechnung', 'A']]), {}, l, idf, 1);
    expect(titel.score).toBeGreaterThan(ansatz.score);
    expect(ansatz.score).toBeGreaterThan(0);
    expect(titel.score).toBeGreaterThan(einer.score);
    expect(titel.reasons[0]).toMatchObject({ art: 'wortteil' });
    expect(titel.reasons[0].text).toContain('„Rechnung“ + „Workflow“');
  });
  it('englische Lösungen werden mit den englischen Lexemen bewertet, Synonyme erklärt', () => {
    const en = bewerte(konzepte, kand([['invoic', 'A'], ['workflow', 'B']], { sprache: 'en' }), {}, l, idf, 1);
    expect(en.score).toBeGreaterThan(0);
    expect(en.reasons[0].text).toContain('invoice');
  });
  it('strukturierte Signale erhöhen den Wert und werden begründet', () => {
    const ohne = bewerte(konzepte, kand([['rechnung', 'A']]), {}, l, idf, 1);
    const mit = bewerte(konzepte, kand([['rechnung', 'A']], { handlungsfeld: 'Verwaltungshandeln', herkunftGroessenklasse: 5, herkunftArt: 'gemeinde', siegel: true, wirkungsstufe: 5, nutzungen: 3 }), { handlungsfeld: 'Verwaltungshandeln', groessenklasse: 5, groessenklasseArt: 'gemeinde' }, l, idf, 1);
    expect(mit.score).toBeGreaterThan(ohne.score);
    expect(mit.reasons.map((g) => g.art)).toEqual(['wortteil', 'handlungsfeld', 'groessenklasse', 'siegel', 'wirkung', 'nutzung']);
    expect(bewerte(konzepte, kand([]), {}, l, idf, 1).score).toBe(0);
  });
  it('echte Übernahmen und berichtete Wirkung ordnen fast gleich passende Treffer, überstimmen aber nicht den Text (Issue 11)', () => {
    const gleich = bewerte(konzepte, kand([['rechnung', 'A']]), {}, l, idf, 1);
    const uebernommen = bewerte(konzepte, kand([['rechnung', 'A']], { nutzungen: 4, wirkungBerichtet: 3 }), {}, l, idf, 1);
    expect(uebernommen.score).toBeGreaterThan(gleich.score);
    expect(uebernommen.reasons.map((g) => g.text)).toEqual(expect.arrayContaining([
      'Bereits von 4 Kommunen übernommen', '3 übernehmende Kommunen berichten Wirkung ab Stufe 4 der Wirkungstreppe',
    ]));
    // Better text (both parts in the title) still beats a solution that only has adoptions.
    const besserGetroffen = bewerte(konzepte, kand([['rechnung', 'A'], ['workflow', 'A']]), {}, l, idf, 1);
    const vieleUebernahmen = bewerte(konzepte, kand([['rechnung', 'A']], { nutzungen: 50, wirkungBerichtet: 50 }), {}, l, idf, 1);
    expect(besserGetroffen.score).toBeGreaterThan(vieleUebernahmen.score);
  });
});

describe('Vorbewertung', () => {
  it('gewichtet Lexeme nach idf, lässt fehlende und zu häufige weg, hält das Budget', () => {
    const konzepte = erweitereAnfrage('Rechnungsworkflow', ctx());
    const stamm: Record<string, Lexeme> = { rechnungsworkflow: { de: ['rechnungsworkflow'], en: [] }, rechnung: { de: ['rechnung'], en: [] }, workflow: { de: ['workflow'], en: [] }, invoice: { de: [], en: ['invoic'] } };
    const df: Record<string, number> = { rechnung: 10, workflow: 90, invoic: 2 };
    const v = vorbewertung(konzepte, (w) => stamm[w.toLowerCase()], (x) => idfWert(100, df[x] ?? 0), (x) => df[x] ?? 0, 100);
    expect(v.lexeme).toEqual(expect.arrayContaining(['rechnung', 'invoic']));
    expect(v.lexeme).not.toContain('rechnungsworkflow'); // df 0
    expect(v.lexeme).not.toContain('workflow'); // in 90 % of documents
    expect(v.gewichte[v.lexeme.indexOf('invoic')]).toBeGreaterThan(v.gewichte[v.lexeme.indexOf('rechnung')]);
  });
});
