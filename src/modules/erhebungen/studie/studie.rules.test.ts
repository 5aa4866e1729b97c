/**
 * Vergleichssätze der Studie „Digitale Kommune“ (Issue 9, Punkt 5): ein Satz nur, wenn der Studienwert genau die
 * gegebene Antwort betrifft, und immer mit der Grundgesamtheit, für die die Studie den Wert nennt. Jeder Test nennt
 * die Tabelle (Steckbrief) oder die Textstelle und die Zelle, aus der der Wert stammt.
 */
import { describe, expect, it } from 'vitest';
import type { Antworten } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems, ladeFragebogen } from '../frageboegen/frageboegen.rules.ts';
import { ladeReferenzdaten, OHNE_WERT, prozentText, referenzFuer, studienvergleiche, vergleichssatz } from './studie.rules.ts';
import { referenzDigitaleKommune, studie } from './studie.usecases.ts';

const daten = ladeReferenzdaten();
const dk = ladeFragebogen('digitale-kommune');
const GRUPPEN = daten.gruppen.map((g) => [g.art, g.groessenklasse] as const);
const saetze = (antworten: Antworten, art: 'gemeinde' | 'kreis', klasse: number) =>
  studienvergleiche(dk, { 'strategie-status': 'ja', ...antworten }, daten, art, klasse).filter((s) => s.itemId !== 'strategie-status');

