import { describe, expect, it } from 'vitest';
import { baueLexikon } from './komposita.rules.ts';
import { wortfamilie } from './wortfamilie.rules.ts';

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

  it('verbindet Formen schwacher Verben, die der Stemmer trennt (kündigen ↔ kündigten)', () => {
    const v = baueLexikon(['kuendigten', 'kuendigung', 'fuehlten', 'warteten', 'aenderte', 'gemeldet']);
    expect(wortfamilie('kuendigen', v)).toEqual(['kuendigten', 'kuendigung']);
    expect(wortfamilie('kuendigten', v)).toEqual(['kuendigung']);
    expect(wortfamilie('fuehlen', v)).toEqual(['fuehlten']);
    expect(wortfamilie('warten', v)).toEqual(['warteten']);
    expect(wortfamilie('aendern', v)).toEqual(['aenderte']);
    expect(wortfamilie('gekuendigt', v)).toEqual(['kuendigten', 'kuendigung']);
    // short stems are left alone („Daten“ is no past form of a verb „daen“), and a noun on -t is no verb form
    expect(wortfamilie('daten', baueLexikon(['daen']))).toEqual([]);
    expect(wortfamilie('markt', baueLexikon(['marken']))).toEqual([]);
  });

  it('verbindet Adjektiv und Abstraktum, die der Stemmer trennt (einsam ↔ Einsamkeit, digital ↔ Digitalisierung)', () => {
    const v = baueLexikon(['einsamkeit', 'obdachlosigkeit', 'mobilitaet', 'digitalisierung', 'aktualisierung', 'sicherheit', 'einsamen', 'sauber']);
    expect(wortfamilie('einsame', v)).toEqual(['einsamkeit']);
    expect(wortfamilie('obdachlose', v)).toEqual(['obdachlosigkeit']);
    expect(wortfamilie('mobil', v)).toEqual(['mobilitaet']);
    expect(wortfamilie('digitaler', v)).toEqual(['digitalisierung']);
    expect(wortfamilie('aktuell', v)).toEqual(['aktualisierung']);
    expect(wortfamilie('sicher', v)).toEqual(['sicherheit']);
    // from the noun back to the adjective as the catalogue writes it
    expect(wortfamilie('einsamkeit', v)).toEqual(['einsamen']);
    expect(wortfamilie('sauberkeit', v)).toEqual(['sauber']);
    // short bases are left alone („neue“ is no „Neuheit“ of the catalogue)
    expect(wortfamilie('neue', baueLexikon(['neuheit']))).toEqual([]);
  });
});
