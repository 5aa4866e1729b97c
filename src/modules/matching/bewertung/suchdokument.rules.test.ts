import { describe, expect, it } from 'vitest';
import { lex } from '../anfrage/testkontext.ts';
import { suchdokument } from './suchdokument.rules.ts';

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
