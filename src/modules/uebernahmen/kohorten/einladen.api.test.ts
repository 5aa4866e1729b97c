import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

/** Inviting Kommunen into an existing cohort (Issue 11, Punkt 3): the size limit stays; nothing written on bad input. */
const LICH = '065310011011';
const LINDBERG = '092760130130'; // origin of the solution
const EXTRA = '065310099099'; // a made-up Gemeinde in Kreis Gießen
let env: TestUmgebung;
let loesung: string;

beforeAll(async () => {
  env = await createTestApp();
  await env.db.k.insertInto('kommune').values({ id: EXTRA, ags: '06531099', name: 'Testgemeinde', kurzname: 'Test', typ: 'Gemeinde', einwohner: 3_000, land: 'HE', land_id: '060000000000', kreis_id: '065310000000', groessenklasse: 7, such_name: 'testgemeinde' }).execute();
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Digitaler Bauantrag', zusammenfassung: 'Bauanträge online', problem: 'Papierakten', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => env?.close());

const mitglieder = async (id: string) =>
  (await env.db.k.selectFrom('kohorte_mitglied').select(['kommune_id', 'status']).where('kohorte_id', '=', id).orderBy('kommune_id').execute()).map((m) => `${m.kommune_id}:${m.status}`);

describe('Kommunen in eine bestehende Kohorte einladen', () => {
  let id: string;
  it('die Transferstelle lädt eine weitere Kommune ein; die Administration wird benachrichtigt', async () => {
    const ts = await env.als('transferstelle');
    const r = await ts.post('/api/kohorten', { loesungId: loesung, titel: 'Bauantrag digital', kommunen: [KOMMUNE_A, KOMMUNE_B], maxMitglieder: 3 });
    expect(r.status, r.body).toBe(201);
    id = r.json().id;
    const e = await ts.post(`/api/kohorten/${id}/einladungen`, { kommunen: ['06531011'] });
    expect(e.status, e.body).toBe(201);
    expect(e.json().moeglich.einladen).toBe(true);
    expect((await (await env.als('admin')).get(`/api/kohorten/${id}`)).json().moeglich.einladen).toBe(false);
    expect(e.json().mitglieder.find((m: { kommune: { id: string } }) => m.kommune.id === LICH)).toMatchObject({ status: 'eingeladen' });
    const audit = await env.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', id).where('kommune_id', '=', LICH).execute();
    expect(audit.map((a) => a.aktion)).toEqual(['kohorte.eingeladen']);
  });

  it('über der Höchstzahl, schon Mitglied, Herkunft, unbekannt: 4xx, nichts geschrieben; Mitglieder dürfen nicht einladen', async () => {
    const ts = await env.als('transferstelle');
    const vorher = await mitglieder(id);
    const gross = await ts.post(`/api/kohorten/${id}/einladungen`, { kommunen: [EXTRA] });
    expect([gross.status, gross.json().error.code]).toEqual([422, 'kohorte.zu_gross']);
    expect((await ts.post(`/api/kohorten/${id}/einladungen`, { kommunen: [KOMMUNE_A] })).json().error.code).toBe('kohorte.schon_mitglied');
    expect((await ts.post(`/api/kohorten/${id}/einladungen`, { kommunen: [LINDBERG] })).json().error.code).toBe('kohorte.herkunft_eingeladen');
    expect((await ts.post(`/api/kohorten/${id}/einladungen`, { kommunen: ['01234567'] })).json().error.code).toBe('kohorte.kommune_unbekannt');
    expect((await ts.post(`/api/kohorten/${id}/einladungen`, { kommunen: [] })).status).toBe(400);
    expect((await (await env.als('admin')).post(`/api/kohorten/${id}/einladungen`, { kommunen: [EXTRA] })).status).toBe(403);
    expect((await (await env.als('lotse')).post(`/api/kohorten/${id}/einladungen`, { kommunen: [EXTRA] })).status).toBe(403);
    expect(await mitglieder(id)).toEqual(vorher);
  });

  it('eine Kommune, die abgelehnt hat, kann erneut eingeladen werden; sie zählt bis dahin nicht zur Höchstzahl', async () => {
    expect((await (await env.als('fremd')).post(`/api/kohorten/${id}/antwort`, { annehmen: false })).status).toBe(200);
    const ts = await env.als('transferstelle');
    expect((await ts.post(`/api/kohorten/${id}/einladungen`, { kommunen: [EXTRA] })).status).toBe(201);
    expect((await ts.post(`/api/kohorten/${id}/einladungen`, { kommunen: [KOMMUNE_B] })).json().error.code).toBe('kohorte.zu_gross');
    expect(await mitglieder(id)).toEqual([`${EXTRA}:eingeladen`, `${KOMMUNE_A}:eingeladen`, `${LICH}:eingeladen`, `${KOMMUNE_B}:abgelehnt`].sort());
  });
});
