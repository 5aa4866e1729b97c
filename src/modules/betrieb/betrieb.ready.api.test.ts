import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { baueApp, createClient, createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { createTestDb, testDbArt } from '../../testing/testDb.ts';
import { leseMigrationen } from '../../core/db/migrate.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const erste = () => leseMigrationen()[0].name;
const letzte = () => leseMigrationen().at(-1)!.name;

describe('/api/ready: bereit für Anfragen', () => {
  it('200, wenn die Datenbank erreichbar ist und jede Migration mit passender Prüfsumme angewendet ist', async () => {
    const r = await (await env.als('anonym')).get('/api/ready');
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ status: 'bereit', db: testDbArt(), migrationen: leseMigrationen().length });
  });

  it('503 mit deutscher Meldung, wenn eine angewendete Migration eine andere Prüfsumme hat', async () => {
    const alt = await sql<{ pruefsumme: string }>`select pruefsumme from schema_migration where name = ${erste()}`.execute(env.db.k);
    await sql`update schema_migration set pruefsumme = ${'0'.repeat(64)} where name = ${erste()}`.execute(env.db.k);
    try {
      const r = await (await env.als('anonym')).get('/api/ready');
      expect(r.status).toBe(503);
      expect(r.json().error.code).toBe('system.nicht_bereit');
      expect(r.json().error.message).toMatch(/nicht auf dem Stand dieses Programms.*Migrationen: 0 nicht angewendet, 1 abweichend/);
    } finally {
      await sql`update schema_migration set pruefsumme = ${alt.rows[0].pruefsumme} where name = ${erste()}`.execute(env.db.k);
    }
    expect((await (await env.als('anonym')).get('/api/ready')).status).toBe(200);
  });

  it('503, wenn eine Migration noch nicht angewendet ist', async () => {
    const alt = await sql<{ pruefsumme: string }>`select pruefsumme from schema_migration where name = ${letzte()}`.execute(env.db.k);
    await sql`delete from schema_migration where name = ${letzte()}`.execute(env.db.k);
    try {
      const r = await (await env.als('anonym')).get('/api/ready');
      expect(r.status).toBe(503);
      expect(r.json().error.code).toBe('system.nicht_bereit');
    } finally {
      await sql`insert into schema_migration (name, pruefsumme) values (${letzte()}, ${alt.rows[0].pruefsumme})`.execute(env.db.k);
    }
  });

  it('503, wenn die Datenbank nicht erreichbar ist; /api/health bleibt die reine Lebendprüfung', async () => {
    const db = await createTestDb();
    const app = await baueApp({ db });
    await app.ready();
    try {
      const c = createClient(app);
      expect((await c.get('/api/ready')).status).toBe(200);
      await db.close();
      const r = await c.get('/api/ready');
      expect(r.status).toBe(503);
      expect(r.json().error).toMatchObject({ code: 'system.nicht_bereit', message: expect.stringMatching(/Datenbank ist nicht erreichbar/) });
    } finally {
      await app.close();
    }
  });
});
