import type { Db } from './db/db.ts';
import { startaufgaben } from '../modules/start.ts';

export interface StartOptionen {
  demo: boolean;
  /** Password for the demo accounts (LOTSE_DEMO_PASSWORT); without it one is generated per installation. */
  demoPasswort?: string;
  log: (meldung: string) => void;
}

/**
 * Runs after migrations on every start: each module fills its reference data if missing
 * (e.g. the directory of Kommunen) and, unless LOTSE_DEMO=0, its demo content. Idempotent.
 */
export async function bereiteVor(db: Db, opts: StartOptionen): Promise<void> {
  for (const aufgabe of startaufgaben) await aufgabe(db, opts);
}
