import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

/** Shared milestones of a cohort (Issue 11, Punkt 3): the schedule's dates and milestones added by members, on the board. */
const LICH = '065310011011';
const LINDBERG = '092760130130';
const NIL = '00000000-0000-4000-8000-000000000000';
let env: TestUmgebung;
let loesung: string;

beforeAll(async () => {
  env = await createTestApp();
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Digitaler Bauantrag', zusammenfassung: 'Bauanträge online', problem: 'Papierakten', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => env?.close());

const anzahl = async () => Number((await env.db.k.selectFrom('kohorte_meilenstein').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
type M = { id: string; titel: string; faelligAm: string | null; erledigt: boolean; quelle: string; kommune: string | null };

describe('Gemeinsame Meilensteine der Kohorte', () => {
  let id: string;
  let andere: string;
  it('die Kohorte bekommt Transferplan und Review als Meilensteine', async () => {
    const ts = await env.als('transferstelle');
    const r = await ts.post('/api/kohorten', { loesungId: loesung, titel: 'Bauantrag digital', kommunen: [KOMMUNE_A, LICH], startAm: '2026-01-31' });
    expect(r.status, r.body).toBe(201);
    id = r.json().id;
    expect(r.json().meilensteine.map((m: M) => [m.titel, m.faelligAm, m.quelle, m.erledigt])).toEqual([
      ['Transferplan der Kohorte steht', '2026-04-30', 'zeitplan', false],
      ['Gemeinsames Review nach 12 Monaten', '2027-01-31', 'zeitplan', false],
    ]);
    andere = (await ts.post('/api/kohorten', { loesungId: loesung, titel: 'Andere Kohorte', kommunen: [LICH, KOMMUNE_B] })).json().id;
  });

  it('ein Mitglied legt einen Meilenstein an und hakt ihn ab; alle Mitglieder sehen ihn auf dem Board', async () => {
    const c = await env.als('mitglied');
    const r = await c.post(`/api/kohorten/${id}/meilensteine`, { titel: 'Gemeinsame Ausschreibung veröffentlichen', verantwortlich: 'Vergabestelle Gießen', faelligAm: '2026-03-15' });
    expect(r.status, r.body).toBe(201);
    const m = r.json().meilensteine.find((x: M) => x.titel === 'Gemeinsame Ausschreibung veröffentlichen');
    expect(m).toMatchObject({ faelligAm: '2026-03-15', quelle: 'manuell', kommune: 'Gießen, Universitätsstadt', erledigt: false });
    // Ordered by due date: the tender comes before the transfer plan.
    expect(r.json().meilensteine[0].id).toBe(m.id);
    const p = await c.patch(`/api/kohorten/${id}/meilensteine/${m.id}`, { erledigt: true });
    expect(p.status, p.body).toBe(200);
    expect(p.json().meilensteine.find((x: M) => x.id === m.id).erledigt).toBe(true);
    const ts = (await (await env.als('transferstelle')).get(`/api/kohorten/${id}`)).json();
    expect(ts.meilensteine.find((x: M) => x.id === m.id).erledigt).toBe(true);
  });

  it('schlechte Eingaben, fremde Meilensteine und Nicht-Mitglieder: 4xx, nichts geschrieben', async () => {
    const c = await env.als('mitglied');
    const n = await anzahl();
    expect((await c.post(`/api/kohorten/${id}/meilensteine`, { titel: 'x' })).status).toBe(400);
    expect((await c.post(`/api/kohorten/${id}/meilensteine`, { titel: 'Datum falsch', faelligAm: '15.03.2026' })).status).toBe(400);
    const fremderMeilenstein = (await (await env.als('transferstelle')).get(`/api/kohorten/${andere}`)).json().meilensteine[0].id;
    const quer = await c.patch(`/api/kohorten/${id}/meilensteine/${fremderMeilenstein}`, { erledigt: true });
    expect([quer.status, quer.json().error.code]).toEqual([404, 'kohorte.meilenstein_nicht_gefunden']);
    expect((await c.patch(`/api/kohorten/${id}/meilensteine/${NIL}`, { erledigt: true })).status).toBe(404);
    expect((await (await env.als('fremd')).post(`/api/kohorten/${id}/meilensteine`, { titel: 'Fremder Meilenstein' })).status).toBe(404);
    expect((await (await env.als('lotse')).post(`/api/kohorten/${id}/meilensteine`, { titel: 'Lotse schreibt nicht' })).status).toBe(403);
    expect(await anzahl()).toBe(n);
    const erledigt = await env.db.k.selectFrom('kohorte_meilenstein').select('erledigt').where('id', '=', fremderMeilenstein).executeTakeFirstOrThrow();
    expect(erledigt.erledigt).toBe(false);
  });
});
