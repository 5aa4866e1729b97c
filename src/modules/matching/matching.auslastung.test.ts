import { describe, expect, it } from 'vitest';
import { Auslastung, begrenzeText, MAX_INHALTSWOERTER } from './matching.auslastung.ts';
import { istInhaltswort, leicht, tokenisiere } from './sprache/normalisierung.rules.ts';

describe('begrenzeText', () => {
  it('lässt kurze Texte unverändert und schneidet lange nach dem 40. Inhaltswort ab', () => {
    const kurz = 'Knöllchen schneller ausstellen, und zwar digital';
    expect(begrenzeText(kurz)).toBe(kurz);
    const woerter = Array.from({ length: 100 }, (_, i) => `wort${i}x`);
    const lang = `Der die das ${woerter.join(' und ')}`;
    const b = begrenzeText(lang);
    const inhalt = new Set(tokenisiere(b).filter((t) => istInhaltswort(t.key)).map((t) => leicht(t.key)));
    expect(inhalt.size).toBe(MAX_INHALTSWOERTER);
    expect(lang.startsWith(b)).toBe(true);
    // repeated words count once
    expect(begrenzeText(`${'Rechnung '.repeat(300)}Glasfaser`)).toContain('Glasfaser');
  });
});

describe('Auslastung', () => {
  it('lässt höchstens `parallel` Läufe zu, reicht frei gewordene Plätze in Reihenfolge weiter und weist von außen ab, wenn die Warteschlange voll ist', async () => {
    const a = new Auslastung(1, 2);
    const erster = await a.versuche();
    const reihenfolge: number[] = [];
    const zweiter = a.versuche().then((f) => (reihenfolge.push(2), f));
    const dritter = a.versuche().then((f) => (reihenfolge.push(3), f));
    expect(a.voll()).toBe(true);
    await expect(a.versuche()).rejects.toMatchObject({ status: 503, code: 'matching.ausgelastet' });
    // internal callers wait instead
    const intern = a.betrete().then((f) => (reihenfolge.push(4), f));
    erster();
    erster(); // a second call frees nothing
    (await zweiter)();
    (await dritter)();
    (await intern)();
    expect(reihenfolge).toEqual([2, 3, 4]);
    expect(a.voll()).toBe(false);
    const wieder = await a.versuche();
    wieder();
  });
});
