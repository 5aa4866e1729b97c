import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import type { Konto } from '../../core/authz/policy.ts';
import {
  anzahlNutzendeKommunen,
  darfUnveroeffentlichteSehen,
  naechsterStatus,
  pruefeBearbeitbar,
  pruefeEntscheidung,
  pruefeSiegel,
  pruefeSpannen,
  pruefeUeberarbeitung,
  pruefeUeberarbeitungBearbeitbar,
} from './loesungen.rules.ts';
import { leseCsv, pruefeImportZeilen, schreibeCsv } from './import/import.rules.ts';
import { jrcZuImportZeilen } from './loesungen.jrc.ts';
import { HANDLUNGSFELDER, SIEGEL_KRITERIEN } from './loesungen.schemas.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as AppError).code;
  }
  return null;
};

describe('Statusablauf', () => {
  it('führt vom Entwurf über die Einreichung zur Veröffentlichung oder Zurückweisung', () => {
    expect(naechsterStatus('entwurf', 'einreichen')).toBe('eingereicht');
    expect(naechsterStatus('eingereicht', 'veroeffentlichen')).toBe('veroeffentlicht');
    expect(naechsterStatus('eingereicht', 'zurueckweisen')).toBe('zurueckgewiesen');
    expect(naechsterStatus('zurueckgewiesen', 'einreichen')).toBe('eingereicht');
    expect(naechsterStatus('veroeffentlicht', 'archivieren')).toBe('archiviert');
  });
  it('lehnt unzulässige Übergänge mit 409 ab', () => {
    expect(code(() => naechsterStatus('entwurf', 'veroeffentlichen'))).toBe('loesung.status_ungueltig');
    expect(code(() => naechsterStatus('veroeffentlicht', 'einreichen'))).toBe('loesung.status_ungueltig');
    expect(code(() => naechsterStatus('veroeffentlicht', 'zurueckweisen'))).toBe('loesung.status_ungueltig');
    expect(code(() => naechsterStatus('archiviert', 'einreichen'))).toBe('loesung.status_ungueltig');
  });
  it('sperrt Änderungen während der Prüfung', () => {
    expect(code(() => pruefeBearbeitbar('eingereicht'))).toBe('loesung.nicht_bearbeitbar');
    expect(code(() => pruefeBearbeitbar('entwurf'))).toBeNull();
    expect(code(() => pruefeBearbeitbar('veroeffentlicht'))).toBeNull();
  });
  it('Überarbeitung einer veröffentlichten Lösung: einreichen, prüfen, nicht während der Prüfung ändern', () => {
    expect(code(() => pruefeUeberarbeitung('entwurf', 'einreichen'))).toBeNull();
    expect(code(() => pruefeUeberarbeitung('zurueckgewiesen', 'einreichen'))).toBeNull();
    expect(code(() => pruefeUeberarbeitung('eingereicht', 'veroeffentlichen'))).toBeNull();
    expect(code(() => pruefeUeberarbeitung('eingereicht', 'zurueckweisen'))).toBeNull();
    expect(code(() => pruefeUeberarbeitung('eingereicht', 'einreichen'))).toBe('loesung.status_ungueltig');
    expect(code(() => pruefeUeberarbeitung('entwurf', 'veroeffentlichen'))).toBe('loesung.status_ungueltig');
    expect(code(() => pruefeUeberarbeitung(null, 'einreichen'))).toBe('loesung.status_ungueltig');
    expect(code(() => pruefeUeberarbeitung(null, 'veroeffentlichen'))).toBe('loesung.status_ungueltig');
    expect(code(() => pruefeUeberarbeitungBearbeitbar('eingereicht'))).toBe('loesung.nicht_bearbeitbar');
    expect(code(() => pruefeUeberarbeitungBearbeitbar('zurueckgewiesen'))).toBeNull();
    expect(code(() => pruefeUeberarbeitungBearbeitbar(null))).toBeNull();
  });
  it('verlangt eine Begründung beim Zurückweisen', () => {
    expect(code(() => pruefeEntscheidung('zurueckweisen', ' '))).toBe('pruefung.begruendung_fehlt');
    expect(code(() => pruefeEntscheidung('veroeffentlichen', ''))).toBeNull();
  });
  it('prüft Spannen von/bis', () => {
    expect(code(() => pruefeSpannen({ kostenVon: 5000, kostenBis: 1000 }))).toBe('anfrage.ungueltig');
    expect(code(() => pruefeSpannen({ aufwandVon: 1, aufwandBis: 3 }))).toBeNull();
  });
});

