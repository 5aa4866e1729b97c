/** Teil „Indikatoren“ des Moduls wirkung: was das Manifest (../index.ts) einträgt und andere Teile nutzen. */
export { indikatorenRoutes } from './indikatoren.routes.ts';
export { indikatorenLaden } from './indikatoren.laden.ts';
export { indikatorenLadenBefehl } from './indikatoren.cli.ts';

/** Benchmark sections (loaded lazily: the benchmark pulls in test helpers). */
export const indikatorenBench: Record<string, () => Promise<unknown>> = {
  indikatoren: async () => (await import('../../../../bench/wirkung/indikatoren.ts')).run(),
};
