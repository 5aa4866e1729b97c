/**
 * vitest globalSetup: builds the migrated template database for this run once (testing/vorlage.ts),
 * before the workers start; createTestDb() in every test file clones it. The run id it hands to the
 * workers (LOTSE_TEST_LAUF) names their PostgreSQL databases and schemas, so that the teardown can
 * remove what a crashed test file left behind.
 */
import crypto from 'node:crypto';
import { bauePgliteVorlage, bauePgVorlage, raeumeLaufAuf, vorlageAbgeschaltet } from './vorlage.ts';
import { testDbArt } from './testDb.ts';

export default async function setup() {
  const lauf = crypto.randomBytes(4).toString('hex');
  process.env.LOTSE_TEST_LAUF = lauf;
  const url = testDbArt() === 'postgres' ? process.env.DATABASE_URL! : undefined;
  if (!vorlageAbgeschaltet()) {
    const t0 = Date.now();
    try {
      const wo = url ? await bauePgVorlage(url) : await bauePgliteVorlage();
      if (process.env.LOTSE_TEST_VORLAGE_LOG) console.log(`Testvorlage ${wo} bereit nach ${Date.now() - t0} ms`);
    } catch (err) {
      // Without CREATEDB on the server the tests still run: each file migrates its own schema.
      if (!url || (err as { code?: string }).code !== '42501') throw err;
      console.warn(`Hinweis: keine Testvorlage (${(err as Error).message}) – jede Testdatei migriert ihr eigenes Schema.`);
    }
  }
  return async () => {
    if (url) await raeumeLaufAuf(url, lauf);
  };
}
