import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { demoIdeen } from './ideen.demo.ts';
import { engpassListe } from './ideen.usecases.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Demo-Ideen', () => {
  it('legt Teams und Ideen in Gießen an, einmal (idempotent), mit Engpässen und nur ohne Demo nichts', async () => {
    const log: string[] = [];
    await demoIdeen(env.db, { demo: false, log: (m) => log.push(m) });
    expect(await env.db.k.selectFrom('kaizen_idee').select('id').execute()).toHaveLength(0);
    await demoIdeen(env.db, { demo: true, log: (m) => log.push(m) });
    await demoIdeen(env.db, { demo: true, log: (m) => log.push(m) });
    const ideen = await env.db.k.selectFrom('kaizen_idee').select(['status', 'anonym', 'eingereicht_von']).where('kommune_id', '=', KOMMUNE_A).execute();
    expect(ideen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ideen.map((i) => i.status))).toEqual(new Set(['neu', 'in_pruefung', 'im_test', 'standard', 'verworfen']));
    expect(ideen.filter((i) => i.anonym).every((i) => i.eingereicht_von === null)).toBe(true);
    expect(log).toHaveLength(1);
    const eng = await engpassListe(env.db, KOMMUNE_A);
    expect(eng.items.length).toBeGreaterThanOrEqual(2);
  });
});
