import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B, type TestRolle } from '../../testing/fixtures.ts';
import * as repo from '../bedarfe/bedarfe.usecases.ts';
import type { NachfrageAntwort } from './transfer.schemas.ts';

const LICH = '065310011011';
const LINDBERG = '092760130130';
let env: TestUmgebung;
const L: Record<string, string> = {};

async function bedarf(kommuneId: string, titel: string, handlungsfeld: string | null, alterTage = 0) {
  const id = await repo.erstelle(env.db, null, { kommuneId, titel, beschreibung: `${titel} – Beschreibung im Test.`, dringlichkeit: 'mittel', handlungsfeld: handlungsfeld as 'Bildung' | null });
  if (alterTage) await sql`update bedarf set erstellt_am = now() - (${alterTage}::int * interval '1 day') where id = ${id}`.execute(env.db.k);
  return id;
}

beforeAll(async () => {
  env = await createTestApp();
  const rows = await env.db.k
    .insertInto('loesung')
    .values(['Schul-WLAN', 'Mängelmelder', 'E-Akte', 'Ungefragt'].map((titel, i) => ({ titel, zusammenfassung: 's', problem: 'p', status: 'veroeffentlicht' as const, external_id: `N-${i}` })))
    .returning(['id', 'titel'])
    .execute();
  for (const r of rows) L[r.titel] = r.id;
  await env.db.k.insertInto('loesung_nutzung').values([{ loesung_id: L['E-Akte'], kommune_id: LICH }, { loesung_id: L['E-Akte'], kommune_id: KOMMUNE_B }, { loesung_id: L['E-Akte'], kommune_id: LINDBERG }]).execute();

  const lotse = await env.als('lotse');
  const lotseBy = await env.als('lotse-fremd');
  // Gießen: zwei Bedarfe mit Vorschlag „Schul-WLAN“, einer davon in Umsetzung
  const g1 = await bedarf(KOMMUNE_A, 'WLAN in Grundschulen', 'Bildung');
  const g2 = await bedarf(KOMMUNE_A, 'WLAN an der Gesamtschule', 'Bildung');
  for (const id of [g1, g2]) expect((await lotse.post(`/api/bedarfe/${id}/vorschlaege`, { loesungIds: [L['Schul-WLAN']] })).status).toBe(201);
  expect((await (await env.als('mitglied')).post(`/api/bedarfe/${g1}/status`, { status: 'in_umsetzung' })).status).toBe(200);
  // Gießen: „keine passende Lösung“ (Verkehr), alt ohne Vorschlag (Verkehr), jung ohne Vorschlag (zählt nicht)
  const g3 = await bedarf(KOMMUNE_A, 'Parkraum für Lastenräder', 'Verkehr & Mobilität');
  expect((await lotse.post(`/api/bedarfe/${g3}/status`, { status: 'keine_passende_loesung', kommentar: 'Nichts im Katalog.' })).status).toBe(200);
  await bedarf(KOMMUNE_A, 'Baustellenkoordination', 'Verkehr & Mobilität', 45);
  await bedarf(KOMMUNE_A, 'Neuer Bedarf', 'Verkehr & Mobilität', 2);
  // Lich: alt, ohne Handlungsfeld
  await bedarf(LICH, 'Irgendwas mit Digitalisierung', null, 60);
  // München: Vorschlag „Mängelmelder“, „keine passende Lösung“ in Bildung
  const m1 = await bedarf(KOMMUNE_B, 'Schlaglöcher melden', 'Verkehr & Mobilität');
  expect((await lotseBy.post(`/api/bedarfe/${m1}/vorschlaege`, { loesungIds: [L['Mängelmelder']] })).status).toBe(201);
  const m2 = await bedarf(KOMMUNE_B, 'Tablets für Volkshochschule', 'Bildung');
  expect((await lotseBy.post(`/api/bedarfe/${m2}/status`, { status: 'keine_passende_loesung', kommentar: 'Kein Treffer.' })).status).toBe(200);
});
afterAll(async () => env?.close());

const nachfrage = async (rolle: TestRolle, query = '') => (await env.als(rolle)).get(`/api/transfer/nachfrage${query}`);

