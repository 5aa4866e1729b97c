import { describe, expect, it } from 'vitest';
import { bereinigeSynonyme } from './thesaurus.rules.ts';

describe('Thesaurus-Pflege', () => {
  it('bereinigt Synonyme', () => {
    expect(bereinigeSynonyme('Kita', [' Krippe ', 'kita', 'Krippe', '', 'Kinder  garten'])).toEqual(['Krippe', 'Kinder garten']);
  });
});
