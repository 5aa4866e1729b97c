import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../testing/testDb.ts';
import { seedKommunen, seedKonten } from '../../../testing/fixtures.ts';
import type { Db } from '../../../core/db/db.ts';
import { alleJobs } from '../../../core/jobs/kern.ts';
import { fuehreFaelligeJobsAus } from '../../../core/jobs/warteschlange.ts';
import { alleModule } from '../../index.ts';
import { AUFRAEUMEN_JOB } from './dsgvo.jobs.ts';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  await seedKommunen(db);
});
afterAll(async () => db?.close());

describe('Aufräumen in der Job-Warteschlange', () => {
  it('läuft einmal am Tag und löscht abgelaufene Sitzungen', async () => {
    const ids = await seedKonten(db);
    await db.k.insertInto('sitzung').values({ id: 'job-abgelaufen', konto_id: ids.admin, laeuft_ab_am: new Date(Date.now() - 60_000) }).execute();
    const register = alleJobs(alleModule);
    expect(register.handler.has(AUFRAEUMEN_JOB)).toBe(true);
    const jetzt = () => new Date();
    await fuehreFaelligeJobsAus(db, { register, jetzt });
    expect(await db.k.selectFrom('sitzung').select('id').where('id', '=', 'job-abgelaufen').executeTakeFirst()).toBeUndefined();
    const laeufe = await db.k.selectFrom('job').select(['status']).where('art', '=', AUFRAEUMEN_JOB).execute();
    expect(laeufe).toEqual([{ status: 'erledigt' }]);
    // A second pass on the same day schedules no second run.
    await fuehreFaelligeJobsAus(db, { register, jetzt });
    expect((await db.k.selectFrom('job').select('id').where('art', '=', AUFRAEUMEN_JOB).execute()).length).toBe(1);
  });
});
