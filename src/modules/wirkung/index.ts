/**
 * Modul „wirkung“: Steuern nach Wirkung – echte Indikatoren für jede Kommune vom ersten Tag an
 * (Referenzdaten von BBSR und Destatis), Wirkungsziele, eigene Indikatoren, Prognosen, Wirkungsdialoge,
 * Stop-Doing-Reviews und Priorisierung.
 *
 * Bewusst eine schlichte Zusammensetzung: Teilbereiche (indikatoren/, ziele/ …) tragen ihre Routen,
 * Rechte, Start-Aufgaben, Messungen und Punkte für „Was steht an?“ hier je mit einer Zeile ein.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { AnstehendPunkt, Befehl, LotseModul, Startaufgabe } from '../../core/modul.ts';
import type { Db } from '../../core/db/db.ts';
import type { Konto, Regel } from '../../core/authz/policy.ts';
import type { JobHandler, Zeitplan } from '../../core/jobs/warteschlange.ts';
import { zieleRoutes } from './ziele/ziele.routes.ts';
import { messungRoutes } from './messung/messung.routes.ts';
import { ueberpruefungRoutes } from './ueberpruefung/ueberpruefung.routes.ts';
import { prioritaetRoutes } from './prioritaet/prioritaet.routes.ts';
import { dialogRoutes } from './dialog/dialog.routes.ts';
import { transferRoutes } from './transfer/transfer.routes.ts';
import { anstehend as pruefungAnstehend } from './ueberpruefung/ueberpruefung.usecases.ts';
import { anstehend as messungAnstehend } from './messung/messung.usecases.ts';
import { demoWirkungsziele } from './ziele/ziele.demo.ts';
import { messungBench } from './messung/messung.bench.ts';
import { indikatorenBench, indikatorenLaden, indikatorenLadenBefehl, indikatorenRoutes } from './indikatoren/index.ts';

/** Routes of the parts (one line each). */
const teilRouten: FastifyPluginAsync[] = [indikatorenRoutes, zieleRoutes, messungRoutes, ueberpruefungRoutes, prioritaetRoutes, dialogRoutes, transferRoutes];

/** Own permission rules of the parts (one spread each). */
const teilAktionen: Record<string, Regel> = {};

/** Start tasks before the server answers (one line each; keep them fast). */
const teilStart: Startaufgabe[] = [];

/** Background start tasks of the parts (reference series, demo content; one line each). */
const teilHintergrund: Startaufgabe[] = [
  demoWirkungsziele,
  indikatorenLaden,];

/** CLI commands of the parts (one spread each). */
const teilBefehle: Record<string, Befehl> = {
  ...indikatorenLadenBefehl,};

/** Benchmark sections of the parts (one spread each). */
const teilBench: Record<string, () => Promise<unknown>> = {
  ...indikatorenBench,
  ...messungBench,};

/** Job handlers of the parts (one spread each). */
const teilJobs: Record<string, JobHandler> = {};

/** Recurring jobs of the parts (one line each). */
const teilZeitplan: Zeitplan[] = [];

/** What is due for a person, from each part (one line each). */
const teilAnstehend: ((db: Db, konto: Konto) => Promise<AnstehendPunkt[]>)[] = [messungAnstehend, pruefungAnstehend];

/** Rückmeldung eines Transferprojekts aus seinen Wirkungszielen (erreichte Stufe, Veränderung der Indikatoren) – für uebernahmen. */
export { wirkungDerUebernahme } from './transfer/transfer.usecases.ts';

export const manifest: LotseModul = {
  name: 'wirkung',
  routen: async (app) => {
    for (const r of teilRouten) await r(app, {});
  },
  aktionen: teilAktionen,
  start: teilStart,
  hintergrund: teilHintergrund,
  befehle: teilBefehle,
  bench: teilBench,
  jobs: teilJobs,
  zeitplan: teilZeitplan,
  anstehend: async (db, konto) => (await Promise.all(teilAnstehend.map((f) => f(db, konto)))).flat(),
};
