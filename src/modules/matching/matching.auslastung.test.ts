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
    const a = new Auslastung(1, { maxWarteMs: 10_000, obergrenze: 2 });
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

  it('weist erst ab, wenn die erwartete Wartezeit zu lang wird – nicht schon bei acht Wartenden (Lasttest Issue 14)', async () => {
    let uhr = 0;
    const a = new Auslastung(1, { maxWarteMs: 3000, obergrenze: 64, startDauerMs: 100, jetzt: () => uhr });
    // a run of 100 ms, measured
    const f0 = await a.versuche();
    uhr += 100;
    f0();
    const laufend = await a.versuche();
    const wartende: Promise<() => void>[] = [];
    for (let i = 0; i < 8; i++) wartende.push(a.versuche());
    // eight waiting at 100 ms each: about 0.9 s for the next one – it may wait
    expect(a.erwarteteWartezeitMs()).toBeCloseTo(900);
    expect(a.voll()).toBe(false);
    while (!a.voll()) wartende.push(a.versuche());
    // 3 s / 100 ms: the 30th waiting one would wait longer than 3 s
    expect(wartende.length).toBe(30);
    await expect(a.versuche()).rejects.toMatchObject({ status: 503, code: 'matching.ausgelastet' });
    // slower runs shorten the line: after runs of 1 s, three waiting are already too many
    laufend();
    for (const w of wartende) {
      const f = await w;
      uhr += 1000;
      f();
    }
    const b = await a.versuche();
    for (let i = 0; i < 3; i++) void a.versuche();
    expect(a.erwarteteWartezeitMs()).toBeGreaterThan(3000);
    expect(a.voll()).toBe(true);
    b();
  });

  it('begrenzt die Warteschlange hart, auch bei sehr kurzen Läufen', async () => {
    const a = new Auslastung(1, { maxWarteMs: 3000, obergrenze: 3, startDauerMs: 1 });
    const erster = await a.versuche();
    const w = [a.versuche(), a.versuche(), a.versuche()];
    expect(a.voll()).toBe(true);
    erster();
    for (const p of w) (await p)();
  });
});
