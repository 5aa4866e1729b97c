import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createClient, type TestClient, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B, TEST_PASSWORT } from '../../../testing/fixtures.ts';
import { hashPasswort } from '../../../core/auth/passwort.ts';
import { gehoertZumVerbund, verbundArt } from './kohorten.rules.ts';

/**
 * Verbund (Issue 11, Punkt 3; decision 0140): a Landkreis (or an Amt/Verbandsgemeinde through its Kommune) opens one
 * transfer for its member Gemeinden and sees each member's status; members see their own; others nothing.
 */
const KREIS = '065310000000'; // Landkreis Gießen
const LICH = '065310011011';
const LINDBERG = '092760130130';
// A Verbandsgemeinde in Rheinland-Pfalz (ARS digits 6–9 = 5001) with two Gemeinden, and one of another Verband.
const VG = [
  { id: '071405001001', ags: '07140001', name: 'Ortsgemeinde A', kurzname: 'A', typ: 'Gemeinde' as const, einwohner: 900, land: 'RP', land_id: null, kreis_id: null, groessenklasse: 7, such_name: 'a' },
  { id: '071405001002', ags: '07140002', name: 'Ortsgemeinde B', kurzname: 'B', typ: 'Gemeinde' as const, einwohner: 800, land: 'RP', land_id: null, kreis_id: null, groessenklasse: 7, such_name: 'b' },
  { id: '071405002003', ags: '07140003', name: 'Ortsgemeinde C', kurzname: 'C', typ: 'Gemeinde' as const, einwohner: 700, land: 'RP', land_id: null, kreis_id: null, groessenklasse: 7, such_name: 'c' },
];
let env: TestUmgebung;
let loesung: string;
let kreis: TestClient;
let vg: TestClient;

async function kontoIn(kommuneId: string, email: string): Promise<TestClient> {
  const { id } = await env.db.k.insertInto('konto').values({ email, name: `Verwaltung ${kommuneId}`, passwort_hash: await hashPasswort(TEST_PASSWORT) }).returning('id').executeTakeFirstOrThrow();
  await env.db.k.insertInto('mitgliedschaft').values({ kommune_id: kommuneId, konto_id: id, rolle: 'admin' }).execute();
  const c = createClient(env.app);
  expect((await c.post('/api/auth/login', { email, passwort: TEST_PASSWORT })).status).toBe(204);
  return c;
}

beforeAll(async () => {
  env = await createTestApp({ seed: async (db) => void (await db.k.insertInto('kommune').values(VG).execute()) });
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Digitaler Bauantrag', zusammenfassung: 'Bauanträge online', problem: 'Papierakten', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
  kreis = await kontoIn(KREIS, 'digital@landkreis-giessen.test');
  vg = await kontoIn(VG[0]!.id, 'verwaltung@vg.test');
});
afterAll(async () => env?.close());

