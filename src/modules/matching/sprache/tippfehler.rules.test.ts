import { describe, expect, it } from 'vitest';
import { levenshtein, levenshteinBis, trigramme, TrigrammIndex } from './tippfehler.rules.ts';

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

describe('levenshteinBis', () => {
  it('gibt innerhalb der Schranke dieselbe Distanz wie levenshtein, sonst mehr als die Schranke', () => {
    const woerter = ['mangelmelder', 'mangelmleder', 'bauantrag', 'bauantarg', 'bauamt', 'knoellchen', 'knoelchen', 'a', '', 'strasse', 'strassen', 'rechnungsworkflow', 'rechnugen', 'rechnungen'];
    for (const a of woerter) {
      for (const b of woerter) {
        for (const max of [0, 1, 2, 3]) {
          const d = levenshtein(a, b);
          const bis = levenshteinBis(a, b, max);
          if (d <= max) expect(bis, `${a}/${b}/${max}`).toBe(d);
          else expect(bis, `${a}/${b}/${max}`).toBeGreaterThan(max);
        }
      }
    }
  });
});
