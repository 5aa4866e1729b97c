import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { ladeFrageboegenInDb } from '../../erhebungen/frageboegen/frageboegen.usecases.ts';

/** The transferability check over HTTP: pre-filled from the directory and the latest submitted self-check. */
let env: TestUmgebung;
let loesung: string;
const LINDBERG = '092760130130';

async function selbstcheck(antworten: Record<string, unknown>, abgeschlossenAm: string) {
  const r = await env.db.k
    .insertInto('erhebungsrunde')
    .values({ kommune_id: KOMMUNE_A, fragebogen_id: 'digitale-kommune', version: 1, modus: 'einzeln', status: 'abgeschlossen', abgeschlossen_am: abgeschlossenAm })
    .returning('id')
    .executeTakeFirstOrThrow();
  await env.db.k.insertInto('antwortsatz').values({ kommune_id: KOMMUNE_A, runde_id: r.id, antworten: JSON.stringify(antworten), eingereicht_am: abgeschlossenAm }).execute();
  return r.id;
}

beforeAll(async () => {
  env = await createTestApp({ seed: (db) => ladeFrageboegenInDb(db).then(() => undefined) });
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Digitaler Bauantrag', zusammenfassung: 'x', problem: 'y', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => env?.close());

describe('Voraussetzungen einer Lösung', () => {
  it('öffentlich lesbar; nur die Herkunft schreibt; ungültige Spanne: 400, nichts gespeichert', async () => {
    expect((await (await env.als('anonym')).get(`/api/uebernahmen/voraussetzungen/${loesung}`)).json().voraussetzungen.bausteine).toEqual([]);
    expect((await (await env.als('admin')).put(`/api/uebernahmen/voraussetzungen/${loesung}`, { bausteine: ['dms'] })).status).toBe(404);
    // Lindberg has no test account: the Transferstelle is no writer either.
    expect((await (await env.als('transferstelle')).put(`/api/uebernahmen/voraussetzungen/${loesung}`, { bausteine: ['dms'] })).status).toBe(403);
    await env.db.k.insertInto('loesung_voraussetzung').values({
      loesung_id: loesung,
      kommune_id: LINDBERG,
      daten: JSON.stringify({ bausteine: ['dms', 'e-payment'], fachverfahren: ['ProBauG'], groessenklasseVon: 3, groessenklasseBis: 7, budgetEuro: 8000, personentage: null, rechtsgrundlageLaender: ['BY', 'HE'], rechtsgrundlageText: 'Bauvorlagenverordnung' }),
    }).execute();
  });
});

describe('Check beim Start', () => {
  it('nimmt den letzten abgeschlossenen Selbstcheck; jede offene Voraussetzung wird ein Meilenstein in „anpassen“', async () => {
    await selbstcheck({ 'binnen-basiskomponenten': ['e-payment'] }, '2025-01-10T10:00:00Z');
    const neu = await selbstcheck({ 'binnen-basiskomponenten': ['dms', 'termine'] }, '2026-02-01T10:00:00Z');
    const r = await (await env.als('mitglied')).post('/api/uebernahmen', { loesungId: loesung });
    expect(r.status, r.body).toBe(201);
    const id = r.json().id;
    const check = (await (await env.als('lotse')).get(`/api/uebernahmen/${id}/check`)).json();
    expect(check.selbstcheck.rundeId).toBe(neu);
    expect(check.punkte.map((p: { schluessel: string; status: string }) => `${p.schluessel}=${p.status}`)).toEqual([
      'baustein:dms=erfuellt',
      'baustein:e-payment=offen',
      'fachverfahren:ProBauG=zu_klaeren',
      'groessenklasse=erfuellt',
      'budget=zu_klaeren',
      'recht=erfuellt',
    ]);
    const ms = r.json().meilensteine.filter((m: { quelle: string }) => m.quelle === 'check');
    expect(ms.map((m: { titel: string; phase: string }) => `${m.phase}: ${m.titel}`).sort()).toEqual([
      'anpassen: Klären: Budget von etwa 8.000 Euro gesichert',
      'anpassen: Klären: Fachverfahren „ProBauG“ ist im Einsatz',
      'anpassen: Voraussetzung schaffen: E-Payment ist im Einsatz',
    ]);
    expect((await (await env.als('fremd')).get(`/api/uebernahmen/${id}/check`)).status).toBe(404);
  });
});
