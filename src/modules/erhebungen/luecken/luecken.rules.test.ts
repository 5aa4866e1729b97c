/** Bedarfsentwurf aus einer Lücke (Issue 9, Punkt 6): ganze Sätze, kein doppelter „Selbstcheck“. */
import { describe, expect, it } from 'vitest';
import { ladeFragebogen } from '../frageboegen/frageboegen.rules.ts';
import { bedarfBeschreibung, selbstcheckTitel } from './luecken.rules.ts';

const ergebnis = { id: 'x', titel: 'x', score: 32.5, stufe: { stufe: 2, label: 'Anfänge' }, beantwortet: 3, anzahl: 6 } as unknown as Parameters<typeof bedarfBeschreibung>[2];

describe('Bedarfsentwurf', () => {
  for (const id of ['lernende-organisation', 'digitale-kommune']) {
    const fb = ladeFragebogen(id);
    for (const dim of fb.dimensionen) {
      it(`${id}/${dim.id}: endet mit einem ganzen Satz, kein Satz beginnt mit „Ob“`, () => {
        const text = bedarfBeschreibung(fb.titel, dim, ergebnis, [{ itemId: 'a', text: 'Eine Frage?', punkte: 10 } as never]);
        const letzterAbsatz = text.split('\n\n').at(-1)!;
        const saetze = letzterAbsatz.split(/(?<=[.!?])\s+/);
        expect(saetze.every((s) => !/^Ob\s/.test(s)), letzterAbsatz).toBe(true);
        expect(letzterAbsatz).toMatch(/\.$/);
        expect(text).not.toMatch(/Selbstcheck.*Selbstcheck/);
      });
    }
  }

  it('der Entwurf zu „Fehlerkultur“ nennt den Bereich in einem Hauptsatz', () => {
    const fb = ladeFragebogen('lernende-organisation');
    const dim = fb.dimensionen.find((d) => d.id === 'fehlerkultur')!;
    expect(bedarfBeschreibung(fb.titel, dim, ergebnis, [])).toContain(
      'Dabei geht es darum, ob Fehler offen angesprochen werden können und Neues im Kleinen ausprobiert werden darf.',
    );
  });

  it('Titel: „Selbstcheck „Lernende Organisation““ statt „Selbstcheck „Lernende Organisation – Selbstcheck““', () => {
    expect(selbstcheckTitel('Lernende Organisation – Selbstcheck')).toBe('Selbstcheck „Lernende Organisation“');
    expect(selbstcheckTitel('Wirkung')).toBe('Selbstcheck „Wirkung“');
  });
});
