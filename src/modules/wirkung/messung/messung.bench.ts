/**
 * Messung `wirkung-prognose`: Zeit je „Weiter so“-Prognose (Gitteranpassung über 81 Parameterpaare) für Reihen
 * von 8 und 20 Jahren – das rechnet jede Liste eigener Indikatoren je Indikator beim Lesen. Vergleichswert aus
 * demselben Lauf: eine schlichte Summe über dieselbe Reihe (Kosten einer Schleife ohne Anpassung).
 */
import { perzentil, runde } from '../../../../bench/werkzeuge.ts';
import { prognose } from './prognose.rules.ts';

function reihe(n: number, seed: number) {
  let x = seed;
  const zufall = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, i) => ({ jahr: 2005 + i, wert: 100 - 2 * i + 6 * (zufall() - 0.5) }));
}

function miss(f: () => unknown, laeufe: number) {
  const ms: number[] = [];
  for (let i = 0; i < laeufe; i++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  return { p50: runde(perzentil(ms, 50), 3), p95: runde(perzentil(ms, 95), 3) };
}

export const messungBench = {
  'wirkung-prognose': async () => {
    const out: Record<string, unknown> = {};
    for (const n of [8, 20]) {
      const r = reihe(n, n);
      out[`jahre_${n}_ms`] = miss(() => prognose(r, 2030), 2000);
      out[`vergleich_summe_${n}_ms`] = miss(() => r.reduce((s, w) => s + w.wert, 0), 2000);
    }
    return out;
  },
};
