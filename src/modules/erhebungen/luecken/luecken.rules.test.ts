/** Bedarfsentwurf aus einer Lücke (Issue 9, Punkt 6): ganze Sätze, kein doppelter „Selbstcheck“. */
import { describe, expect, it } from 'vitest';
import { ladeFragebogen } from '../frageboegen/frageboegen.rules.ts';
import { BEGRIFFE_JE_LUECKE, bedarfBeschreibung, reissverschluss, selbstcheckTitel, suchauftraege, suchbegriffeDerLuecke } from './luecken.rules.ts';

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

describe('Suchaufträge einer Lücke (Entscheidung 0126)', () => {
  const dk = ladeFragebogen('digitale-kommune');
  const lo = ladeFragebogen('lernende-organisation');

  it('Digitale Kommune: die Themen der schwächsten Fragen, in deren Reihenfolge und ohne Wiederholung', () => {
    const a = suchauftraege(dk, 'aussen', [{ itemId: 'aussen-schulen' }, { itemId: 'aussen-breitband' }, { itemId: 'aussen-mobilfunk' }]);
    expect(a.map((x) => x.titel)).toEqual(['IT an Schulen', 'Breitband, Glasfaser und Mobilfunk']);
    expect(a[0]).toMatchObject({ handlungsfeld: 'Bildung' });
  });

  it('ohne Fragen mit Thema (oder Thema einer anderen Dimension) gelten die Suchhilfen der Dimension', () => {
    expect(suchauftraege(dk, 'binnen', [])).toEqual([{ titel: 'Binnen-Digitalisierung', ...dk.dimensionen.find((d) => d.id === 'binnen')!.suche }]);
    expect(suchauftraege(dk, 'binnen', [{ itemId: 'aussen-schulen' }])[0].titel).toBe('Binnen-Digitalisierung');
    const f = lo.dimensionen.find((d) => d.id === 'fehlerkultur')!;
    expect(suchauftraege(lo, 'fehlerkultur', [{ itemId: 'feh-ursachen' }])).toEqual([{ titel: f.titel, handlungsfeld: f.suche!.handlungsfeld, suchbegriffe: f.suche!.suchbegriffe }]);
  });

  it('eine gespeicherte ältere Fassung ohne Suchhilfen ergibt keinen Auftrag', () => {
    const alt = { ...lo, dimensionen: lo.dimensionen.map(({ suche: _s, ...d }) => d) };
    expect(suchauftraege(alt, 'fehlerkultur', [])).toEqual([]);
  });

  it('Suchbegriffe im Reißverschluss über die Themen, ohne doppelte, höchstens BEGRIFFE_JE_LUECKE', () => {
    const b = suchbegriffeDerLuecke([
      { titel: 'A', handlungsfeld: 'Bildung', suchbegriffe: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] },
      { titel: 'B', handlungsfeld: 'Verwaltungshandeln', suchbegriffe: ['b1', 'A1', 'b3', 'b4', 'b5'] },
    ]);
    expect(b.map((x) => x.begriff)).toEqual(['a1', 'b1', 'a2', 'a3', 'b3', 'a4', 'b4', 'a5']);
    expect(b).toHaveLength(BEGRIFFE_JE_LUECKE);
    expect(b[1].handlungsfeld).toBe('Verwaltungshandeln');
  });

  it('Treffer reihum zusammengeführt: ein Begriff mit vielen Treffern verdrängt die anderen nicht', () => {
    const l = (...ids: string[]) => ids.map((id) => ({ id }));
    expect(reissverschluss([l('x1', 'x2', 'x3', 'x4'), l('y1', 'x1'), l()], 5).map((t) => t.id)).toEqual(['x1', 'y1', 'x2', 'x3', 'x4']);
    expect(reissverschluss([l(), l()], 5)).toEqual([]);
  });
});
