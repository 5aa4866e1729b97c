import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';
import { aktualisiereNutzung } from './nutzung.ts';
import { umgesetztIn } from './rueckmeldungen.repository.ts';

/**
 * The seal criterion „umgesetzt in“ comes from the stored Stand of the solution (decision 0142), kept in the
 * transaction of every change – the solution page does not count over all projects on each view.
 */
const LINDBERG = '092760130130';
let env: TestUmgebung;
let loesung: string;

beforeAll(async () => {
  env = await createTestApp();
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Online-Terminvergabe', zusammenfassung: 'Termine online', problem: 'Warteschlangen', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => env?.close());

describe('Siegel-Kriterium aus dem Stand', () => {
  it('ein Phasenwechsel in Betrieb aktualisiert die Liste in derselben Transaktion', async () => {
    expect(await umgesetztIn(env.db.k, loesung)).toEqual([]);
    const c = await env.als('mitglied');
    const id = (await c.post('/api/uebernahmen', { loesungId: loesung })).json().id;
    expect(await umgesetztIn(env.db.k, loesung)).toEqual([]);
    expect((await c.patch(`/api/uebernahmen/${id}`, { phase: 'verstetigen' })).status).toBe(200);
    expect(await umgesetztIn(env.db.k, loesung)).toEqual([KOMMUNE_A]);
  });

  it('liest den Stand, nicht die Projekte: eine Zeile ohne Neuberechnung zählt erst nach aktualisiereNutzung', async () => {
    await env.db.k.insertInto('uebernahme').values({ kommune_id: KOMMUNE_B, loesung_id: loesung, loesung_version: 1, herkunft_kommune_id: LINDBERG, phase: 'abgeschlossen', golive_am: '2026-01-01' }).execute();
    expect(await umgesetztIn(env.db.k, loesung)).toEqual([KOMMUNE_A]);
    await aktualisiereNutzung(env.db.k, loesung);
    expect(await umgesetztIn(env.db.k, loesung)).toEqual([KOMMUNE_A, KOMMUNE_B]);
  });
});
