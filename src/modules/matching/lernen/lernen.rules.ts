/**
 * Learning from the Lotsen's decisions (issue 10, item 5; docs/decisions/0124): a proposal a Kommune accepted,
 * „hilfreich“/„nicht hilfreich“ feedback and „keine passende Lösung“ are stored as signals (solution, stems of the
 * need's text, +1/−1, time). A new query weighs each signal by how similar its need was (shared stems, Dice) and by
 * its age (half-life), sums per solution and saturates; the score is multiplied by at most 1 ± LERNEN.hoechstens.
 * Learning only reorders candidates the text already found; it never brings in a solution on its own.
 */
import type { Grund } from '../bewertung/gruende.rules.ts';

export interface Lernsignal {
  loesungId: string;
  /** German stems of the need's text at the time of the decision */
  lexeme: string[];
  /** +1 accepted / helpful, −1 not helpful / no fitting solution */
  gewicht: number;
  zeitpunkt: Date;
}

/** Parameters (chosen on the tuning split of bench/matching/bedarfe.json, see docs/decisions/0124). */
export const LERNEN = {
  /** a signal counts half after so many days */
  halbwertszeitTage: 365,
  /** below this similarity of two needs a signal does not count */
  mindestAehnlichkeit: 0.3,
  /** sum of weighted signals at which the learned value reaches about 0.76 (tanh 1) */
  saettigung: 1,
  /** largest change of the score (factor 1 ± hoechstens) */
  hoechstens: 0.3,
  /** from this learned value on (absolute) the hit carries a reason */
  grund: 0.15,
};

/** Dice coefficient of two stem sets (0…1). */
export function aehnlichkeit(anfrage: Set<string>, signal: string[]): number {
  const s = new Set(signal);
  if (!anfrage.size || !s.size) return 0;
  let gemeinsam = 0;
  for (const l of s) if (anfrage.has(l)) gemeinsam++;
  return (2 * gemeinsam) / (anfrage.size + s.size);
}

/** Learned value per solution in −1…1 (tanh of the weighted, decayed sum); solutions without signals are absent. */
export function gelernteWerte(anfrage: Set<string>, signale: Lernsignal[], jetzt: Date, p = LERNEN): Map<string, number> {
  const summe = new Map<string, number>();
  for (const s of signale) {
    const sim = aehnlichkeit(anfrage, s.lexeme);
    if (sim < p.mindestAehnlichkeit) continue;
    const tage = Math.max(0, (jetzt.getTime() - s.zeitpunkt.getTime()) / 86_400_000);
    const wert = s.gewicht * sim * 0.5 ** (tage / p.halbwertszeitTage);
    summe.set(s.loesungId, (summe.get(s.loesungId) ?? 0) + wert);
  }
  const out = new Map<string, number>();
  for (const [id, x] of summe) if (x !== 0) out.set(id, Math.tanh(x / p.saettigung));
  return out;
}

/** Factor on the score for a learned value (1 without learning). */
export const lernFaktor = (wert: number, p = LERNEN) => 1 + p.hoechstens * Math.max(-1, Math.min(1, wert));

/** The reason shown with the hit, or null when the learned value is too small to speak of. */
export function grundGelernt(wert: number, p = LERNEN): Grund | null {
  if (wert >= p.grund) return { art: 'gelernt', text: 'Von Lotsen in ähnlichen Fällen vorgeschlagen' };
  if (wert <= -p.grund) return { art: 'gelernt', text: 'In ähnlichen Fällen von Lotsen als unpassend bewertet' };
  return null;
}
