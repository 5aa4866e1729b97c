import { describe, expect, it } from 'vitest';
import { ausgangAus, herkunftFuer } from './lernlog.rules.ts';

const h = { kommuneId: '065310005005', kommuneName: 'Gießen', autor: 'Erika Muster', experimentId: 'x-1' };

describe('Lernlog-Regeln', () => {
  it('Entscheidung → Ausgang', () => {
    expect([ausgangAus('standard'), ausgangAus('anpassen'), ausgangAus('beenden')]).toEqual(['gelungen', 'teilweise', 'gescheitert']);
  });

  it('eigene Kommune sieht alles, ohne Person wenn Namen abgeschaltet sind', () => {
    expect(herkunftFuer(h, 'anonym', true, false)).toEqual(h);
    expect(herkunftFuer(h, 'kommune', true, true).autor).toBeNull();
  });

  it('andere: „alle“ mit Kommune ohne Person, „anonym“ ohne beides und ohne Experiment', () => {
    expect(herkunftFuer(h, 'alle', false, false)).toEqual({ ...h, autor: null });
    expect(herkunftFuer(h, 'anonym', false, false)).toEqual({ kommuneId: null, kommuneName: null, autor: null, experimentId: null });
  });
});
