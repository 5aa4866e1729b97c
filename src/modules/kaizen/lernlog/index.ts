/** Teil „Lernlog“ des Moduls kaizen: was das Manifest (../index.ts) einträgt und andere Module nutzen. */
export { lernlogRoutes } from './lernlog.routes.ts';
export { lernAktivitaet } from './lernlog.usecases.ts';
export type { LernAktivitaet } from './lernlog.schemas.ts';
export { demoLernlog } from './lernlog.demo.ts';
