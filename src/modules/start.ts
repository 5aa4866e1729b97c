import type { Db } from '../core/db/db.ts';
import type { StartOptionen } from '../core/start.ts';
import { matchingStart } from './matching/matching.start.ts';
import { verzeichnisLaden } from './kommunen/kommunen.import.ts';
import { demoKonten } from './konten/konten.demo.ts';
import { demoLoesungen } from './loesungen/loesungen.demo.ts';
import { demoBedarfe } from './bedarfe/bedarfe.demo.ts';
import { erhebungenStart } from './erhebungen/erhebungen.demo.ts';

export type Startaufgabe = (db: Db, opts: StartOptionen) => Promise<void>;

/**
 * Start tasks of the modules, in order: reference data first (directory of Kommunen), then demo content.
 * Each task must be idempotent and fast when there is nothing to do.
 */
export const startaufgaben: Startaufgabe[] = [
  // 1. reference data (directory of Kommunen) — added by the kommunen module
  verzeichnisLaden,
  // 2. demo content
  demoKonten,
  demoLoesungen,
  demoBedarfe,
  // Fragebögen laden (immer) und Demo-Selbstchecks
  erhebungenStart,
  // Suchindex des Matchings (nach den Lösungen)
  matchingStart,
];
