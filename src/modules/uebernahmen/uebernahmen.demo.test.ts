import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import type { KommuneTable } from '../kommunen/index.ts';
import { demoUebernahmen } from './uebernahmen.demo.ts';

/** The demo content: realistic projects in several phases, one aborted with a reason, figures on the public page. */
let env: TestUmgebung;
const he = (id: string, name: string, typ: 'Gemeinde' | 'Stadt', einwohner: number, groessenklasse: number): KommuneTable => ({ id, ags: id.slice(0, 5) + id.slice(9), name, kurzname: name, typ, einwohner, land: 'HE', land_id: '060000000000', kreis_id: null, groessenklasse, such_name: name.toLowerCase() });
const HESSEN: KommuneTable[] = [
  he('065340014014', 'Marburg', 'Stadt', 77_000, 4),
  he('065310001001', 'Allendorf (Lumda)', 'Gemeinde', 4_100, 7), he('065310002002', 'Biebertal', 'Gemeinde', 9_900, 7), he('065310003003', 'Buseck', 'Gemeinde', 9_800, 7), he('065310004004', 'Fernwald', 'Gemeinde', 7_000, 7),
  he('065310006006', 'Grünberg', 'Stadt', 14_000, 6), he('065310007007', 'Hungen', 'Stadt', 13_000, 6), he('065310008008', 'Laubach', 'Stadt', 10_000, 6),
];
const log: string[] = [];

beforeAll(async () => {
  env = await createTestApp({ seed: async (db) => void (await db.k.insertInto('kommune').values(HESSEN).execute()) });
  await env.db.k.insertInto('loesung').values(['a', 'b', 'c'].map((x) => ({ external_id: `demo-${x}`, kommune_id: '092760130130', titel: `Lösung ${x}`, zusammenfassung: 'x', problem: 'y', status: 'veroeffentlicht' as const }))).execute();
  await demoUebernahmen(env.db, { demo: true, log: (m) => log.push(m) });
});
afterAll(async () => env?.close());

describe('Demo-Übernahmen', () => {
  it('legt Projekte in mehreren Phasen an, eines abgebrochen mit Grund; ein zweiter Lauf ändert nichts', async () => {
    const phasen = await env.db.k.selectFrom('uebernahme').select(['phase', 'abbruch_grund']).execute();
    expect(new Set(phasen.map((p) => p.phase))).toEqual(new Set(['abgeschlossen', 'verstetigen', 'anpassen', 'abgebrochen']));
    expect(phasen.find((p) => p.phase === 'abgebrochen')?.abbruch_grund).toMatch(/Fachverfahren/);
    await demoUebernahmen(env.db, { demo: true, log: () => {} });
    expect((await env.db.k.selectFrom('uebernahme').select('id').execute()).length).toBe(phasen.length);
  });

  it('die öffentliche Lösungsseite zeigt Zahlen aus Rückmeldungen mit Einwilligung', async () => {
    const a = await env.db.k.selectFrom('loesung').select('id').where('external_id', '=', 'demo-a').executeTakeFirstOrThrow();
    const n = (await (await env.als('anonym')).get(`/api/loesungen/${a.id}`)).json().nutzung;
    expect(n.kommunen).toBe(7);
    expect(n.kleineGemeinden).toBe(4);
    expect(n.medianAufwandPersonentage).not.toBeNull();
    expect(n.nachGroessenklasse.find((g: { groessenklasse: number }) => g.groessenklasse === 7).medianWirkungsstufe).not.toBeNull();
  });
});
