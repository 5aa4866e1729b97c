import { describe, expect, it } from 'vitest';
import {
  alleTeile,
  baueLexikon,
  baueThesaurus,
  bewerte,
  braucheKorrektur,
  erweitereAnfrage,
  idfWert,
  leicht,
  levenshtein,
  schluessel,
  suchdokument,
  synonymeVon,
  TrigrammIndex,
  trigramme,
  vorbewertung,
  wortfamilie,
  erkenneSprache,
  tokenisiere,
  waehleKorrekturen,
  zerlege,
  type ErweiterungsKontext,
  type Kandidat,
  type Lexeme,
} from './matching.service.ts';
import { bereinigeSynonyme } from './matching.thesaurus.ts';

const lex = baueLexikon(['rechnungen', 'workflow', 'glasfaser', 'ausbau', 'verwarnung', 'geld', 'buerger', 'amt', 'schule', 'weg', 'kinder', 'garten', 'strasse', 'beleuchtung', 'innen', 'mangel', 'melder']);

describe('Normalisierung', () => {
  it('vereinheitlicht Umlaute, ß und Groß-/Kleinschreibung', () => {
    expect(schluessel('Bürgeramt')).toBe('buergeramt');
    expect(schluessel('BUERGERAMT')).toBe('buergeramt');
    expect(schluessel('Straße')).toBe(schluessel('Strasse'));
    expect(schluessel('Öffnungszeiten')).toBe('oeffnungszeiten');
    expect(schluessel('Café')).toBe('cafe');
  });
  it('zerlegt Text in Wörter (Bindestriche trennen, Zahlen allein zählen nicht)', () => {
    expect(tokenisiere('E-Rechnung für 2025, bitte!').map((t) => t.key)).toEqual(['e', 'rechnung', 'fuer', 'bitte']);
  });
  it('leichter Stamm für den Thesaurus', () => {
    expect(leicht('fluechtlingen')).toBe(leicht('fluechtlinge'));
    expect(leicht('strafzetteln')).toBe('strafzettel');
    expect(leicht('bus')).toBe('bus');
  });
});

describe('Kompositazerlegung', () => {
  it('zerlegt mit Fugen-s und flektierten Teilen', () => {
    expect(zerlege('rechnungsworkflow', lex)).toEqual(['rechnung', 'workflow']);
    expect(zerlege('rechnungsworkflows', lex)).toEqual(['rechnung', 'workflow']);
    expect(zerlege('glasfaserausbau', lex)).toEqual(['glasfaser', 'ausbau']);
    expect(zerlege('verwarnungsgeld', lex)).toEqual(['verwarnung', 'geld']);
    expect(zerlege('buergeramt', lex)).toEqual(['buerger', 'amt']);
    expect(zerlege('strassenbeleuchtung', lex)).toEqual(['strasse', 'beleuchtung']);
  });
  it('kennt das getilgte -e (Schul|weg) und bevorzugt wenige Teile', () => {
    expect(zerlege('schulweg', lex)).toEqual(['schule', 'weg']);
    expect(zerlege('kindergarten', lex)).toEqual(['kinder', 'garten']);
    expect(alleTeile('kindergartenausbau', lex)).toEqual(expect.arrayContaining(['kinder', 'garten', 'ausbau']));
  });
  it('lässt Nicht-Komposita und Ableitungen in Ruhe', () => {
    expect(zerlege('verwaltung', lex)).toBeNull();
    expect(zerlege('workflow', lex)).toBeNull();
    expect(zerlege('buergerinnen', lex)).toBeNull(); // -innen is no head
    expect(zerlege('amt', lex)).toBeNull();
  });
});

const th = baueThesaurus([
  { id: '1', begriffe: ['Knöllchen', 'Strafzettel', 'Verwarnungsgeld'] },
  { id: '2', begriffe: ['schnelles Internet', 'Breitband', 'Glasfaser'] },
  { id: '3', begriffe: ['Rechnung', 'invoice'] },
]);

const ctx = (korrekturen = new Map()): ErweiterungsKontext => ({
  lexikon: lex,
  schreibweise: (k) => ({ buergeramt: 'Bürgeramt', glasfaser: 'Glasfaser', rechnung: 'Rechnung', mangelmelder: 'Mängelmelder' } as Record<string, string>)[k],
  thesaurus: th,
  korrekturen,
  zerlegeCache: new Map(),
});

