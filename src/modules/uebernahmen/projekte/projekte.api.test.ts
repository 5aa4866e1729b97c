import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

/** Transfer projects over HTTP against a real database (PGlite or PostgreSQL). */
let env: TestUmgebung;
let loesung: string; // published solution of Lindberg (origin)
let entwurf: string;
let bedarfA: string;
let bedarfB: string;
const LINDBERG = '092760130130';

beforeAll(async () => {
  env = await createTestApp();
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Digitale Bauakte', zusammenfassung: 'Bauanträge online', problem: 'Papierakten', status: 'veroeffentlicht', kontakt: 'bauamt@lindberg.example', version: 3 }).returning('id').executeTakeFirstOrThrow()).id;
  entwurf = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Entwurf', zusammenfassung: 'x', problem: 'y', status: 'entwurf' }).returning('id').executeTakeFirstOrThrow()).id;
  bedarfA = (await env.db.k.insertInto('bedarf').values({ kommune_id: KOMMUNE_A, titel: 'Bauanträge auf Papier', beschreibung: 'Alles auf Papier', dringlichkeit: 'hoch', status: 'loesungen_vorgeschlagen' }).returning('id').executeTakeFirstOrThrow()).id;
  bedarfB = (await env.db.k.insertInto('bedarf').values({ kommune_id: KOMMUNE_B, titel: 'Fremder Bedarf', beschreibung: 'München', dringlichkeit: 'hoch', status: 'neu' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => env?.close());

const anzahl = async (tabelle: 'uebernahme' | 'uebernahme_verlauf') => Number((await env.db.k.selectFrom(tabelle).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('Übernahmeprojekt starten', () => {
  let id: string;
  it('startet in Phase „verstehen“ mit Version, Kontakt, Checkliste und verantwortlicher Person', async () => {
    const c = await env.als('mitglied');
    const r = await c.post('/api/uebernahmen', { loesungId: loesung, bedarfId: bedarfA });
    expect(r.status, r.body).toBe(201);
    const d = r.json();
    id = d.id;
    expect(d).toMatchObject({ phase: 'verstehen', kommuneId: KOMMUNE_A, loesungVersion: 3, herkunftKommuneId: LINDBERG, herkunftKontakt: 'bauamt@lindberg.example', bedarfId: bedarfA, verantwortlich: 'Test mitglied' });
    expect(d.checkliste.filter((p: { phase: string }) => p.phase === 'verstehen').length).toBeGreaterThan(0);
    expect(d.moeglich.phasenZiele).toEqual(['anpassen', 'uebernehmen', 'verstetigen', 'abgeschlossen', 'abgebrochen']);
  });

  it('lehnt ein zweites laufendes Projekt, einen Entwurf, einen fremden Bedarf und eine fremde Kommune ab – ohne zu schreiben', async () => {
    const c = await env.als('mitglied');
    const vorher = await anzahl('uebernahme');
    expect((await c.post('/api/uebernahmen', { loesungId: loesung })).json().error.code).toBe('uebernahme.laeuft_schon');
    expect((await c.post('/api/uebernahmen', { loesungId: entwurf })).json().error.code).toBe('uebernahme.loesung_nicht_veroeffentlicht');
    const f = await (await env.als('fremd')).post('/api/uebernahmen', { loesungId: loesung, bedarfId: bedarfA });
    expect(f.status).toBe(422);
    expect(f.json().error.message).toMatch(/Bedarf/);
    expect((await c.post('/api/uebernahmen', { loesungId: loesung, kommune: '09162000' })).status).toBe(403);
    expect((await c.post('/api/uebernahmen', { loesungId: 'keine-uuid' })).status).toBe(400);
    expect(await anzahl('uebernahme')).toBe(vorher);
  });

  it('nimmt die Kommune als AGS an', async () => {
    const r = await (await env.als('fremd')).post('/api/uebernahmen', { loesungId: loesung, kommune: '09162000', bedarfId: bedarfB });
    expect(r.status, r.body).toBe(201);
    expect(r.json().kommuneId).toBe(KOMMUNE_B);
  });

  it('Phasen nur vorwärts; rückwärts und Abbruch ohne Grund: 4xx, nichts geschrieben', async () => {
    const c = await env.als('admin');
    expect((await c.patch(`/api/uebernahmen/${id}`, { phase: 'anpassen' })).json().phase).toBe('anpassen');
    const verlauf = await anzahl('uebernahme_verlauf');
    const zurueck = await c.patch(`/api/uebernahmen/${id}`, { phase: 'verstehen' });
    expect(zurueck.status).toBe(409);
    expect(zurueck.json().error).toMatchObject({ code: 'uebernahme.phase_rueckwaerts' });
    expect(zurueck.json().error.message).toMatch(/nur vorwärts/);
    const ohneGrund = await c.patch(`/api/uebernahmen/${id}`, { phase: 'abgebrochen' });
    expect(ohneGrund.status).toBe(422);
    expect(ohneGrund.json().error.code).toBe('uebernahme.grund_fehlt');
    expect(await anzahl('uebernahme_verlauf')).toBe(verlauf);
    expect((await c.get(`/api/uebernahmen/${id}`)).json().phase).toBe('anpassen');
  });

  it('Meilensteine, Checkliste und Dokumente', async () => {
    const c = await env.als('mitglied');
    const m = await c.post(`/api/uebernahmen/${id}/meilensteine`, { phase: 'anpassen', titel: 'Transferplan', verantwortlich: 'Frau Weber', faelligAm: '2027-03-31' });
    expect(m.status, m.body).toBe(201);
    const ms = m.json().meilensteine.find((x: { titel: string }) => x.titel === 'Transferplan');
    expect(ms).toMatchObject({ faelligAm: '2027-03-31', erledigt: false, quelle: 'manuell' });
    expect((await c.patch(`/api/uebernahmen/${id}/meilensteine/${ms.id}`, { erledigt: true })).json().meilensteine.find((x: { id: string }) => x.id === ms.id).erledigt).toBe(true);
    const punkt = m.json().checkliste[0];
    expect((await c.patch(`/api/uebernahmen/${id}/checkliste/${punkt.id}`, { erledigt: true })).json().checkliste[0].erledigt).toBe(true);
    expect((await c.post(`/api/uebernahmen/${id}/dokumente`, { titel: 'Ausschreibung', url: 'javascript:alert(1)' })).status).toBe(400);
    expect((await c.post(`/api/uebernahmen/${id}/dokumente`, { titel: 'Ausschreibung', url: 'https://example.org/a.pdf' })).json().dokumente).toHaveLength(1);
  });

  it('verantwortliche Person nur aus der eigenen Kommune', async () => {
    const c = await env.als('admin');
    expect((await c.patch(`/api/uebernahmen/${id}`, { verantwortlichId: env.kontoIds.fremd })).status).toBe(422);
    expect((await c.patch(`/api/uebernahmen/${id}`, { verantwortlichId: env.kontoIds.admin })).json().verantwortlich).toBe('Test admin');
  });

  it('Sichtbarkeit: eigene Kommune, Lotse, Transferstelle; nicht die fremde Kommune', async () => {
    for (const rolle of ['mitglied', 'lotse', 'transferstelle'] as const) expect((await (await env.als(rolle)).get(`/api/uebernahmen/${id}`)).status, rolle).toBe(200);
    for (const rolle of ['fremd', 'lotse-fremd', 'plattform-admin'] as const) expect((await (await env.als(rolle)).get(`/api/uebernahmen/${id}`)).status, rolle).toBe(404);
    const liste = (await (await env.als('fremd')).get('/api/uebernahmen')).json();
    expect(liste.items.map((i: { kommuneId: string }) => i.kommuneId)).toEqual([KOMMUNE_B]);
    expect((await (await env.als('transferstelle')).get('/api/uebernahmen')).json().total).toBe(2);
  });

  it('Abbruch mit Grund: bleibt für die Transferstelle sichtbar, danach keine Änderung mehr', async () => {
    const c = await env.als('mitglied');
    const r = await c.patch(`/api/uebernahmen/${id}`, { phase: 'abgebrochen', grund: 'Fachverfahren nicht kompatibel' });
    expect(r.json()).toMatchObject({ phase: 'abgebrochen', abbruchGrund: 'Fachverfahren nicht kompatibel' });
    expect((await c.patch(`/api/uebernahmen/${id}`, { phase: 'verstetigen' })).json().error.code).toBe('uebernahme.beendet');
    const t = (await (await env.als('transferstelle')).get('/api/uebernahmen?phase=abgebrochen')).json();
    expect(t.items.map((i: { id: string }) => i.id)).toContain(id);
    // A new project for the same solution may start again after an abort.
    expect((await c.post('/api/uebernahmen', { loesungId: loesung })).status).toBe(201);
  });
});

describe('Herkunftskommune sieht, wer übernimmt', () => {
  it('ein Mitglied der Herkunftskommune liest Projekte zu seiner Lösung', async () => {
    const konto = (await env.db.k.insertInto('konto').values({ email: 'bauamt@lindberg.test', name: 'Bauamt Lindberg', passwort_hash: (await env.db.k.selectFrom('konto').select('passwort_hash').where('id', '=', env.kontoIds.mitglied).executeTakeFirstOrThrow()).passwort_hash }).returning('id').executeTakeFirstOrThrow()).id;
    await env.db.k.insertInto('mitgliedschaft').values({ kommune_id: LINDBERG, konto_id: konto, rolle: 'mitglied' }).execute();
    const { createClient } = await import('../../../testing/testApp.ts');
    const c = createClient(env.app);
    expect((await c.post('/api/auth/login', { email: 'bauamt@lindberg.test', passwort: 'test-passwort-123' })).status).toBe(204);
    const liste = (await c.get('/api/uebernahmen')).json();
    expect(liste.total).toBe(3);
    const d = await c.get(`/api/uebernahmen/${liste.items[0].id}`);
    expect(d.status).toBe(200);
    // It reads, but it does not steer the adopter's project, and it sees no member names.
    expect(d.json().moeglich.bearbeiten).toBe(false);
    expect(d.json().mitglieder).toEqual([]);
    // Writing is for the adopter only (the access layer answers like for an unknown row).
    expect((await c.patch(`/api/uebernahmen/${liste.items[0].id}`, { phase: 'verstetigen' })).status).toBe(404);
  });
});

describe('Checklisten-Vorlage einer Lösung', () => {
  it('Standard ohne eigene Vorlage; die Herkunft pflegt sie, andere nicht; neue Projekte übernehmen sie', async () => {
    const anon = await env.als('anonym');
    expect((await anon.get(`/api/uebernahmen/vorlagen/${loesung}`)).json().eigeneVorlage).toBe(false);
    const punkte = { verstehen: ['Hospitation im Bauamt Lindberg'], anpassen: ['Formulare an Landesrecht anpassen'], uebernehmen: ['Schulung'], verstetigen: ['Rückmeldung geben'] };
    // Another Kommune may not write it (rows of others answer 404 like unknown ones).
    expect((await (await env.als('admin')).put(`/api/uebernahmen/vorlagen/${loesung}`, punkte)).status).toBe(404);
    await env.db.k.updateTable('loesung').set({ kommune_id: KOMMUNE_B }).where('id', '=', loesung).execute();
    try {
      expect((await (await env.als('fremd')).put(`/api/uebernahmen/vorlagen/${loesung}`, punkte)).json().eigeneVorlage).toBe(true);
    } finally {
      await env.db.k.updateTable('loesung').set({ kommune_id: LINDBERG }).where('id', '=', loesung).execute();
    }
    await env.db.k.updateTable('uebernahme').set({ phase: 'abgebrochen', abbruch_grund: 'Test' }).where('kommune_id', '=', KOMMUNE_A).execute();
    const r = await (await env.als('mitglied')).post('/api/uebernahmen', { loesungId: loesung });
    expect(r.json().checkliste.map((p: { text: string }) => p.text)).toEqual(['Hospitation im Bauamt Lindberg', 'Formulare an Landesrecht anpassen', 'Schulung', 'Rückmeldung geben']);
  });
});
