import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';
import * as bedarfe from '../../bedarfe/bedarfe.usecases.ts';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../../core/config.ts';
import { ladeKatalog } from '../../../../bench/matching/qualitaet.ts';

let env: TestUmgebung;
const ids: Record<string, string> = {};
beforeAll(async () => {
  // the benchmark catalogue (339 solutions): the fit is calibrated for a catalogue of realistic size
  const katalog = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'bench', 'matching', 'loesungen.json'), 'utf8'));
  env = await createTestApp({ seed: (db) => ladeKatalog(db, katalog) });
  const neu = (kommuneId: string, titel: string, beschreibung: string, handlungsfeld: string | null) =>
    bedarfe.erstelle(env.db, null, { kommuneId, titel, beschreibung, dringlichkeit: 'mittel', handlungsfeld: handlungsfeld as 'Bildung' | null });
  ids.gedeckt = await neu(KOMMUNE_A, 'Termine im Bürgerbüro online buchen', 'Online-Terminvergabe für das Bürgerbüro, damit die Schlangen kürzer werden.', 'Verwaltungshandeln');
  ids.ungedeckt = await neu(KOMMUNE_A, 'Städtepartnerschaft beleben', 'Unsere Städtepartnerschaft mit einer Gemeinde in der Bretagne schläft ein; wer organisiert die Austauschfahrt?', 'Kultur & Tourismus');
  ids.fremd = await neu(KOMMUNE_B, 'Ehrenbürgerrecht', 'Nach welchen Kriterien verleihen wir künftig das Ehrenbürgerrecht der Stadt?', null);
}, 180_000);
afterAll(async () => env?.close());

interface Ungedeckt {
  gesamt: number;
  proHandlungsfeld: { handlungsfeld: string | null; anzahl: number }[];
  proGroessenklasse: { art: string; groessenklasse: number | null; anzahl: number }[];
  bedarfe: { id: string; bestePassung: string }[];
}