describe('Satzarten mit Fundstelle', () => {
  it('Strategie-Status, Tabelle 4 (Gemeinden 10.000–25.000, n = 165), Zeile „Digitalisierungsstrategie“: Ja 9 %, In Entwicklung 39 %, Nein 52 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Digitalisierungsstrategie', auspraegung: 'Nein' })).toBe(
      'In Ihrer Größenklasse hatten 9 % eine Digitalisierungsstrategie, 39 % entwickelten eine, 52 % hatten keine.',
    );
  });

  it('Steckbrief-Zeile für alle Kommunen der Klasse, Tabelle 4, Zeile „Angebote“: Suchfunktion für Verwaltungsleistungen 66 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Angebote', auspraegung: 'Suchfunktion für Verwaltungsleistungen' })).toBe(
      'In Ihrer Größenklasse setzten 66 % diesen Baustein ein: Suchfunktion für Verwaltungsleistungen. Das war die häufigste Angabe.',
    );
  });

  it('Steckbrief-Zeile mit Gleichstand, Tabelle 10 (Kreise bis 150.000), Zeile „Angebote“: DMS / Suchfunktion 72 %', () => {
    expect(vergleichssatz(daten, 'kreis', 3, { merkmal: 'Angebote', auspraegung: 'DMS' })).toBe(
      'In Ihrer Größenklasse setzten 72 % diesen Baustein ein: DMS. Das war eine der gleichauf häufigsten Angaben.',
    );
  });

  it('Strategie-Zeile des Steckbriefs (Kopf: Kommunen, die eine Strategie haben oder entwickeln), Tabelle 4, Zeile „Handlungsfelder“: Verwaltungshandeln 32 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Handlungsfelder', auspraegung: 'Verwaltungshandeln (E-Government & Verwaltungsdigitalisierung)' })).toBe(
      'Unter den Kommunen Ihrer Größenklasse, die eine Digitalisierungsstrategie haben oder entwickeln, nannten 32 % „Verwaltungshandeln (E-Government & Verwaltungsdigitalisierung)“ als wichtiges Handlungsfeld ihrer Strategie. Das war die häufigste Angabe.',
    );
  });

  it('Fließtext zur Größenklasse, Text zu Tabelle 12 (Kreise über 250.000): FIM bekannt 75 %', () => {
    expect(vergleichssatz(daten, 'kreis', 1, { merkmal: 'FIM bekannt', auspraegung: 'Ja' })).toBe(
      'In Ihrer Größenklasse kannten 75 % das Föderale Informationsmanagement (FIM).',
    );
  });

  it('alle Kommunen, Fließtext „Binnen-Digitalisierung“: Chatbot 1 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Angebote', auspraegung: 'Chatbot' })).toBe(
      'Unter allen befragten Kommunen setzten 1 % diesen Baustein ein: Chatbot.',
    );
  });

  it('nur Kommunen mit Strategie, Fließtext zu Abbildung 5: digitale Infrastruktur 26 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Handlungsfelder', auspraegung: 'digitale Infrastruktur' })).toBe(
      'Unter den befragten Kommunen mit Digitalisierungsstrategie nannten 26 % „digitale Infrastruktur“ als wichtiges Handlungsfeld ihrer Strategie.',
    );
  });

  it('nur Kommunen mit Strategie, Fließtext zu Abbildung 6: Daseinsvorsorge 10 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Ziele', auspraegung: 'zukunftsträchtige Weiterentwicklung der Daseinsvorsorge' })).toMatch(
      /^Unter den befragten Kommunen mit Digitalisierungsstrategie nannten 10 % /,
    );
  });

  it('nur Kommunen mit Strategie, Fließtext zu Abbildung 7: Strategie des Kreises 16 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Alignment', auspraegung: 'Strategie des Kreises bzw. der kreisangehörigen Gemeinden' })).toBe(
      'Unter den befragten Kommunen mit Digitalisierungsstrategie knüpften 16 % ihre Strategie an folgende Strategie an: Strategie des Kreises bzw. der kreisangehörigen Gemeinden.',
    );
  });

  it('nur Kommunen, die eine Strategie entwickeln, Fließtext zu Abbildung 8: mit anderen Kommunen 28 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 6, { merkmal: 'Akteure', auspraegung: 'mit anderen Kommunen' })).toBe(
      'Unter den befragten Kommunen, die eine Digitalisierungsstrategie entwickeln, erarbeiteten 28 % ihre Strategie mit anderen Kommunen.',
    );
  });

  it('nur an Glasfasernetzen beteiligte Kommunen, Fließtext zu Abbildung 21: mit anderen Gebietskörperschaften 36 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 5, { merkmal: 'Beteiligung an Glasfasernetzen', auspraegung: 'mit anderen kommunalen Gebietskörperschaften' })).toBe(
      'Unter den befragten Kommunen, die sich am Aufbau oder Betrieb von Glasfasernetzen beteiligen, gaben 36 % zur Beteiligung an Glasfasernetzen an: mit anderen kommunalen Gebietskörperschaften.',
    );
  });

  it('ungefährer Wert behält „rund“, Fließtext zu Verantwortlichen: Fachbereich IT „ungefähr 40 %“', () => {
    expect(vergleichssatz(daten, 'gemeinde', 7, { merkmal: 'Verantwortliche', auspraegung: 'Fachbereich IT' })).toBe(
      'Unter allen befragten Kommunen war bei rund 40 % diese Stelle für die Digitalisierung der Verwaltung verantwortlich: Fachbereich IT.',
    );
  });

  it('ungefährer Wert, Fließtext Datennutzung: „drei Viertel“ bei Fortbildungen zu Fachverfahren → rund 75 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 99, { merkmal: 'Fortbildungen', auspraegung: 'zu eingesetzten Fachverfahren und Anwendungen' })).toContain('rund 75 %');
  });

  it('Zahlenfrage, Fließtext Fortbildungen: „unter 20 %“ 58 % nur bei einer Antwort unter 20', () => {
    const s = (wert: number) => saetze({ 'binnen-fortbildungsanteil': wert }, 'gemeinde', 6).map((x) => x.satz);
    expect(s(10)).toEqual(['Unter allen befragten Kommunen schätzten 58 % den Anteil ihrer Fortbildungen mit Digitalisierungsbezug auf unter 20 %.']);
    expect(s(35)).toEqual([OHNE_WERT]);
  });

  it('Abkürzung am Satzende ohne doppelten Punkt, Tabelle 6, Zeile „Kompetenzen“: Angebote von Bibliotheken, VHS usw. 48 %', () => {
    expect(vergleichssatz(daten, 'gemeinde', 4, { merkmal: 'Kompetenzen', auspraegung: 'Angebote von Bibliotheken, VHS usw.' })).toBe(
      'In Ihrer Größenklasse gaben 48 % zu kostenlosen Angeboten für digitale Kompetenzen an: Angebote von Bibliotheken, VHS usw. Das war die häufigste Angabe.',
    );
  });

  it('ohne genauen Wert: ein Satz, der das sagt; „weiß nicht“ ergibt keinen Satz', () => {
    expect(saetze({ 'strategie-verantwortung': 'cdo' }, 'gemeinde', 6)).toEqual([{ itemId: 'strategie-verantwortung', verweis: null, art: 'ohne-wert', satz: OHNE_WERT }]);
    expect(saetze({ 'binnen-fim': { weissNicht: true } }, 'gemeinde', 6)).toEqual([]);
  });
});

