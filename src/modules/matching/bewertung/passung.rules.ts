/**
 * Calibrated fit of a hit: „gut“ (a Lotse would propose it), „moeglich“ (worth a look), „schwach“ (shares
 * words, not the problem). Calibrated on bench/matching/bedarfe.json and on the own tuning set of needs without
 * a solution (bench/matching/bedarfe-ohne-loesung-tuning.json), each also padded with context sentences
 * (bench/matching/kalibrierung.ts); never on the blind sets. docs/decisions/0120.
 */
export type Passung = 'gut' | 'moeglich' | 'schwach';

export interface PassungsMerkmale {
  /** share of the weight of the query's heaviest concepts the hit covers (0…1) */
  kern: number;
  /** score relative to the best hit of the same query (0…1) */
  relativ: number;
}

/** Thresholds (chosen by grid search on the tuning sets, see docs/decisions/0120). */
export const PASSUNG = {
  gut: { kern: 0.4, relativ: 0.9 },
  moeglich: { kern: 0.2, relativ: 0.6 },
};

export function passung(m: PassungsMerkmale, schwellen = PASSUNG): Passung {
  if (m.kern >= schwellen.gut.kern && m.relativ >= schwellen.gut.relativ) return 'gut';
  if (m.kern >= schwellen.moeglich.kern && m.relativ >= schwellen.moeglich.relativ) return 'moeglich';
  return 'schwach';
}

/** Counts per fit, for the sentence above a list („3 passende, 5 mögliche Lösungen“). */
export function zaehlePassung(treffer: { passung: Passung }[]): Record<Passung, number> {
  const z: Record<Passung, number> = { gut: 0, moeglich: 0, schwach: 0 };
  for (const t of treffer) z[t.passung]++;
  return z;
}
