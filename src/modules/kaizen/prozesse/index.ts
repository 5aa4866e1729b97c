/** Teilbereich „prozesse“ des Moduls kaizen: Prozesse, Ereignisprotokolle und Kennzahlen (für index.ts des Moduls). */
export { prozesseRoutes } from './prozesse.routes.ts';
export { kennzahlen as kennzahlenAusEreignissen, perzentil, type Ereignis, type Kennzahlen } from './prozesse.rules.ts';
export { kommuneVonProzess, kennzahlen as prozessKennzahlen } from './prozesse.usecases.ts';
export { demoProzesse } from './prozesse.demo.ts';
/** Benchmark section `kaizen` (loaded only when measured). */
export const prozesseBench = { kaizen: async () => (await import('./prozesse.bench.ts')).run() };
