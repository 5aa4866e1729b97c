/**
 * The matcher gives the same results on PGlite and on a PostgreSQL server: the same catalogue and the
 * same queries on both (runs when DATABASE_URL is set; otherwise only PGlite against itself is skipped).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDb, type Db } from '../../core/db/db.ts';
import { migrate } from '../../core/db/migrate.ts';
import { seedKommunen, KOMMUNE_A } from '../../testing/fixtures.ts';
import { fuegeTestLoesungenEin } from './matching.testdaten.ts';
import { findeLoesungen, type MatchAnfrage } from './matching.ts';

const url = process.env.DATABASE_URL;
const schema = `lotse_test_${crypto.randomBytes(6).toString('hex')}`;
let lite: Db;
let pg: Db;

async function vorbereiten(db: Db) {
  await migrate(db);
  await seedKommunen(db);
  await fuegeTestLoesungenEin(db);
}

beforeAll(async () => {
  if (!url) return;
  lite = await openDb({});
  pg = await openDb({ databaseUrl: url, schema, poolSize: 4 });
  await Promise.all([vorbereiten(lite), vorbereiten(pg)]);
});
afterAll(async () => {
  if (!url) return;
  await lite?.close();
  if (pg) {
    await sql.raw(`drop schema if exists ${schema} cascade`).execute(pg.k);
    await pg.close();
  }
});

const ANFRAGEN: MatchAnfrage[] = [
  { text: 'Wir suchen einen Rechnungsworkflow' },
  { text: 'Ausbau von Glasfaser in kleinen Orten', kommune: KOMMUNE_A },
  { text: 'Knöllchen schneller ausstellen', handlungsfeld: 'Recht & Ordnung' },
  { text: 'Buergerbuero Termin online' },
  { text: 'Mängelmleder einführen' },
  { text: 'reporting potholes and damaged roads' },
  { text: 'Schlagloch melden, Straßenlaterne kaputt' },
  { text: 'Deutsch für Flüchtlinge, Ehrenamtliche gesucht', limit: 50 },
  { text: 'HEISSE Sommer, Notfälle bei Älteren' },
];

describe.skipIf(!url)('PGlite und PostgreSQL', () => {
  it('liefern dieselben Ergebnisse', async () => {
    for (const a of ANFRAGEN) {
      const [x, y] = await Promise.all([findeLoesungen(lite, a), findeLoesungen(pg, a)]);
      const ohneId = (r: typeof x) => r.map(({ id: _id, ...rest }) => rest);
      expect(ohneId(y), a.text).toEqual(ohneId(x));
      expect(x.length, a.text).toBeGreaterThan(0);
    }
  });
});