describe('Sichtbarkeit unveröffentlichter Lösungen', () => {
  const konto = (p: Partial<Konto>): Konto => ({ id: 'k', email: 'x', name: 'x', rollen: [], mitgliedschaften: [], regionen: [], ...p });
  it('gilt für Mitglieder der Kommune und die Transferstelle, nicht für Lotsen der Region', () => {
    expect(darfUnveroeffentlichteSehen(konto({ mitgliedschaften: [{ kommuneId: '065310005005', rolle: 'mitglied' }] }), '065310005005')).toBe(true);
    expect(darfUnveroeffentlichteSehen(konto({ rollen: ['transferstelle'] }), '065310005005')).toBe(true);
    expect(darfUnveroeffentlichteSehen(konto({ rollen: ['lotse'], regionen: ['06'] }), '065310005005')).toBe(false);
    expect(darfUnveroeffentlichteSehen(konto({ mitgliedschaften: [{ kommuneId: '091620000000', rolle: 'admin' }] }), '065310005005')).toBe(false);
    expect(darfUnveroeffentlichteSehen(null, '065310005005')).toBe(false);
  });
  it('gilt nicht für den Plattform-Admin (Entscheidung 0004: er liest keine Inhalte der Kommunen)', () => {
    expect(darfUnveroeffentlichteSehen(konto({ rollen: ['plattform-admin'] }), '065310005005')).toBe(false);
    expect(darfUnveroeffentlichteSehen(konto({ rollen: ['plattform-admin'] }), null)).toBe(false);
    expect(darfUnveroeffentlichteSehen(konto({ rollen: ['transferstelle'] }), null)).toBe(true);
  });
});

describe('Siegel „Bewährt“', () => {
  const alle = SIEGEL_KRITERIEN.map((kriterium) => ({ kriterium, erfuellt: true, begruendung: 'Belegt durch Bericht.' }));
  it('zählt die Herkunft als eine nutzende Kommune', () => {
    expect(anzahlNutzendeKommunen('A', null, [])).toBe(1);
    expect(anzahlNutzendeKommunen('A', null, ['B'])).toBe(2);
    expect(anzahlNutzendeKommunen('A', null, ['A', 'B', 'B'])).toBe(2);
    expect(anzahlNutzendeKommunen(null, 'Stadt Wien', ['B'])).toBe(2);
    expect(anzahlNutzendeKommunen(null, null, ['B'])).toBe(1);
  });
  it('wird vergeben, wenn alle Kriterien erfüllt und begründet sind und zwei Kommunen sie nutzen', () => {
    expect(code(() => pruefeSiegel(alle, 2))).toBeNull();
  });
  it('wird verweigert bei fehlendem, unerfülltem oder unbegründetem Kriterium', () => {
    expect(code(() => pruefeSiegel(alle.slice(1), 3))).toBe('siegel.kriterien_nicht_erfuellt');
    expect(code(() => pruefeSiegel(alle.map((k, i) => (i === 2 ? { ...k, erfuellt: false } : k)), 3))).toBe('siegel.kriterien_nicht_erfuellt');
    expect(code(() => pruefeSiegel(alle.map((k, i) => (i === 0 ? { ...k, begruendung: '' } : k)), 3))).toBe('siegel.kriterien_nicht_erfuellt');
  });
  it('wird verweigert, wenn nur eine Kommune die Lösung nutzt', () => {
    expect(code(() => pruefeSiegel(alle, 1))).toBe('siegel.zu_wenige_kommunen');
  });
});

