import type { Db } from './db/db.ts';
import type { LotseModul, StartOptionen } from './modul.ts';

export type { StartOptionen, Startaufgabe } from './modul.ts';

/**
 * Runs after migrations on every start: the start tasks of every module, in the order of the module list
 * (src/modules/index.ts): reference data first (the directory of Kommunen), then demo content (unless
 * switched off) and indexes. Each task is idempotent and fast when there is nothing to do.
 */
export async function bereiteVor(db: Db, module: readonly LotseModul[], opts: StartOptionen): Promise<void> {
  for (const m of module) for (const aufgabe of m.start ?? []) await aufgabe(db, opts);
}
