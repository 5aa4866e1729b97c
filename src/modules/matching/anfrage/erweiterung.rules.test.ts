import { describe, expect, it } from 'vitest';
import { synonymeVon } from '../sprache/thesaurus.rules.ts';
import { levenshtein, waehleKorrekturen } from '../sprache/tippfehler.rules.ts';
import { braucheKorrektur, erweitereAnfrage } from './erweiterung.rules.ts';
import { baueLexikon } from '../sprache/komposita.rules.ts';
import { baueThesaurus } from '../sprache/thesaurus.rules.ts';
import { ctx, th } from './testkontext.ts';

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
  it('merkt sich je Begriff die Stelle im Text und den Satz, aus dem er stammt (Issue 10, Punkt 2)', () => {
    const text = 'Wir sind eine kleine Gemeinde. Unsere Bürger warten lange auf Termine!\nDas Rathaus ist alt.';
    const k = erweitereAnfrage(text, ctx());
    const termine = k.find((c) => c.text === 'Termine')!;
    expect(termine.stelle).toEqual({ von: text.indexOf('Termine'), bis: text.indexOf('Termine') + 7, satz: 'Unsere Bürger warten lange auf Termine!' });
    expect(text.slice(termine.stelle!.von, termine.stelle!.bis)).toBe('Termine');
    expect(k.find((c) => c.text === 'Rathaus')!.stelle!.satz).toBe('Das Rathaus ist alt.');
    const phrase = erweitereAnfrage('Kurz gesagt. Wir brauchen schnelles Internet', ctx()).find((c) => c.text === 'schnelles Internet')!;
    expect(phrase.stelle).toMatchObject({ von: 26, bis: 44, satz: 'Wir brauchen schnelles Internet' });
  });
  it('schreibt getrennt geschriebene Komposita zusammen, wenn Katalog oder Thesaurus das Wort kennen (Bau Antrag → Bauantrag)', () => {
    const c = { ...ctx(), lexikon: baueLexikon(['bauantrag', 'bau', 'antrag', 'garten']), thesaurus: baueThesaurus([{ id: '1', begriffe: ['Fahrradverleih', 'Leihfahrräder'] }]) };
    const k = erweitereAnfrage('Bau Antrag online einreichen', c);
    expect(k.map((x) => x.text)).toEqual(['Bau Antrag', 'online', 'einreichen']);
    expect(k[0].varianten[0]).toMatchObject({ wort: 'bauantrag', art: 'wort' });
    expect(k[0].teile!.map((t) => t.text)).toEqual(['Bau', 'Antrag']);
    expect(k[0].stelle).toMatchObject({ von: 0, bis: 10 });
    const leih = erweitereAnfrage('Leih Fahrräder zwischen den Orten', c)[0];
    expect(leih.text).toBe('Leih Fahrräder');
    expect(leih.varianten.map((v) => v.wort)).toContain('Fahrradverleih');
    // unknown as one word: two concepts as before
    expect(erweitereAnfrage('Bau Garten', c).map((x) => x.text)).toEqual(['Bau', 'Garten']);
  });
});