describe('Importzeilen', () => {
  const gut = { externalId: 'X1', title: 'Titel', summary: 'Kurz', problem: 'Problem' };
  it('nimmt gültige Zeilen an und setzt Standardwerte', () => {
    const r = pruefeImportZeilen([gut, { ...gut, externalId: 'X2', evidenceStep: 4, handlungsfeld: 'Bildung', tags: ['a', 'b'], originName: 'Gießen', language: 'en' }]);
    expect(r.fehler).toEqual([]);
    expect(r.zeilen[0].language).toBe('de');
    expect(r.zeilen[1]).toMatchObject({ evidenceStep: 4, handlungsfeld: 'Bildung', tags: ['a', 'b'], originName: 'Gießen' });
  });
  it('meldet Fehler je Zeile mit Nummer und Feld', () => {
    const r = pruefeImportZeilen([gut, { ...gut, externalId: 'X2', title: '' }, { ...gut, externalId: 'X3', evidenceStep: 9, handlungsfeld: 'Sport' }, { ...gut, wer: 1 }, 'text']);
    expect(r.fehler.map((f) => [f.zeile, f.feld])).toEqual([
      [2, 'title'],
      [3, 'evidenceStep'],
      [3, 'handlungsfeld'],
      [4, ''],
      [5, ''],
    ]);
    expect(r.fehler[3].meldung).toBe('Unbekannte Spalte: wer');
  });
  it('erkennt doppelte externalIds', () => {
    const r = pruefeImportZeilen([gut, gut]);
    expect(r.fehler).toEqual([{ zeile: 2, feld: 'externalId', meldung: 'Feld „Kennung“ (Spalte externalId): „X1“ kommt schon in Zeile 1 vor.' }]);
  });
  it('liest CSV mit mehrzeiligen Feldern, Listen und leeren Zellen', () => {
    const csv = 'externalId,title,summary,problem,evidenceStep,tags,handlungsfeld\r\nA,"Titel, mit Komma","Zeile 1\nZeile 2","Er sagte ""Hallo""",3,Tag1;Tag2,\r\nB,T,S,P,,,Bildung\r\n';
    const rows = leseCsv(csv);
    expect(rows).toHaveLength(2);
    const r = pruefeImportZeilen(rows);
    expect(r.fehler).toEqual([]);
    expect(r.zeilen[0]).toMatchObject({ title: 'Titel, mit Komma', summary: 'Zeile 1\nZeile 2', problem: 'Er sagte "Hallo"', evidenceStep: 3, tags: ['Tag1', 'Tag2'] });
    expect(r.zeilen[0].handlungsfeld).toBeUndefined();
    expect(r.zeilen[1]).toMatchObject({ handlungsfeld: 'Bildung', tags: [] });
  });
  it('liest CSV mit Semikolon als Trennzeichen', () => {
    expect(leseCsv('externalId;title;summary;problem\nA;T;S;P\n')).toEqual([{ externalId: 'A', title: 'T', summary: 'S', problem: 'P' }]);
  });
  it('schreibt CSV, das wieder gelesen werden kann', () => {
    const csv = schreibeCsv([{ externalId: 'A', title: 'T, "x"', summary: 'a\nb', problem: 'P', tags: ['x', 'y'], evidenceStep: 2, language: 'de' }]);
    const r = pruefeImportZeilen(leseCsv(csv));
    expect(r.fehler).toEqual([]);
    expect(r.zeilen[0]).toMatchObject({ title: 'T, "x"', summary: 'a\nb', tags: ['x', 'y'], evidenceStep: 2 });
  });
});

describe('JRC-Zuordnung', () => {
  it('bildet einen Fall auf eine englische Importzeile ab', () => {
    const [z] = jrcZuImportZeilen([{
      id: '10001', name: 'Mona - chatbot', url: ' https://example.org/x', description: 'The chatbot answers questions. It runs on the portal.',
      geoextent: 'National', geocoverage: 'Austria', lead_organisation_name: 'Unternehmensservice Portal', primary_sector: 'Economic affairs',
      secondary_sector: 'Transport.', technology: 'Artificial intelligence', type: 'Engagement management', status: 'Implemented', uptake: 'Yes',
    }]);
    expect(z).toMatchObject({
      externalId: 'jrc-10001', title: 'Mona - chatbot', language: 'en', handlungsfeld: 'Verkehr & Mobilität', evidenceStep: 2,
      origin: 'Unternehmensservice Portal (Austria)', links: ['https://example.org/x'], summary: 'The chatbot answers questions. It runs on the portal.',
    });
    expect(HANDLUNGSFELDER).toContain(z.handlungsfeld);
    expect(pruefeImportZeilen([z]).fehler).toEqual([]);
  });
});
