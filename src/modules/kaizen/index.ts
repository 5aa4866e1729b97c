/**
 * Modul „kaizen“: kontinuierliche Verbesserung – Ideen, PDCA-Experimente, Stichproben und
 * Prozesskennzahlen aus Ereignisprotokollen, Lernlog, Wirkung. Öffentliches Gesicht und Manifest.
 *
 * Bewusst eine schlichte Zusammensetzung: Teilbereiche (prozesse/, stichprobe/, ideen/, experimente/ …)
 * tragen ihre Routen, Rechte, Start-Aufgaben, Messungen und Punkte für „Was steht an?“ hier je mit einer
 * Zeile ein.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { AnstehendPunkt, LotseModul, Startaufgabe } from '../../core/modul.ts';
import type { Db } from '../../core/db/db.ts';
import type { Konto, Regel } from '../../core/authz/policy.ts';
import { demoProzesse, prozesseBench, prozesseRoutes } from './prozesse/index.ts';
import { IDEEN_REGELN, demoIdeen, ideenAnstehend, ideenRoutes } from './ideen/index.ts';
import { demoExperimente, experimenteAnstehend, experimenteRoutes } from './experimente/index.ts';
import { demoLernlog, lernlogRoutes } from './lernlog/index.ts';
import { transferRoutes } from './transfer/index.ts';
import { kaizenWirkungRoutes } from './wirkung/index.ts';

/** Lernaktivität der letzten 12 Monate einer Kommune (für die Selbsteinschätzung „Lernende Organisation“). */
export { lernAktivitaet, type LernAktivitaet } from './lernlog/index.ts';

/** Routes of the parts (one line each). */
const teilRouten: FastifyPluginAsync[] = [
  prozesseRoutes,
  ideenRoutes,
  experimenteRoutes,
  lernlogRoutes,
  transferRoutes,
  kaizenWirkungRoutes,
];

/** Own permission rules of the parts (one spread each). */
const teilAktionen: Record<string, Regel> = {
  ...IDEEN_REGELN,
};

/** Background start tasks of the parts (demo content; one line each). */
const teilHintergrund: Startaufgabe[] = [
  demoIdeen,
  demoExperimente,
  demoProzesse,
  demoLernlog,
];

/** Benchmark sections of the parts (one spread each). */
const teilBench: Record<string, () => Promise<unknown>> = {
  ...prozesseBench,
};

/** What is due for a person, from each part (one line each). */
const teilAnstehend: ((db: Db, konto: Konto) => Promise<AnstehendPunkt[]>)[] = [
  ideenAnstehend,
  experimenteAnstehend,
];

export const manifest: LotseModul = {
  name: 'kaizen',
  routen: async (app) => {
    for (const r of teilRouten) await r(app, {});
  },
  aktionen: teilAktionen,
  hintergrund: teilHintergrund,
  bench: teilBench,
  anstehend: async (db, konto) => (await Promise.all(teilAnstehend.map((f) => f(db, konto)))).flat(),
};
