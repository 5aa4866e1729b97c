import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, type TestClient, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B, TEST_KONTEN, TEST_PASSWORT } from '../../../testing/fixtures.ts';

/** Learning flows back: the origin takes an adaptation into a revision; after review the version credits the adopter. */
let env: TestUmgebung;
let herkunft: TestClient;
let loesung: string;
let projektA: string;
let rueckmeldungA: string;
const LINDBERG = '092760130130';

beforeAll(async () => {
  env = await createTestApp();
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Online-Terminvergabe', zusammenfassung: 'x', problem: 'y', ansatz: 'Termine online buchen.', status: 'veroeffentlicht', version: 2 }).returning('id').executeTakeFirstOrThrow()).id;
  const hash = (await env.db.k.selectFrom('konto').select('passwort_hash').where('email', '=', TEST_KONTEN.mitglied).executeTakeFirstOrThrow()).passwort_hash;
  const k = (await env.db.k.insertInto('konto').values({ email: 'buergerbuero@lindberg.test', name: 'Bürgerbüro Lindberg', passwort_hash: hash }).returning('id').executeTakeFirstOrThrow()).id;
  await env.db.k.insertInto('mitgliedschaft').values({ kommune_id: LINDBERG, konto_id: k, rolle: 'mitglied' }).execute();
  herkunft = createClient(env.app);
  await herkunft.post('/api/auth/login', { email: 'buergerbuero@lindberg.test', passwort: TEST_PASSWORT });
  const a = await env.db.k.insertInto('uebernahme').values({ kommune_id: KOMMUNE_A, loesung_id: loesung, loesung_version: 2, herkunft_kommune_id: LINDBERG, phase: 'verstetigen', golive_am: '2026-01-01', verantwortlich_id: env.kontoIds.mitglied }).returning('id').executeTakeFirstOrThrow();
  projektA = a.id;
  rueckmeldungA = (await env.db.k.insertInto('uebernahme_rueckmeldung').values({ uebernahme_id: a.id, kommune_id: KOMMUNE_A, loesung_id: loesung, anlass: 'golive', aufwand_personentage: 10, kosten_euro: 0, wirkungsstufe: 4, anpassungen: 'Erinnerungsmail am Vortag', oeffentlich: true }).returning('id').executeTakeFirstOrThrow()).id;
  await env.db.k.insertInto('uebernahme').values({ kommune_id: KOMMUNE_B, loesung_id: loesung, loesung_version: 2, herkunft_kommune_id: LINDBERG, phase: 'anpassen', verantwortlich_id: env.kontoIds.fremd }).execute();
});
afterAll(async () => env?.close());

const pfad = () => `/api/uebernahmen/${projektA}/rueckmeldungen/${rueckmeldungA}/in-loesung`;

describe('Anpassung in die eigene Lösung übernehmen', () => {
  it('nur die Herkunftskommune; die übernehmende Kommune selbst nicht', async () => {
    // The adopter cannot read the origin's data: the same answer as for an unknown project.
    expect((await (await env.als('mitglied')).post(pfad(), { text: 'Erinnerungsmail am Vortag des Termins' })).status).toBe(404);
    expect((await (await env.als('transferstelle')).post(pfad(), { text: 'Erinnerungsmail am Vortag des Termins' })).status).toBe(403);
    expect((await herkunft.post(pfad(), { text: 'kurz' })).status).toBe(400);
    expect(await env.db.k.selectFrom('loesung_ueberarbeitung').select('loesung_id').execute()).toEqual([]);
  });

  it('legt eine Überarbeitung an, benachrichtigt die anderen Übernehmenden; nach der Prüfung nennt die Version die Kommune', async () => {
    // The origin sees the offer on the project page; the adopter does not.
    expect((await herkunft.get(`/api/uebernahmen/${projektA}`)).json().moeglich.anpassungUebernehmen).toBe(true);
    expect((await (await env.als('mitglied')).get(`/api/uebernahmen/${projektA}`)).json().moeglich.anpassungUebernehmen).toBe(false);
    const r = await herkunft.post(pfad(), { text: 'Eine Erinnerungsmail am Vortag senkt die Zahl verpasster Termine.' });
    expect(r.status, r.body).toBe(201);
    expect(r.json()).toEqual({ loesungId: loesung, ueberarbeitung: 'entwurf', benachrichtigt: 1 });
    const mails = await env.db.k.selectFrom('mail_ausgang').select(['an', 'betreff', 'text']).where('art', '=', 'uebernahme.anpassung_uebernommen').execute();
    expect(mails.map((m) => m.an)).toEqual([TEST_KONTEN.fremd]);
    expect(mails[0].text).toContain('Gießen');
    // Public page: still the approved version until the Transferstelle reviews.
    expect((await (await env.als('anonym')).get(`/api/loesungen/${loesung}`)).json().ansatz).toBe('Termine online buchen.');
    expect((await herkunft.post(`/api/loesungen/${loesung}/einreichen`)).status).toBe(200);
    // While under review, nothing more is taken in.
    expect((await herkunft.post(pfad(), { text: 'Noch eine Anpassung aus der Praxis.' })).json().error.code).toBe('uebernahme.ueberarbeitung_in_pruefung');
    const p = await (await env.als('transferstelle')).post(`/api/loesungen/${loesung}/pruefung`, { entscheidung: 'veroeffentlichen', kommentar: 'Gute Ergänzung.' });
    expect(p.status, p.body).toBe(200);
    const d = (await (await env.als('anonym')).get(`/api/loesungen/${loesung}`)).json();
    expect(d.version).toBe(3);
    expect(d.ansatz).toContain('Anpassung aus Gießen, Universitätsstadt: Eine Erinnerungsmail am Vortag');
    expect(d.versionen.find((v: { version: number }) => v.version === 3).kommentar).toMatch(/Anpassung aus Gießen, Universitätsstadt übernommen/);
  });
});