describe('kein Rückfall auf die häufigste Angabe (die acht Fragen aus dem Feldtest)', () => {
  it('binnen-open-data: „in hohem Maße“ hat nur in Tabelle 8 (Gemeinden 200.000–400.000) einen Wert, 43 %', () => {
    for (const [art, klasse] of GRUPPEN) {
      const s = saetze({ 'binnen-open-data': 'hoch' }, art, klasse);
      if (art === 'gemeinde' && klasse === 2) expect(s[0].satz).toMatch(/^In Ihrer Größenklasse nutzten 43 % in hohem Maße: Bereitstellung von offenen Daten \(Open Data\)\./);
      else expect(s.map((x) => x.satz), `${art} ${klasse}`).toEqual([OHNE_WERT]);
    }
    expect(saetze({ 'binnen-open-data': 'mittel' }, 'gemeinde', 2).map((x) => x.satz)).toEqual([OHNE_WERT]);
  });

  it('binnen-datenbestand: in Tabelle 8 ist Open Data die häufigste Angabe – kein Satz über Open Data', () => {
    const s = saetze({ 'binnen-datenbestand': 'hoch' }, 'gemeinde', 2);
    expect(s.map((x) => x.satz)).toEqual([OHNE_WERT]);
    expect(saetze({ 'binnen-datenbestand': 'hoch' }, 'gemeinde', 6)[0].satz).toContain('21 %');
    expect(saetze({ 'binnen-datenbestand': 'mittel' }, 'gemeinde', 6).map((x) => x.satz)).toEqual([OHNE_WERT]);
  });

  const FAELLE: [string, Antworten][] = [
    ['strategie-verantwortung', { 'strategie-verantwortung': 'fachbereiche' }],
    ['strategie-ziele', { 'strategie-ziele': ['innovation', 'leistungen'] }],
    ['binnen-basiskomponenten', { 'binnen-basiskomponenten': ['e-payment', 'termine'] }],
    ['binnen-partner', { 'binnen-partner': 'privat' }],
    ['binnen-prozesskennzahlen', { 'binnen-prozesskennzahlen': ['kosten', 'zufriedenheit'] }],
    ['aussen-partizipation', { 'aussen-partizipation': ['buergerhaushalt'] }],
  ];
  it.each(FAELLE)('%s: Antworten ohne Studienwert ergeben in keiner Größenklasse einen Prozentsatz', (id, antworten) => {
    for (const [art, klasse] of GRUPPEN) expect(saetze(antworten, art, klasse).map((x) => x.satz), `${id} ${art} ${klasse}`).toEqual([OHNE_WERT]);
  });

  it('jeder Satz zu jeder Option jeder Frage zitiert den Wert genau dieser Ausprägung (alle zehn Gruppen)', () => {
    for (const item of alleItems(dk)) {
      if (item.id === 'strategie-status') continue;
      for (const o of item.optionen ?? []) {
        for (const [art, klasse] of GRUPPEN) {
          const antwort = item.typ === 'mehrfach' ? [o.wert] : o.wert;
          for (const s of saetze({ [item.id]: antwort }, art, klasse)) {
            if (s.art === 'ohne-wert') continue;
            const ref = o.referenz;
            const m = ref?.auspraegung ? referenzFuer(daten, art, klasse, ref.merkmal, ref.auspraegung)?.merkmale[0] : undefined;
            expect(m, `${item.id}/${o.wert} ${art} ${klasse}`).toBeDefined();
            expect(s.satz).toContain(` ${prozentText(m!)} `);
          }
        }
      }
    }
  });
});

describe('API-Daten der Studie', () => {
  it('Referenz-Endpunkt liefert Herkunft, Hinweis, Grundgesamtheit, „ungefähr“ und n = 412', () => {
    const r = referenzDigitaleKommune();
    expect(r.gesamt.n).toBe(412);
    const verantw = r.gesamt.merkmale.find((m) => m.merkmal === 'Verantwortliche' && m.auspraegung === 'Fachbereich IT');
    expect(verantw).toMatchObject({ prozent: 40, ungefaehr: true, herkunft: 'text', hinweis: expect.stringContaining('ca.') });
    const glas = r.gesamt.merkmale.find((m) => m.auspraegung === 'mit anderen kommunalen Gebietskörperschaften');
    expect(glas?.basis).toBe('glasfaser-beteiligt');
  });

  it('Tabelle 10 und 11, Zeile „Partner“: beide Werte (87 % / 36 % und 69 % / 40 %) mit dem Hinweis', () => {
    const r = referenzDigitaleKommune();
    const partner = (t: number) => r.gruppen.find((g) => g.tabelle === t)?.merkmale.find((m) => m.merkmal === 'Partner');
    expect(partner(10)).toMatchObject({ prozent: 87, weitereProzente: [36], hinweis: expect.stringContaining('87 % / 36 %') });
    expect(partner(11)).toMatchObject({ prozent: 69, weitereProzente: [40], hinweis: expect.stringContaining('69 % / 40 %') });
  });

  it('Studie zu einer Runde: n der Größenklasse, Tabelle, n = 412 und Grundgesamtheit je Balken', () => {
    const s = studie(dk, { 'strategie-status': 'ja', 'strategie-handlungsfelder': ['infrastruktur'] }, 'digitale-kommune-2019', 'gemeinde', 6);
    expect(s.gruppe).toMatchObject({ n: 165, tabelle: 4 });
    expect(s.quelle.nGesamt).toBe(412);
    expect(s.werte.find((w) => w.merkmal === 'Handlungsfelder')).toMatchObject({ prozent: 26, ebene: 'gesamt', basis: 'mit-strategie', grundlage: 'Kommunen mit Strategie' });
  });
});