const anzahl = async () => Number((await env.db.k.selectFrom('kohorte').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
type Zeile = { kommune: { id: string }; status: string; phase: string | null };

describe('Verbund', () => {
  it('Regeln: Landkreis für seine Gemeinden, Verbandsgemeinde für gleiche ersten 9 Stellen des ARS', () => {
    const kreisZeile = { id: KREIS, typ: 'Landkreis', kreis_id: null };
    expect(verbundArt(kreisZeile)).toBe('kreis');
    expect(gehoertZumVerbund(kreisZeile, { id: LICH, typ: 'Stadt', kreis_id: KREIS })).toBe(true);
    expect(gehoertZumVerbund(kreisZeile, { id: LINDBERG, typ: 'Gemeinde', kreis_id: null })).toBe(false);
    expect(verbundArt({ id: KOMMUNE_B, typ: 'kreisfreie Stadt', kreis_id: null })).toBeNull();
    const sitz = { id: VG[0]!.id, typ: 'Gemeinde', kreis_id: null };
    expect(verbundArt(sitz)).toBe('verband');
    expect(gehoertZumVerbund(sitz, { id: VG[1]!.id, typ: 'Gemeinde', kreis_id: null })).toBe(true);
    expect(gehoertZumVerbund(sitz, { id: VG[2]!.id, typ: 'Gemeinde', kreis_id: null })).toBe(false);
  });

  let id: string;
  it('der Landkreis öffnet eine Übernahme für zwei Gemeinden seines Kreises und sieht ihren Stand', async () => {
    const r = await kreis.post('/api/kohorten/verbund', { loesungId: loesung, titel: 'Bauantrag digital im Landkreis', gemeinden: ['06531005', LICH] });
    expect(r.status, r.body).toBe(201);
    id = r.json().id;
    expect(r.json()).toMatchObject({ traeger: { id: KREIS, name: 'Landkreis Gießen' }, sicht: 'traeger', maxMitglieder: 2, moeglich: { beitragen: true, einladen: true } });
    expect(r.json().mitglieder.map((m: Zeile) => [m.kommune.id, m.status]).sort()).toEqual([[KOMMUNE_A, 'eingeladen'], [LICH, 'eingeladen']]);
    // Gießen accepts: its own project starts; the Kreis sees the phase on the board.
    const a = await (await env.als('admin')).post(`/api/kohorten/${id}/antwort`, { annehmen: true });
    expect(a.status, a.body).toBe(200);
    const b = await kreis.get(`/api/kohorten/${id}`);
    expect(b.status).toBe(200);
    expect(b.json().mitglieder.find((m: Zeile) => m.kommune.id === KOMMUNE_A)).toMatchObject({ status: 'dabei', phase: 'verstehen' });
    expect((await kreis.get('/api/kohorten')).json().kohorten.map((k: { id: string }) => k.id)).toContain(id);
    expect((await kreis.post(`/api/kohorten/${id}/beitraege`, { text: 'Der Kreis übernimmt die gemeinsame Ausschreibung.' })).status).toBe(201);
  });

  it('die Gemeinde sieht den Verbund; eine fremde Kommune nicht', async () => {
    const g = await (await env.als('mitglied')).get(`/api/kohorten/${id}`);
    expect(g.status).toBe(200);
    expect(g.json().sicht).toBe('mitglied');
    expect(g.json().moeglich.einladen).toBe(false);
    const fremd = await env.als('fremd');
    expect((await fremd.get(`/api/kohorten/${id}`)).status).toBe(404);
    expect((await fremd.get('/api/kohorten')).json().kohorten.map((k: { id: string }) => k.id)).not.toContain(id);
    expect((await vg.get(`/api/kohorten/${id}`)).status).toBe(404);
    expect((await (await env.als('lotse')).get(`/api/kohorten/${id}`)).json().sicht).toBe('lotse');
    expect((await (await env.als('lotse-fremd')).get(`/api/kohorten/${id}`)).status).toBe(404);
  });

  it('eine Verbandsgemeinde lädt ihre Ortsgemeinden ein, nicht die eines anderen Verbands', async () => {
    const n = await anzahl();
    const falsch = await vg.post('/api/kohorten/verbund', { loesungId: loesung, titel: 'VG-Verbund', gemeinden: [VG[1]!.id, VG[2]!.id] });
    expect([falsch.status, falsch.json().error.code]).toEqual([422, 'kohorte.nicht_im_verbund']);
    expect(await anzahl()).toBe(n);
    const r = await vg.post('/api/kohorten/verbund', { loesungId: loesung, titel: 'VG-Verbund', gemeinden: [VG[0]!.id, VG[1]!.id] });
    expect(r.status, r.body).toBe(201);
    expect(r.json()).toMatchObject({ traeger: { id: VG[0]!.id }, sicht: 'mitglied', maxMitglieder: 2 });
  });

  it('schlechte Eingaben: 4xx, nichts geschrieben', async () => {
    const n = await anzahl();
    // München is a kreisfreie Stadt: no member Gemeinden.
    const ohne = await (await env.als('fremd')).post('/api/kohorten/verbund', { loesungId: loesung, titel: 'Kein Verbund', gemeinden: [KOMMUNE_B] });
    expect([ohne.status, ohne.json().error.code]).toEqual([422, 'kohorte.kein_verbund']);
    const fremdeGemeinde = await kreis.post('/api/kohorten/verbund', { loesungId: loesung, titel: 'Zu weit', gemeinden: [LICH, '09276130'] });
    expect([fremdeGemeinde.status, fremdeGemeinde.json().error.code]).toEqual([422, 'kohorte.nicht_im_verbund']);
    expect((await kreis.post('/api/kohorten/verbund', { loesungId: loesung, titel: 'Leer', gemeinden: [] })).status).toBe(400);
    // Inviting later: only Gemeinden of the area, and only the Träger (not the Transferstelle).
    const spaeter = await kreis.post(`/api/kohorten/${id}/einladungen`, { kommunen: [VG[1]!.id] });
    expect([spaeter.status, spaeter.json().error.code]).toEqual([422, 'kohorte.nicht_im_verbund']);
    expect((await (await env.als('transferstelle')).post(`/api/kohorten/${id}/einladungen`, { kommunen: [LICH] })).status).toBe(403);
    // A member of Gießen cannot open a Verbund for the Kreis.
    expect((await (await env.als('mitglied')).post('/api/kohorten/verbund', { loesungId: loesung, titel: 'Fremder Träger', gemeinden: [LICH], traeger: '06531' + '0000000' })).status).toBe(403);
    expect((await (await env.als('anonym')).post('/api/kohorten/verbund', { loesungId: loesung, titel: 'Anonym', gemeinden: [LICH] })).status).toBe(401);
    expect(await anzahl()).toBe(n);
  });
});
