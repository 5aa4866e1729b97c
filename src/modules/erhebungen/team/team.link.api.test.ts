/**
 * Team-Befragung: verlorener Link (Issue 9, Punkt 7). Lotse speichert nur den Hash des Links; die Admin erzeugt
 * einen neuen, ab dann gilt nur dieser. Antworten, die schon gegeben wurden, bleiben bei der Runde.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { ladeFrageboegenInDb } from '../frageboegen/frageboegen.usecases.ts';
import { sha256 } from '../runden/runden.repository.ts';

let t: TestUmgebung;
beforeAll(async () => {
  t = await createTestApp({ seed: (db) => ladeFrageboegenInDb(db).then(() => undefined) });
});
afterAll(async () => {
  await t?.close();
});

async function abschicken(token: string, remoteAddress: string) {
  const h = await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress });
  const csrf = /lotse_csrf=([^;]+)/.exec(String(h.headers['set-cookie']))![1];
  return t.app.inject({ method: 'POST', url: `/api/team/${token}/abschicken`, remoteAddress, payload: { antworten: { rolle: 'beschaeftigte' } }, headers: { cookie: `lotse_csrf=${csrf}`, 'x-csrf-token': csrf } });
}

describe('Team-Befragung: neuer Link', () => {
  it('die Admin erzeugt einen neuen Link; der alte gilt nicht mehr, Antworten bleiben, nur der Hash ist gespeichert', async () => {
    const admin = await t.als('admin');
    const r = await admin.post(`/api/kommunen/${KOMMUNE_A}/erhebungen/team`, { fragebogenId: 'lernende-organisation', schliesstAm: new Date(Date.now() + 7 * 864e5).toISOString() });
    expect(r.status, r.body).toBe(201);
    const { id, teamToken: alt } = r.json() as { id: string; teamToken: string };
    expect((await abschicken(alt, '10.9.0.1')).statusCode).toBe(200);

    const n = await admin.post(`/api/erhebungen/${id}/team/neuer-link`, {});
    expect(n.status, n.body).toBe(200);
    expect(n.headers['cache-control']).toBe('no-store');
    const neu = n.json() as { teamToken: string; teamLink: string };
    expect(neu.teamLink).toBe(`/team/${neu.teamToken}`);
    expect(neu.teamToken).not.toBe(alt);

    const anonym = await t.als('anonym');
    expect((await anonym.get(`/api/team/${alt}`)).status).toBe(404);
    expect((await anonym.get(`/api/team/${neu.teamToken}`)).status).toBe(200);
    expect((await abschicken(neu.teamToken, '10.9.0.2')).statusCode).toBe(200);

    const zeile = await t.db.k.selectFrom('erhebungsrunde').select('team_token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(zeile.team_token_hash).toBe(sha256(neu.teamToken));
    const saetze = await t.db.k.selectFrom('antwortsatz').select('id').where('runde_id', '=', id).execute();
    expect(saetze).toHaveLength(2);
    const audit = await t.db.k.selectFrom('audit_log').select(['aktion', 'details']).where('objekt_id', '=', id).where('aktion', '=', 'erhebung.team_link_erneuert').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(neu.teamToken);
  });

  it('nicht für Einzelrunden und nicht nach dem Ende', async () => {
    const admin = await t.als('admin');
    const einzeln = await admin.post(`/api/kommunen/${KOMMUNE_A}/erhebungen`, { fragebogenId: 'lernende-organisation' });
    expect(einzeln.status, einzeln.body).toBe(201);
    expect((await admin.post(`/api/erhebungen/${einzeln.json().id}/team/neuer-link`, {})).status).toBe(409);
    const team = await admin.post(`/api/kommunen/${KOMMUNE_A}/erhebungen/team`, { fragebogenId: 'lernende-organisation', schliesstAm: new Date(Date.now() + 864e5).toISOString() });
    await admin.post(`/api/erhebungen/${team.json().id}/team/beenden`, {});
    expect((await admin.post(`/api/erhebungen/${team.json().id}/team/neuer-link`, {})).status).toBe(409);
  });
});
