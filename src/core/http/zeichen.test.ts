import { describe, expect, it } from 'vitest';
import { findeUnzulaessigesZeichen } from './zeichen.ts';

describe('findeUnzulaessigesZeichen', () => {
  it('findet NUL und einzelne Surrogate, auch tief verschachtelt und in Schlüsseln', () => {
    expect(findeUnzulaessigesZeichen({ a: [{ b: 'x\u0000' }] })).toEqual({ pfad: '/a/0/b', art: 'nul' });
    expect(findeUnzulaessigesZeichen({ t: 'ok\ud800' })).toEqual({ pfad: '/t', art: 'surrogat' });
    expect(findeUnzulaessigesZeichen({ t: '\udc00ok' })).toEqual({ pfad: '/t', art: 'surrogat' });
    expect(findeUnzulaessigesZeichen({ ['k\u0000']: 1 })).toEqual({ pfad: '/k\u0000', art: 'nul' });
  });
  it('lässt gültigen Text durch: Umlaute, Emoji (Surrogatpaar), Tabulator und Zeilenumbruch', () => {
    expect(findeUnzulaessigesZeichen({ t: 'Bürgerbüro 👍\tZeile\nzwei', n: 3, l: [true, null] })).toBeNull();
    expect(findeUnzulaessigesZeichen(undefined)).toBeNull();
  });
});
