/**
 * Two app instances on one PostgreSQL (issue 14, item 5): each with its own connection pool, as two processes
 * behind a load balancer would be. Runs only against PostgreSQL (an embedded PGlite data directory belongs
 * to exactly one process, docs/decisions/0010).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDb, type Db } from '../../src/core/db/db.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import type { App } from '../../src/core/http/app.ts';
import { baueApp, createClient, type TestClient } from '../../src/testing/testApp.ts';
import { KOMMUNE_A, seedKommunen, seedKonten, TEST_KONTEN, TEST_PASSWORT } from '../../src/testing/fixtures.ts';
import { testDbArt } from '../../src/testing/testDb.ts';
import { meldeVerzeichnisGeaendert } from '../../src/modules/kommunen/kommunen.usecases.ts';

const aufPostgres = testDbArt() === 'postgres';
const schema = `lotse_zwei_${crypto.randomBytes(4).toString('hex')}`;
let dbA: Db;
let dbB: Db;
let appA: App;
let appB: App;

beforeAll(async () => {
  if (!aufPostgres) return;
  dbA = await openDb({ databaseUrl: process.env.DATABASE_URL!, schema, poolSize: 4 });
  await migrate(dbA);
  await seedKommunen(dbA);
  await seedKonten(dbA);
  dbB = await openDb({ databaseUrl: process.env.DATABASE_URL!, schema, poolSize: 4 });
  const limits = { authRateLimit: 1000, matchingRateLimit: { anonym: 1000, angemeldet: 1000 } };
  appA = await baueApp({ db: dbA, ...limits });
  appB = await baueApp({ db: dbB, ...limits });
  await Promise.all([appA.ready(), appB.ready()]);
});

afterAll(async () => {
  if (!aufPostgres) return;
  await appA?.close();
  await appB?.close();
  await dbB?.close();
  await sql.raw(`drop schema if exists ${schema} cascade`).execute(dbA.k);
  await dbA?.close();
});

async function anmelden(app: App, rolle: keyof typeof TEST_KONTEN): Promise<TestClient> {
  const c = createClient(app);
  const r = await c.post('/api/auth/login', { email: TEST_KONTEN[rolle], passwort: TEST_PASSWORT });
  expect(r.status, r.body).toBe(204);
  return c;
}

describe.skipIf(!aufPostgres)('Zwei Instanzen auf einer PostgreSQL-Datenbank', () => {
  it('eine über Instanz A veröffentlichte Lösung findet der Matcher von Instanz B innerhalb von 2 s', async () => {
    const anonymB = createClient(appB);
    const text = 'Streuobstwiesen der Gemeinde werden von Ehrenamtlichen gepflegt und abgeerntet';
    const vorher = (await anonymB.post('/api/matching', { text })).json<{ title: string }[]>();
    expect(vorher.map((t) => t.title)).not.toContain('Streuobstwiesen-Patenschaften');
    // B has built its in-memory vocabulary now; A publishes a new solution.
    const mitglied = await anmelden(appA, 'mitglied');
    const neu = await mitglied.post('/api/loesungen', {
      kommuneId: KOMMUNE_A,
      titel: 'Streuobstwiesen-Patenschaften',
      zusammenfassung: 'Ehrenamtliche Paten pflegen die Streuobstwiesen der Gemeinde und ernten das Obst ab.',
      problem: 'Die Streuobstwiesen verbuschten, der Bauhof hatte keine Zeit für Schnitt und Ernte.',
      ansatz: 'Patenschaftsvertrag je Wiese, Schnittkurse mit dem Obstbauverein, Ernte für die Paten.',
      handlungsfeld: 'Energie & Umwelt',
      tags: ['Streuobst', 'Ehrenamt'],
      wirkungsstufe: 3,
    });
    expect(neu.status, neu.body).toBe(201);
    const id = neu.json<{ id: string }>().id;
    expect((await mitglied.post(`/api/loesungen/${id}/einreichen`, {})).status).toBe(200);
    const transferstelle = await anmelden(appA, 'transferstelle');
    const p = await transferstelle.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'veroeffentlichen' });
    expect(p.json<{ status: string }>().status).toBe('veroeffentlicht');
    const t0 = Date.now();
    let gefunden = false;
    while (!gefunden && Date.now() - t0 < 2000) {
      const treffer = (await anonymB.post('/api/matching', { text })).json<{ id: string }[]>();
      gefunden = treffer.some((t) => t.id === id);
    }
    expect(gefunden).toBe(true);
  });

  it('ein Verzeichnis-Import über Instanz A leert den Such-Cache von Instanz B innerhalb von 2 s (LISTEN/NOTIFY)', async () => {
    const name = (app: App) => app.inject({ method: 'GET', url: `/api/kommunen/${KOMMUNE_A}` }).then((r) => r.json<{ name: string }>().name);
    const alt = await name(appB); // B caches the answer now (60 s)
    await sql`update kommune set name = 'Gießen an der Lahn' where id = ${KOMMUNE_A}`.execute(dbA.k);
    try {
      // Without an announcement B keeps its cached answer: the test below therefore measures the announcement.
      expect(await name(appB)).toBe(alt);
      await meldeVerzeichnisGeaendert(dbA); // what the import does after writing
      const t0 = Date.now();
      let neu = alt;
      while (neu === alt && Date.now() - t0 < 2000) {
        await new Promise((r) => setTimeout(r, 20));
        neu = await name(appB);
      }
      expect(neu).toBe('Gießen an der Lahn');
    } finally {
      await sql`update kommune set name = ${alt} where id = ${KOMMUNE_A}`.execute(dbA.k);
      await meldeVerzeichnisGeaendert(dbA);
    }
  });

  it('eine Sitzung aus Instanz A gilt in Instanz B (Sitzungen liegen in der Datenbank), Abmelden in B beendet sie in A', async () => {
    const token = await createClient(appA).csrfToken();
    const cookies = await appA.inject({ method: 'POST', url: '/api/auth/login', payload: { email: TEST_KONTEN.admin, passwort: TEST_PASSWORT }, headers: { cookie: `lotse_csrf=${token}`, 'x-csrf-token': token } });
    const sitzung = ([] as string[]).concat(cookies.headers['set-cookie'] as string[]).map((s) => s.split(';')[0]).join('; ');
    const ich = (app: App) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sitzung } });
    expect((await ich(appB)).json().konto.email).toBe(TEST_KONTEN.admin);
    const csrf = /lotse_csrf=([^;]+)/.exec(sitzung)![1];
    const aus = await appB.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: sitzung, 'x-csrf-token': csrf } });
    expect(aus.statusCode).toBe(204);
    expect((await ich(appA)).json().konto).toBeNull();
  });
});
