import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, type TestClient, type TestUmgebung } from '../../testing/testApp.ts';
import { testDbArt } from '../../testing/testDb.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../testing/fixtures.ts';
import { hashPasswort } from '../../core/auth/passwort.ts';

/**
 * Invitations (bound to an e-mail address, consumed exactly once, also under concurrency) and the
 * member management of a Kommune's admins (change role, remove; never without an admin).
 */
let env: TestUmgebung;
let hash: string;
const PASSWORT = 'ein-langes-passwort';

beforeAll(async () => {
  env = await createTestApp();
  hash = await hashPasswort(PASSWORT);
});
afterAll(async () => env?.close());

/** An account created directly in the database (one argon2 hash for all), signed in through the API. */
async function konto(email: string, name = email.split('@')[0]): Promise<{ id: string; c: TestClient }> {
  const k = await env.db.k.insertInto('konto').values({ email, name, passwort_hash: hash }).returning('id').executeTakeFirstOrThrow();
  const c = createClient(env.app);
  const r = await c.post('/api/auth/login', { email, passwort: PASSWORT });
  expect(r.status, r.body).toBe(204);
  return { id: k.id, c };
}

async function mitglieder(kommuneId: string) {
  return env.db.k.selectFrom('mitgliedschaft').select(['konto_id', 'rolle']).where('kommune_id', '=', kommuneId).execute();
}

/** A fresh Kommune (own directory row) with the given admins, so tests do not share admins. */
let naechste = 0;
async function neueKommune(admins: string[], weitere: string[] = []): Promise<string> {
  naechste++;
  const id = `0653100${String(90 + naechste).padStart(3, '0')}00`.slice(0, 12);
  await env.db.k
    .insertInto('kommune')
    .values({ id, ags: id.slice(0, 8), name: `Testgemeinde ${naechste}`, kurzname: `Test ${naechste}`, typ: 'Gemeinde', einwohner: 1000, land: 'HE', land_id: '060000000000', kreis_id: '065310000000', groessenklasse: 7, such_name: `testgemeinde ${naechste}` })
    .execute();
  const rows = [...admins.map((k) => ({ kommune_id: id, konto_id: k, rolle: 'admin' as const })), ...weitere.map((k) => ({ kommune_id: id, konto_id: k, rolle: 'mitglied' as const }))];
  if (rows.length) await env.db.k.insertInto('mitgliedschaft').values(rows).execute();
  return id;
}

