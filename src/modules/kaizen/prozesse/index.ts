/** Teilbereich „prozesse“ des Moduls kaizen: Prozesse, Ereignisprotokolle und Kennzahlen (für index.ts des Moduls). */
export { prozesseRoutes } from './prozesse.routes.ts';
export { kennzahlen as kennzahlenAusEreignissen, perzentil, type Ereignis, type Kennzahlen } from './prozesse.rules.ts';
export { kommuneVonProzess } from './prozesse.usecases.ts';
