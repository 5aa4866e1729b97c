import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { KOMMUNE_A, type TestRolle } from '../../testing/fixtures.ts';

/**
 * Platform administration (/api/admin/*): role and membership grants are audited in the same
 * transaction; the platform admin reads the platform audit log (GET /api/admin/audit).
 */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

async function neuesKonto(email: string) {
  const c = createClient(env.app);
  expect((await c.post('/api/auth/register', { email, name: `Person ${email}`, passwort: 'ein-langes-passwort' })).status).toBe(202);
  return env.db.k.selectFrom('konto').select('id').where('email', '=', email).executeTakeFirstOrThrow();
}

const plattformLog = (objektId: string) =>
  env.db.k.selectFrom('plattform_audit_log').selectAll().where('objekt_id', '=', objektId).orderBy('id').execute();

describe('Plattform-Audit: Rollen und Mitgliedschaften', () => {
  it('protokolliert eine vergebene Plattformrolle ohne Kommune (plattform_audit_log)', async () => {
    const k = await neuesKonto('rolle-audit@example.org');
    const p = await env.als('plattform-admin');
    const r = await p.post('/api/admin/rollen', { email: 'rolle-audit@example.org', rolle: 'lotse', regionen: ['06'] });
    expect(r.status, r.body).toBe(200);
    expect(r.json()).toEqual({ kontoId: k.id });
    const log = await plattformLog(k.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ konto_id: env.kontoIds['plattform-admin'], aktion: 'plattform.rolle_vergeben', objekt_typ: 'konto', objekt_id: k.id });
    expect(log[0].details).toEqual({ rolle: 'lotse', regionen: ['06'] });
    // Nothing lands in a Kommune's audit log.
    const kommuneLog = await env.db.k.selectFrom('audit_log').select('id').where('objekt_id', '=', k.id).execute();
    expect(kommuneLog).toHaveLength(0);
  });

  it('schreibt bei einer abgelehnten Rollenvergabe weder Rolle noch Protokoll', async () => {
    const k = await neuesKonto('rolle-ohne-region@example.org');
    const p = await env.als('plattform-admin');
    const r = await p.post('/api/admin/rollen', { email: 'rolle-ohne-region@example.org', rolle: 'lotse' });
    expect(r.status).toBe(422);
    expect(r.json().error.code).toBe('lotse.region_fehlt');
    expect(await plattformLog(k.id)).toHaveLength(0);
    expect(await env.db.k.selectFrom('plattform_rolle').select('rolle').where('konto_id', '=', k.id).execute()).toHaveLength(0);
  });

  it('protokolliert eine vergebene Mitgliedschaft bei der Kommune', async () => {
    const k = await neuesKonto('mitgliedschaft-audit@example.org');
    const p = await env.als('plattform-admin');
    const r = await p.post('/api/admin/mitgliedschaften', { email: 'mitgliedschaft-audit@example.org', kommuneId: KOMMUNE_A, rolle: 'mitglied' });
    expect(r.status, r.body).toBe(200);
    const log = await env.db.k.selectFrom('audit_log').selectAll().where('objekt_id', '=', k.id).execute();
    expect(log).toMatchObject([{ kommune_id: KOMMUNE_A, konto_id: env.kontoIds['plattform-admin'], aktion: 'mitglied.rolle_vergeben' }]);
  });

  it('meldet eine unbekannte Kommune mit dem einen Fehler kommune.nicht_gefunden', async () => {
    await neuesKonto('unbekannte-kommune@example.org');
    const p = await env.als('plattform-admin');
    const r = await p.post('/api/admin/mitgliedschaften', { email: 'unbekannte-kommune@example.org', kommuneId: '999999999999', rolle: 'mitglied' });
    expect(r.status).toBe(404);
    expect(r.json()).toEqual({ error: { code: 'kommune.nicht_gefunden', message: 'Die Kommune wurde nicht gefunden.', details: [] } });
  });
});

describe('GET /api/admin/audit', () => {
  const ROLLEN: TestRolle[] = ['anonym', 'mitglied', 'admin', 'fremd', 'lotse', 'lotse-fremd', 'transferstelle', 'plattform-admin'];
  for (const rolle of ROLLEN) {
    const soll = rolle === 'plattform-admin';
    it(`${rolle} → ${soll ? 'erlaubt' : 'verweigert'}`, async () => {
      const c = await env.als(rolle);
      const r = await c.get('/api/admin/audit');
      if (soll) expect(r.status, r.body).toBe(200);
      else expect([401, 403]).toContain(r.status);
    });
  }

  it('liefert die Plattform-Einträge, neueste zuerst, seitenweise, mit Namen', async () => {
    await neuesKonto('audit-liste-1@example.org');
    await neuesKonto('audit-liste-2@example.org');
    const p = await env.als('plattform-admin');
    await p.post('/api/admin/rollen', { email: 'audit-liste-1@example.org', rolle: 'transferstelle' });
    await p.post('/api/admin/rollen', { email: 'audit-liste-2@example.org', rolle: 'plattform-admin' });
    const alle = await p.get('/api/admin/audit?limit=200');
    expect(alle.status).toBe(200);
    const { items, total } = alle.json() as { items: { id: number; aktion: string; objektTyp: string; objektId: string | null; details: unknown; zeitpunkt: string; wer: string | null }[]; total: number };
    expect(total).toBe(items.length);
    expect(items[0]).toMatchObject({ aktion: 'plattform.rolle_vergeben', objektTyp: 'konto', details: { rolle: 'plattform-admin', regionen: [] }, wer: 'Test plattform-admin' });
    expect(typeof items[0].zeitpunkt).toBe('string');
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort((a, b) => b - a));
    const seite = await p.get('/api/admin/audit?limit=1&offset=1');
    expect(seite.json()).toEqual({ items: [items[1]], total });
    // Unknown parameters are an error, like everywhere in the API.
    expect((await p.get('/api/admin/audit?kommune=1')).status).toBe(400);
  });
});
