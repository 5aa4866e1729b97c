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
});