describe('Einladungen', () => {
  it('eine Einladung für eine E-Mail-Adresse kann nur diese Adresse annehmen', async () => {
    const admin = await env.als('admin');
    const e = await admin.post(`/api/kommunen/${KOMMUNE_A}/einladungen`, { rolle: 'admin', email: 'nur-fuer-bob@example.org' });
    expect(e.status, e.body).toBe(201);
    const { token } = e.json();

    const eve = await konto('eve@example.org');
    const r = await eve.c.post('/api/einladungen/annehmen', { token });
    expect(r.status, r.body).toBe(403);
    expect(r.json().error.code).toBe('einladung.andere_email');
    expect(r.json().error.message).toMatch(/andere E-Mail-Adresse/);
    expect((await mitglieder(KOMMUNE_A)).find((m) => m.konto_id === eve.id)).toBeUndefined();

    // Registering with another address does not work either, and writes nothing.
    const fremd = createClient(env.app);
    const reg = await fremd.post('/api/auth/register', { email: 'mallory@example.org', name: 'M', passwort: PASSWORT, einladung: token });
    expect(reg.status).toBe(403);
    expect(reg.json().error.code).toBe('einladung.andere_email');
    expect(await env.db.k.selectFrom('konto').select('id').where('email', '=', 'mallory@example.org').execute()).toHaveLength(0);

    // Bob (any spelling of his address) can.
    const bob = await konto('Nur-Fuer-Bob@example.org');
    const ok = await bob.c.post('/api/einladungen/annehmen', { token });
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json()).toEqual({ kommuneId: KOMMUNE_A, rolle: 'admin' });
  });

  it('Admin-Einladungen nur persönlich (mit E-Mail-Adresse); ein Link ohne Adresse nur für die Rolle Mitglied', async () => {
    const admin = await env.als('admin');
    const r = await admin.post(`/api/kommunen/${KOMMUNE_A}/einladungen`, { rolle: 'admin' });
    expect(r.status, r.body).toBe(422);
    expect(r.json().error.code).toBe('einladung.admin_nur_persoenlich');
    const link = await admin.post(`/api/kommunen/${KOMMUNE_A}/einladungen`, { rolle: 'mitglied' });
    expect(link.status).toBe(201);
    expect(link.json().uebertragbar).toBe(true);
    const persoenlich = await admin.post(`/api/kommunen/${KOMMUNE_A}/einladungen`, { rolle: 'mitglied', email: 'jemand@example.org' });
    expect(persoenlich.json().uebertragbar).toBe(false);
  });

  it('zehn gleichzeitige Annahmen eines Links: genau eine gelingt', async () => {
    const admin = await env.als('admin');
    const { token } = (await admin.post(`/api/kommunen/${KOMMUNE_A}/einladungen`, { rolle: 'mitglied' })).json();
    const konten = [];
    for (let i = 0; i < 10; i++) konten.push(await konto(`parallel-${i}@example.org`));
    const antworten = await Promise.all(konten.map((k) => k.c.post('/api/einladungen/annehmen', { token })));
    const status = antworten.map((a) => a.status).sort();
    expect(status, `${testDbArt()}: ${antworten.map((a) => a.body).join('\n')}`).toEqual([200, 404, 404, 404, 404, 404, 404, 404, 404, 404]);
    const ids = new Set(konten.map((k) => k.id));
    expect((await mitglieder(KOMMUNE_A)).filter((m) => ids.has(m.konto_id))).toHaveLength(1);
    const log = await env.db.k.selectFrom('audit_log').select('konto_id').where('aktion', '=', 'einladung.angenommen').where('konto_id', 'in', [...ids]).execute();
    expect(log).toHaveLength(1);
  });

  it('zehn gleichzeitige Annahmen einer persönlichen Admin-Einladung durch dieselbe Person: genau eine gelingt', async () => {
    const admin = await env.als('admin');
    const ziel = await konto('parallel-admin@example.org');
    const { token } = (await admin.post(`/api/kommunen/${KOMMUNE_A}/einladungen`, { rolle: 'admin', email: 'parallel-admin@example.org' })).json();
    const antworten = await Promise.all(Array.from({ length: 10 }, () => ziel.c.post('/api/einladungen/annehmen', { token })));
    expect(antworten.filter((a) => a.status === 200)).toHaveLength(1);
    expect(antworten.filter((a) => a.status === 404)).toHaveLength(9);
    const log = await env.db.k.selectFrom('audit_log').select('id').where('aktion', '=', 'einladung.angenommen').where('konto_id', '=', ziel.id).execute();
    expect(log).toHaveLength(1);
  });

  it('eine Einladung als Mitglied stuft eine Administratorin nicht herab', async () => {
    const a = await konto('einzige-admin@example.org');
    const kommune = await neueKommune([a.id]);
    const e = await a.c.post(`/api/kommunen/${kommune}/einladungen`, { rolle: 'mitglied' });
    expect(e.status).toBe(201);
    const r = await a.c.post('/api/einladungen/annehmen', { token: e.json().token });
    expect(r.status, r.body).toBe(200);
    expect(r.json().rolle).toBe('admin');
    expect(await mitglieder(kommune)).toEqual([{ konto_id: a.id, rolle: 'admin' }]);
  });
});

