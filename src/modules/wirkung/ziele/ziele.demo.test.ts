import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { demoWirkungsziele } from './ziele.demo.ts';
import { liste } from '../messung/messung.usecases.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Demo-Wirkungsziele', () => {
  it('legt Gießens Ziele einmal an (idempotent) und zeigt Prognose-, Gegenindikator- und Output-Hinweise', async () => {
    const log: string[] = [];
    await demoWirkungsziele(env.db, { demo: false, log: (m) => log.push(m) });
    expect(await env.db.k.selectFrom('wirkungsziel').selectAll().execute()).toEqual([]);
    await demoWirkungsziele(env.db, { demo: true, log: (m) => log.push(m) });
    await demoWirkungsziele(env.db, { demo: true, log: (m) => log.push(m) });
    expect(log).toHaveLength(1);
    const ziele = (await (await env.als('mitglied')).get('/api/wirkung/ziele?kommuneId=065310005005')).json().items;
    const nurOutput = Object.fromEntries(ziele.map((z: { aussage: string; nurOutputGemessen: boolean }) => [z.aussage.slice(0, 8), z.nurOutputGemessen]));
    expect(nurOutput).toEqual({ 'Wartezei': false, 'Familien': true });
    const ind = (await liste(env.db, '065310005005')).items;
    const warten = ind.find((i) => i.name === 'Mittlere Wartezeit ohne Termin')!;
    expect(warten.hinweise).toMatchObject({ zielKaumErreichbar: true, gegenindikator: true });
  });
});
