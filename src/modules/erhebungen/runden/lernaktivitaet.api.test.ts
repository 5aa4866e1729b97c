import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { ladeFrageboegenInDb } from '../frageboegen/frageboegen.usecases.ts';
import { ladeFragebogen } from '../frageboegen/frageboegen.rules.ts';
import { erzeugeAntworten, legeAbgeschlosseneRundeAn, zufall } from '../erhebungen.demo.ts';

/** Die Selbsteinschätzung „Lernende Organisation“ zeigt neben „Lernerfolg“ die echte Lernaktivität aus kaizen. */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp({ seed: (db) => ladeFrageboegenInDb(db).then(() => undefined) });
});
afterAll(async () => env?.close());

const runde = (id: string) => env.db.k.transaction().execute((tx) => legeAbgeschlosseneRundeAn(tx, ladeFragebogen(id, 1), KOMMUNE_A, erzeugeAntworten(ladeFragebogen(id, 1), 0.5, zufall(3)), new Date()));

describe('Ergebnis mit Lernaktivität', () => {
  it('Lernende Organisation: Zahlen der letzten 12 Monate; andere Fragebögen: keine', async () => {
    const c = await env.als('mitglied');
    await c.post('/api/kaizen/lernlog', { kommuneId: KOMMUNE_A, titel: 'Versuch', versucht: 'Etwas', passiert: 'Nichts', gelernt: 'Vieles', ausgang: 'gescheitert', sichtbarkeit: 'kommune' });
    const x = (await c.post('/api/kaizen/experimente', { kommuneId: KOMMUNE_A, titel: 'Versuch', hypothese: 'Eine Hypothese', messgroesse: 'anzahl' })).json().id;
    await c.post(`/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'beenden', gelernt: 'Vieles' });

    const lo = await c.get(`/api/erhebungen/${await runde('lernende-organisation')}/ergebnis`);
    expect(lo.status, lo.body).toBe(200);
    expect(lo.json().lernaktivitaet).toMatchObject({ experimenteEntschieden: 1, lerneintraege: 1, ideenEntschieden: 0, seit: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const dk = await c.get(`/api/erhebungen/${await runde('digitale-kommune')}/ergebnis`);
    expect(dk.status, dk.body).toBe(200);
    expect(dk.json().lernaktivitaet).toBeNull();
  });
});