describe('Ungedeckte Nachfrage im Nachfragebild (Issue 10, Punkt 1)', () => {
  // the first call checks every need with the matcher (and loads the dictionaries): no speed claim, only room
  it('ein Bedarf ohne gut passende Lösung zählt, einer mit nicht', { timeout: 180_000 }, async () => {
    const r = await (await env.als('transferstelle')).get('/api/transfer/nachfrage');
    expect(r.status, r.body).toBe(200);
    const u = r.json<{ ungedeckt: Ungedeckt }>().ungedeckt;
    const gezeigt = u.bedarfe.map((b) => b.id);
    expect(gezeigt).toContain(ids.ungedeckt);
    expect(gezeigt).toContain(ids.fremd);
    expect(gezeigt).not.toContain(ids.gedeckt);
    expect(u.gesamt).toBe(2);
    expect(u.proHandlungsfeld).toEqual(expect.arrayContaining([{ handlungsfeld: 'Kultur & Tourismus', anzahl: 1 }, { handlungsfeld: null, anzahl: 1 }]));
    expect(u.proGroessenklasse.reduce((s, g) => s + g.anzahl, 0)).toBe(2);
  });

  it('nach einer Änderung des Bedarfs wird neu geprüft', async () => {
    await env.db.k.updateTable('bedarf').set({ beschreibung: 'Online-Terminvergabe für das Bürgerbüro', titel: 'Bürgerbüro Termine online', aktualisiert_am: new Date(Date.now() + 1000) }).where('id', '=', ids.ungedeckt).execute();
    const u = (await (await env.als('transferstelle')).get('/api/transfer/nachfrage')).json<{ ungedeckt: Ungedeckt }>().ungedeckt;
    expect(u.bedarfe.map((b) => b.id)).not.toContain(ids.ungedeckt);
  });

  it('ein Bedarf aus einer Selbstcheck-Lücke wird auch mit deren Suchbegriffen geprüft (Entscheidung 0144)', { timeout: 120_000 }, async () => {
    const c = await env.als('mitglied');
    // the text a gap need carries: the area and the score, no concrete solution words
    const luecke = {
      kommuneId: KOMMUNE_A,
      titel: 'Service am Bürger: nächste Schritte',
      beschreibung: 'Im Selbstcheck erreicht unsere Kommune in diesem Bereich 28 von 100 Punkten. Wir suchen erprobte Ansätze anderer Kommunen, um hier weiterzukommen.',
      dringlichkeit: 'hoch',
      quelle: 'erhebung',
    };
    const ohne = await c.post('/api/bedarfe', { ...luecke, quelleRef: 'runde-x:d1' });
    expect(ohne.status, ohne.body).toBe(201);
    const mit = await c.post('/api/bedarfe', {
      ...luecke,
      quelleRef: 'runde-x:d2',
      suchbegriffe: [{ begriff: 'Online-Terminvergabe im Bürgerbüro', handlungsfeld: 'Verwaltungshandeln' }],
    });
    expect(mit.status, mit.body).toBe(201);
    const gespeichert = await env.db.k.selectFrom('bedarf').select('suchbegriffe').where('id', '=', mit.json<{ id: string }>().id).executeTakeFirstOrThrow();
    expect(gespeichert.suchbegriffe).toEqual([{ begriff: 'Online-Terminvergabe im Bürgerbüro', handlungsfeld: 'Verwaltungshandeln' }]);
    const u = (await (await env.als('transferstelle')).get('/api/transfer/nachfrage')).json<{ ungedeckt: Ungedeckt }>().ungedeckt;
    const gezeigt = u.bedarfe.map((b) => b.id);
    expect(gezeigt).toContain(ohne.json<{ id: string }>().id);
    expect(gezeigt).not.toContain(mit.json<{ id: string }>().id);
  });

  it('„keine passende Lösung“ eines Lotsen zählt als ungedeckt, auch wenn die Suche gut passende Treffer hat (Entscheidung 0154)', async () => {
    const id = await bedarfe.erstelle(env.db, null, { kommuneId: KOMMUNE_B, titel: 'Bürgerbüro: Termine online vergeben', beschreibung: 'Online-Terminvergabe für das Bürgerbüro, damit die Warteschlangen kürzer werden.', dringlichkeit: 'mittel', handlungsfeld: 'Verwaltungshandeln' });
    const liste = async () => (await (await env.als('transferstelle')).get('/api/transfer/nachfrage')).json<{ ungedeckt: Ungedeckt }>().ungedeckt.bedarfe;
    const vorher = await liste();
    expect(vorher.map((b) => b.id)).not.toContain(id);
    await env.db.k.updateTable('bedarf').set({ status: 'keine_passende_loesung', aktualisiert_am: new Date(Date.now() + 1000) }).where('id', '=', id).execute();
    const nachher = await liste();
    expect(nachher).toContainEqual(expect.objectContaining({ id, bestePassung: 'gut' }));
  });

  it('falsche Suchbegriffe: 400 mit deutscher Meldung, nichts angelegt', async () => {
    const c = await env.als('mitglied');
    const vorher = (await env.db.k.selectFrom('bedarf').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    for (const suchbegriffe of [[{ begriff: 'x', handlungsfeld: 'Verwaltungshandeln' }], [{ begriff: 'Terminvergabe', handlungsfeld: 'Raumfahrt' }], Array.from({ length: 9 }, (_, i) => ({ begriff: `Begriff ${i}`, handlungsfeld: 'Verwaltungshandeln' }))]) {
      const r = await c.post('/api/bedarfe', { kommuneId: KOMMUNE_A, titel: 'Test', beschreibung: 'Ein Bedarf mit falschen Suchbegriffen.', dringlichkeit: 'mittel', quelle: 'erhebung', quelleRef: 'r:d', suchbegriffe });
      expect(r.status, r.body).toBe(400);
      expect(r.json<{ error: { code: string; message: string } }>().error.code).toBe('anfrage.ungueltig');
    }
    const nachher = (await env.db.k.selectFrom('bedarf').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    expect(Number(nachher)).toBe(Number(vorher));
  });
});
