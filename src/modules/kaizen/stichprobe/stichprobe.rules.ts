/**
 * Stichprobe: eine Handvoll Fälle von Hand gestoppt, vorher und nachher. Reine Regeln (Entscheidung 0091):
 *
 * - Median einer Stichprobe und ein exaktes Konfidenzintervall für den Median aus Ordnungsstatistiken
 *   (Binomialverteilung mit p = ½, ohne Annahme über die Verteilung der Zeiten).
 * - Unterschied der Mediane (nachher − vorher) mit einem Bootstrap-Intervall (Perzentilmethode, 2.000
 *   Wiederholungen, fester Startwert – dieselbe Eingabe ergibt immer dasselbe Intervall).
 * - „Zu klein“: Unter 6 Fällen je Stichprobe gibt es kein 95-%-Intervall für den Median (selbst das
 *   weiteste, vom kleinsten bis zum größten Wert, deckt bei 5 Fällen nur 93,75 % ab). Dann sagt Lotse,
 *   dass sich ein Unterschied noch nicht beurteilen lässt.
 */

export const NIVEAU = 0.95;
export const BOOTSTRAP_WIEDERHOLUNGEN = 2000;
export const BOOTSTRAP_STARTWERT = 20_260_301;

export function median(werte: readonly number[]): number | null {
  if (!werte.length) return null;
  const s = [...werte].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** P(B ≤ k) for B ~ Bin(n, ½). */
export function binomialVerteilung(n: number, k: number): number {
  if (k < 0) return 0;
  let summe = 0;
  let c = 1; // C(n, 0)
  for (let i = 0; i <= Math.min(k, n); i++) {
    summe += c;
    c = (c * (n - i)) / (i + 1);
  }
  return summe / 2 ** n;
}

export interface Intervall {
  unten: number;
  oben: number;
  /** Actual coverage of the interval (exact intervals are at least the requested level). */
  niveau: number;
}

/**
 * Exact confidence interval for the median: [x(k), x(n−k+1)] with the largest k such that
 * 2·P(B ≤ k−1) ≤ 1 − niveau. null when the sample is too small for the level.
 */
export function konfidenzintervallMedian(werte: readonly number[], niveau = NIVEAU): Intervall | null {
  const n = werte.length;
  const s = [...werte].sort((a, b) => a - b);
  let k = 0;
  for (let j = 1; j <= Math.floor((n + 1) / 2); j++) {
    if (2 * binomialVerteilung(n, j - 1) <= 1 - niveau) k = j;
    else break;
  }
  if (k === 0) return null;
  return { unten: s[k - 1], oben: s[n - k], niveau: 1 - 2 * binomialVerteilung(n, k - 1) };
}

/** Smallest sample for which an interval for the median at this level exists (6 for 95 %). */
export function mindestgroesse(niveau = NIVEAU): number {
  let n = 1;
  while (2 * binomialVerteilung(n, 0) > 1 - niveau) n++;
  return n;
}

/** Seeded PRNG (mulberry32): deterministic resampling. */
export function zufallsgenerator(startwert: number): () => number {
  let a = startwert >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bootstrap percentile interval for median(nachher) − median(vorher). */
export function bootstrapDifferenz(vorher: readonly number[], nachher: readonly number[], niveau = NIVEAU, wiederholungen = BOOTSTRAP_WIEDERHOLUNGEN, startwert = BOOTSTRAP_STARTWERT): Intervall | null {
  if (!vorher.length || !nachher.length) return null;
  const z = zufallsgenerator(startwert);
  const ziehe = (w: readonly number[]) => median(Array.from({ length: w.length }, () => w[Math.floor(z() * w.length)])) as number;
  const d = Array.from({ length: wiederholungen }, () => ziehe(nachher) - ziehe(vorher)).sort((a, b) => a - b);
  const alpha = (1 - niveau) / 2;
  const q = (p: number) => d[Math.min(d.length - 1, Math.max(0, Math.round(p * (d.length - 1))))];
  return { unten: q(alpha), oben: q(1 - alpha), niveau };
}

export type Urteil = 'zu_klein' | 'kein_unterschied_erkennbar' | 'schneller' | 'langsamer';

export interface StichprobenVergleich {
  vorher: { n: number; median: number | null; intervall: Intervall | null };
  nachher: { n: number; median: number | null; intervall: Intervall | null };
  differenzMedian: number | null;
  differenzIntervall: Intervall | null;
  urteil: Urteil;
  /** Cases needed per sample before Lotse judges a difference. */
  mindestgroesse: number;
}

/**
 * Compares two hand-timed samples (durations, e.g. minutes). Too small → `zu_klein` (no judgement);
 * otherwise the bootstrap interval of the difference decides: entirely below 0 = faster, above 0 = slower,
 * containing 0 = no difference can be told from these samples.
 */
export function vergleicheStichproben(vorher: readonly number[], nachher: readonly number[]): StichprobenVergleich {
  const min = mindestgroesse();
  const mv = median(vorher);
  const mn = median(nachher);
  const zuKlein = vorher.length < min || nachher.length < min;
  const differenzIntervall = zuKlein ? null : bootstrapDifferenz(vorher, nachher);
  let urteil: Urteil = 'zu_klein';
  if (differenzIntervall) urteil = differenzIntervall.oben < 0 ? 'schneller' : differenzIntervall.unten > 0 ? 'langsamer' : 'kein_unterschied_erkennbar';
  return {
    vorher: { n: vorher.length, median: mv, intervall: konfidenzintervallMedian(vorher) },
    nachher: { n: nachher.length, median: mn, intervall: konfidenzintervallMedian(nachher) },
    differenzMedian: mv !== null && mn !== null ? mn - mv : null,
    differenzIntervall,
    urteil,
    mindestgroesse: min,
  };
}

/** Duration of a hand-timed case in minutes from start and end (ISO strings or ms); null if end is before start or a value is invalid. */
export function dauerMinuten(start: string | number, ende: string | number): number | null {
  const a = typeof start === 'number' ? start : Date.parse(start);
  const b = typeof ende === 'number' ? ende : Date.parse(ende);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return null;
  return (b - a) / 60_000;
}
