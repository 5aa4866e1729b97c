import { describe, expect, it } from 'vitest';
import { woerterbuch } from './woerterbuch.ts';

describe('Wörterbuch (Hunspell)', () => {
  it('kennt richtige deutsche Wörter in jeder Schreibung, nicht aber Tippfehler', async () => {
    const wb = await woerterbuch();
    for (const w of ['warten', 'dauernd', 'Termine', 'ewig', 'Rente', 'Leitungen', 'bezahlen']) expect(wb.deutsch(w), w).toBe(true);
    for (const w of ['Rechnugen', 'Hebame', 'Solarkatatser']) expect(wb.deutsch(w), w).toBe(false);
  });
  it('unterscheidet deutsche und englische Wörter', async () => {
    const wb = await woerterbuch();
    expect(wb.englisch('rent')).toBe(true);
    expect(wb.englisch('Rente')).toBe(false);
    expect(wb.englisch('online')).toBe(true);
  });
});