describe('Mitglieder verwalten', () => {
  it('ändert die Rolle und entfernt Mitglieder, beides im Änderungsprotokoll', async () => {
    const a = await konto('verwaltung-a@example.org', 'Verwaltung A');
    const m = await konto('verwaltung-m@example.org', 'Verwaltung M');
    const kommune = await neueKommune([a.id], [m.id]);

    const hoch = await a.c.patch(`/api/kommunen/${kommune}/mitglieder/${m.id}`, { rolle: 'admin' });
    expect(hoch.status, hoch.body).toBe(200);
    expect(hoch.json()).toMatchObject({ id: m.id, rolle: 'admin' });
    // The promoted member may now administer.
    expect((await m.c.get(`/api/kommunen/${kommune}/mitglieder`)).status).toBe(200);

    const runter = await a.c.patch(`/api/kommunen/${kommune}/mitglieder/${m.id}`, { rolle: 'mitglied' });
    expect(runter.status).toBe(200);
    expect((await m.c.get(`/api/kommunen/${kommune}/mitglieder`)).status).toBe(403);

    const weg = await a.c.delete(`/api/kommunen/${kommune}/mitglieder/${m.id}`);
    expect(weg.status, weg.body).toBe(204);
    expect(await mitglieder(kommune)).toEqual([{ konto_id: a.id, rolle: 'admin' }]);
    // Removed: no access to the Kommune's data any more (same session).
    expect((await m.c.get(`/api/kommunen/${kommune}/erhebungen`)).status).toBe(403);

    const log = (await a.c.get(`/api/kommunen/${kommune}/audit`)).json().items as { aktion: string; objektId: string; details: Record<string, unknown>; wer: string }[];
    expect(log.map((l) => l.aktion)).toEqual(['mitglied.entfernt', 'mitglied.rolle_geaendert', 'mitglied.rolle_geaendert']);
    expect(log[0]).toMatchObject({ objektId: m.id, wer: 'Verwaltung A', details: { rolle: 'mitglied', name: 'Verwaltung M' } });
    expect(log[1].details).toMatchObject({ von: 'admin', zu: 'mitglied' });
    expect(log[2].details).toMatchObject({ von: 'mitglied', zu: 'admin' });
  });

  it('die letzte Administratorin kann weder herabgestuft noch entfernt werden (409, deutsch)', async () => {
    const a = await konto('letzte-a@example.org');
    const m = await konto('letzte-m@example.org');
    const kommune = await neueKommune([a.id], [m.id]);
    for (const r of [
      await a.c.patch(`/api/kommunen/${kommune}/mitglieder/${a.id}`, { rolle: 'mitglied' }),
      await a.c.delete(`/api/kommunen/${kommune}/mitglieder/${a.id}`),
    ]) {
      expect(r.status, r.body).toBe(409);
      expect(r.json().error.code).toBe('mitglied.letzter_admin');
      expect(r.json().error.message).toMatch(/mindestens eine Administratorin oder einen Administrator/);
    }
    expect((await mitglieder(kommune)).find((x) => x.konto_id === a.id)?.rolle).toBe('admin');
    // With a second admin, stepping down oneself works.
    expect((await a.c.patch(`/api/kommunen/${kommune}/mitglieder/${m.id}`, { rolle: 'admin' })).status).toBe(200);
    expect((await a.c.delete(`/api/kommunen/${kommune}/mitglieder/${a.id}`)).status).toBe(204);
    expect(await mitglieder(kommune)).toEqual([{ konto_id: m.id, rolle: 'admin' }]);
  });

  it('zwei Administratoren stufen sich gleichzeitig gegenseitig herab: eine Person bleibt Admin', async () => {
    for (let runde = 0; runde < 3; runde++) {
      const a = await konto(`gleichzeitig-a${runde}@example.org`);
      const b = await konto(`gleichzeitig-b${runde}@example.org`);
      const kommune = await neueKommune([a.id, b.id]);
      const [ra, rb] = await Promise.all([
        a.c.patch(`/api/kommunen/${kommune}/mitglieder/${b.id}`, { rolle: 'mitglied' }),
        b.c.delete(`/api/kommunen/${kommune}/mitglieder/${a.id}`),
      ]);
      // Exactly one of the two wins (PATCH → 200 or DELETE → 204). The other gets the German 409 — or 403,
      // when the first change was already committed before its request passed the access check.
      const gewonnen = [ra.status === 200, rb.status === 204].filter(Boolean).length;
      expect(gewonnen, `${ra.status} ${ra.body} / ${rb.status} ${rb.body}`).toBe(1);
      expect([ra.status, rb.status].some((st) => st === 409 || st === 403)).toBe(true);
      expect((await mitglieder(kommune)).filter((x) => x.rolle === 'admin')).toHaveLength(1);
    }
  });

  it('unbekannte Mitglieder: 404; fremde Kommune: 404 ohne Namen', async () => {
    const admin = await env.als('admin');
    const r = await admin.patch(`/api/kommunen/${KOMMUNE_A}/mitglieder/${env.kontoIds.fremd}`, { rolle: 'mitglied' });
    expect(r.status).toBe(404);
    expect(r.json().error.code).toBe('mitglied.nicht_gefunden');
    expect((await admin.delete(`/api/kommunen/${KOMMUNE_A}/mitglieder/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await admin.delete(`/api/kommunen/${KOMMUNE_A}/mitglieder/kein-uuid`)).status).toBe(400);
    const fremd = await admin.delete(`/api/kommunen/${KOMMUNE_B}/mitglieder/${env.kontoIds.fremd}`);
    expect(fremd.status).toBe(403);
    expect(await mitglieder(KOMMUNE_B)).toEqual([{ konto_id: env.kontoIds.fremd, rolle: 'admin' }]);
  });

  it('auch der Plattform-Admin kann die letzte Administratorin nicht herabstufen', async () => {
    const a = await konto('plattform-letzte@example.org');
    const kommune = await neueKommune([a.id]);
    const p = await env.als('plattform-admin');
    const r = await p.post('/api/admin/mitgliedschaften', { email: 'plattform-letzte@example.org', kommuneId: kommune, rolle: 'mitglied' });
    expect(r.status, r.body).toBe(409);
    expect(r.json().error.code).toBe('mitglied.letzter_admin');
  });
});
