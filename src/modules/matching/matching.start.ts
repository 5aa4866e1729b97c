import type { Db } from '../../core/db/db.ts';
import type { StartOptionen } from '../../core/modul.ts';
import { indexiereAlle } from './matching.index.ts';
import { kontext, leseStand } from './matching.repository.ts';
import { woerterbuch } from './sprache/woerterbuch.ts';

/**
 * Start task: rebuilds the search index if solutions are waiting (e.g. after an import or an upgrade), then
 * loads vocabulary and thesaurus, so that the first search does not build them while requests wait.
 */
export async function matchingStart(db: Db, opts: StartOptionen): Promise<void> {
  const s = await leseStand(db.k);
  if (s.offen) {
    const { dokumente } = await indexiereAlle(db);
    opts.log(`Matching: Suchindex mit ${dokumente} Lösungen aufgebaut`);
  }
  await kontext(db);
  // The dictionaries of the typo correction: building them blocks the event loop for about a second (nspell
  // parses the Hunspell files synchronously). Not in the first seconds after a start, while the first pages are
  // served; a search before then builds them itself (woerterbuch() loads once per process).
  setTimeout(() => void woerterbuch().catch((err: unknown) => opts.log(`Matching: Wörterbücher nicht geladen (${String(err)})`)), WOERTERBUCH_NACH_MS).unref();
}

/** Delay after the background start before the dictionaries are built. */
export const WOERTERBUCH_NACH_MS = 5_000;