describe('Anfrageerweiterung', () => {
  it('Synonyme aus dem Thesaurus, auch flektiert und für Phrasen', () => {
    expect(synonymeVon('Knöllchen', th)).toEqual(['Strafzettel', 'Verwarnungsgeld']);
    expect(synonymeVon('Strafzetteln', th)).toEqual(['Knöllchen', 'Verwarnungsgeld']);
    const k = erweitereAnfrage('Wir brauchen schnelles Internet', ctx());
    const phrase = k.find((c) => c.text === 'schnelles Internet')!;
    expect(phrase.varianten.map((v) => v.wort)).toEqual(expect.arrayContaining(['Breitband', 'Glasfaser']));
    expect(k.map((c) => c.text)).not.toContain('Internet');
  });
  it('Umlaut-Schreibweise, Wortteile mit Synonymen, Stoppwörter entfallen', () => {
    const [c] = erweitereAnfrage('Buergeramt', ctx());
    expect(c.varianten[0]).toMatchObject({ wort: 'Bürgeramt', art: 'umlaut' });
    const [r] = erweitereAnfrage('Rechnungsworkflow', ctx());
    expect(r.teileArt).toBe('kompositum');
    expect(r.teile!.map((t) => t.text)).toEqual(['Rechnung', 'Workflow']);
    expect(r.teile![0].varianten.map((v) => v.wort)).toContain('invoice');
    expect(erweitereAnfrage('und oder für die', ctx())).toEqual([]);
  });
  it('Tippfehler: nur unbekannte Wörter, Korrekturen nach Abstand und Häufigkeit', () => {
    expect(braucheKorrektur('rechnungsworkflow', ctx())).toBe(false);
    expect(braucheKorrektur('brauchen', ctx())).toBe(false);
    expect(braucheKorrektur('maengelmleder', ctx())).toBe(true);
    expect(levenshtein('mangelmleder', 'mangelmelder')).toBe(2);
    const k = waehleKorrekturen('bauantarg', [{ key: 'bauantrag', wort: 'Bauantrag', df: 3 }, { key: 'bauamt', wort: 'Bauamt', df: 9 }, { key: 'bauantraege', wort: 'Bauanträge', df: 1 }]);
    expect(k).toEqual([{ wort: 'Bauantrag', abstand: 2 }]);
    const [c] = erweitereAnfrage('Knölchen', ctx(new Map([['knoelchen', [{ wort: 'Knöllchen', abstand: 1 }]]])));
    expect(c.varianten.map((v) => [v.wort, v.art])).toEqual(expect.arrayContaining([['Knöllchen', 'tippfehler'], ['Verwarnungsgeld', 'synonym']]));
  });
});

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
    id: 'x', externalId: 'X', titel: 'T', sprache: 'de', handlungsfeld: null, wirkungsstufe: null, siegel: false, nutzungen: 0, herkunftGroessenklasse: null, herkunftArt: null, treffer: new Map(treffer), ...mehr,
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
});

describe('Suchdokument', () => {
  it('hängt Wortteile deutscher Komposita an, nicht bei englischen Texten', () => {
    const basis = { titel: 'Glasfaserausbau im Landkreis', zusammenfassung: 'Rechnungsworkflow', problem: '', ansatz: '', voraussetzungen: '', wirkung_text: '', tags: [] };
    const d = suchdokument({ ...basis, sprache: 'de' }, lex, (k) => ({ glasfaser: 'Glasfaser' } as Record<string, string>)[k]);
    expect(d.config).toBe('german');
    expect(d.felder.A).toContain('Glasfaser');
    expect(d.felder.A).toContain('ausbau');
    expect(d.felder.B).toContain('rechnung');
    expect(d.teile).toEqual(expect.arrayContaining(['Glasfaser', 'ausbau', 'rechnung', 'workflow']));
    const e = suchdokument({ ...basis, sprache: 'en' }, lex, () => undefined);
    expect(e.config).toBe('english');
    expect(e.teile).toEqual([]);
  });
});

describe('Thesaurus-Pflege', () => {
  it('bereinigt Synonyme', () => {
    expect(bereinigeSynonyme('Kita', [' Krippe ', 'kita', 'Krippe', '', 'Kinder  garten'])).toEqual(['Krippe', 'Kinder garten']);
  });
});

describe('Wortfamilie', () => {
  const l = baueLexikon(['meldung', 'melder', 'digitalisierung', 'foerderung', 'antrag', 'blitzer', 'raser', 'plan']);
  it('verbindet Verb, -ung-Nomen, Nomen Agentis und Partizip', () => {
    expect(wortfamilie('melden', l)).toEqual(['melder', 'meldung']);
    expect(wortfamilie('meldung', l)).toEqual(['melder']);
    expect(wortfamilie('digitalisieren', l)).toEqual(['digitalisierung']);
    expect(wortfamilie('foerdern', l)).toEqual(['foerderung']);
    expect(wortfamilie('beantragen', l)).toEqual(['antrag']);
    expect(wortfamilie('geblitzt', l)).toEqual(['blitzer']);
    expect(wortfamilie('gerast', l)).toEqual(['raser']);
    expect(wortfamilie('planen', l)).toEqual(['plan', 'planung']); // planung from the base lexicon
    expect(wortfamilie('haus', l)).toEqual([]);
  });
});

describe('Tippfehler-Kandidaten (Trigramme wie pg_trgm)', () => {
  it('bildet Trigramme mit Auffüllung und findet ähnliche Wörter', () => {
    expect(trigramme('kita')).toEqual(['  k', ' ki', 'kit', 'ita', 'ta ']);
    const idx = new TrigrammIndex([
      { key: 'bauantrag', wort: 'Bauantrag', df: 3 },
      { key: 'bauamt', wort: 'Bauamt', df: 9 },
      { key: 'glasfaser', wort: 'Glasfaser', df: 2 },
    ]);
    expect(idx.aehnlich('bauantarg').map((e) => e.key)).toContain('bauantrag');
    expect(idx.aehnlich('bauantarg').map((e) => e.key)).not.toContain('glasfaser');
    expect(idx.aehnlich('xyz')).toEqual([]);
  });
});

describe('Vorbewertung und Sprache', () => {
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
  it('erkennt englische Texte an Funktionswörtern', () => {
    expect(erkenneSprache('Residents report damaged roads and broken street lights through a smartphone app for the city.')).toBe('en');
    expect(erkenneSprache('Bürgerinnen und Bürger melden Schäden mit der App an die Stadt.')).toBe('de');
    expect(erkenneSprache('Open Data')).toBe('de');
  });
});