describe('Nachfragebild der Transferstelle', () => {
  it('ist der Transferstelle vorbehalten', async () => {
    expect((await nachfrage('anonym')).status).toBe(401);
    for (const rolle of ['mitglied', 'admin', 'fremd', 'lotse', 'lotse-fremd'] as const) {
      const r = await nachfrage(rolle);
      expect(r.status, rolle).toBe(403);
      expect(r.json().error.code).toBe('zugriff.verweigert');
    }
  });

  it('gruppiert Bedarfe ohne passenden Treffer nach Handlungsfeld', async () => {
    const r = await nachfrage('transferstelle');
    expect(r.status, r.body).toBe(200);
    const n: NachfrageAntwort = r.json();
    expect(n.gesamt).toBe(8);
    expect(n.offen).toBe(6);
    expect(n.ohneTreffer.ohneVorschlagSeitTagen).toBe(30);
    expect(n.ohneTreffer.gesamt).toBe(4);
    const gruppen = Object.fromEntries(n.ohneTreffer.gruppen.map((g) => [g.handlungsfeld ?? '–', [g.anzahl, g.keinePassende, g.ohneVorschlag, g.bedarfe.map((b) => b.titel).sort()]]));
    expect(gruppen).toEqual({
      'Verkehr & Mobilität': [2, 1, 1, ['Baustellenkoordination', 'Parkraum für Lastenräder']],
      Bildung: [1, 1, 0, ['Tablets für Volkshochschule']],
      '–': [1, 0, 1, ['Irgendwas mit Digitalisierung']],
    });
    expect(n.ohneTreffer.gruppen[0].handlungsfeld).toBe('Verkehr & Mobilität'); // größte Gruppe zuerst
    // Die Schwelle ist einstellbar.
    const kurz: NachfrageAntwort = (await nachfrage('transferstelle', '?ohneVorschlagSeitTagen=1')).json();
    expect(kurz.ohneTreffer.gesamt).toBe(5);
  });

  it('zählt Vorschläge und Nutzungen der meistgefragten Lösungen', async () => {
    const n: NachfrageAntwort = (await nachfrage('transferstelle')).json();
    expect(n.gefragteLoesungen.map((l) => [l.titel, l.vorschlaege, l.inUmsetzung, l.nutzungen, l.summe])).toEqual([
      ['E-Akte', 0, 0, 3, 3],
      ['Schul-WLAN', 2, 1, 0, 2],
      ['Mängelmelder', 1, 0, 0, 1],
    ]);
  });

  it('zählt Bedarfe je Land, Größenklasse, Handlungsfeld und Status', async () => {
    const n: NachfrageAntwort = (await nachfrage('transferstelle')).json();
    expect(n.proLand).toEqual([
      { land: 'HE', landName: 'Hessen', anzahl: 6, offen: 5 },
      { land: 'BY', landName: 'Bayern', anzahl: 2, offen: 1 },
    ]);
    expect(n.proGroessenklasse).toEqual([
      { art: 'gemeinde', groessenklasse: 1, anzahl: 2, offen: 1 },
      { art: 'gemeinde', groessenklasse: 4, anzahl: 5, offen: 4 },
      { art: 'gemeinde', groessenklasse: 6, anzahl: 1, offen: 1 },
    ]);
    expect(n.proHandlungsfeld[0]).toEqual({ handlungsfeld: 'Verkehr & Mobilität', anzahl: 4, offen: 3 });
    expect(n.proStatus.find((s) => s.status === 'keine_passende_loesung')?.anzahl).toBe(2);
    expect(n.proStatus.reduce((a, s) => a + s.anzahl, 0)).toBe(n.gesamt);
  });

  it('zeigt dem Plattform-Admin keine Bedarfe (er hat keinen Lesezugriff auf Daten der Kommunen)', async () => {
    const r = await nachfrage('plattform-admin');
    expect(r.status).toBe(200);
    const n: NachfrageAntwort = r.json();
    expect([n.gesamt, n.offen, n.ohneTreffer.gesamt, n.proLand.length, n.proGroessenklasse.length]).toEqual([0, 0, 0, 0, 0]);
    // Öffentliche Nutzungen bleiben sichtbar, Vorschläge an Bedarfe nicht.
    expect(n.gefragteLoesungen.map((l) => [l.titel, l.vorschlaege])).toEqual([['E-Akte', 0]]);
  });

  it('weist ungültige Parameter ab', async () => {
    for (const q of ['?ohneVorschlagSeitTagen=-1', '?ohneVorschlagSeitTagen=abc', '?x=1']) expect((await nachfrage('transferstelle', q)).status, q).toBe(400);
  });
});
