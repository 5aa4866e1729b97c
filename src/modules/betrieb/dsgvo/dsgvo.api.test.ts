import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { strFromU8, unzipSync } from 'fflate';
import { createClient, createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B, TEST_KONTEN, TEST_PASSWORT, type TestRolle } from '../../../testing/fixtures.ts';
import { protokolliere } from '../../../core/audit.ts';
import { raeumeAuf } from './dsgvo.usecases.ts';
import { kommuneTabellen } from './dsgvo.repository.ts';

const TAG = 86_400_000;
let env: TestUmgebung;

async function zaehleJeTabelle(kommuneId: string): Promise<Record<string, number>> {
  return env.db.k.transaction().execute(async (tx) => {
    const r: Record<string, number> = {};
    for (const t of await kommuneTabellen(tx)) {
      const n = await sql<{ n: number | string }>`select count(*) as n from ${sql.id(t.name)} where kommune_id = ${kommuneId}`.execute(tx);
      r[t.name] = Number(n.rows[0].n);
    }
    return r;
  });
}

/** A newly signed-in client (the clean-up runs with a date in the future and ends all older sessions). */
async function frisch(rolle: Exclude<TestRolle, 'anonym'>) {
  const c = createClient(env.app);
  expect((await c.post('/api/auth/login', { email: TEST_KONTEN[rolle], passwort: TEST_PASSWORT })).status).toBe(204);
  return c;
}

async function seedeKommune(k: string) {
  const l = await env.db.k.insertInto('loesung')
    .values({ kommune_id: k, titel: `Lösung ${k}`, zusammenfassung: 'Kurz', problem: 'Problem', status: 'entwurf' })
    .returning('id').executeTakeFirstOrThrow();
  await env.db.k.insertInto('bedarf')
    .values([
      { kommune_id: k, titel: `Bedarf ${k} eins`, beschreibung: 'Beschreibung; mit "Zeichen"\nund Umbruch', dringlichkeit: 'mittel', status: 'neu' },
      { kommune_id: k, titel: `Bedarf ${k} zwei`, beschreibung: '=SUMME(A1)', dringlichkeit: 'hoch', status: 'neu' },
    ]).execute();
  await env.db.k.transaction().execute((tx) => protokolliere(tx, { kommuneId: k, kontoId: null, aktion: 'test.angelegt', objektTyp: 'loesung', objektId: l.id }));
  return l.id;
}

beforeAll(async () => {
  env = await createTestApp();
  // A table a future module might add: the export and the deletion must find it through the catalog.
  await sql`create table dsgvo_zukunft (id serial primary key, kommune_id text not null references kommune(id), wert text)`.execute(env.db.k);
  await env.db.k.transaction().execute((tx) => sql`insert into dsgvo_zukunft (kommune_id, wert) values (${KOMMUNE_A}, 'a1'), (${KOMMUNE_A}, 'a2'), (${KOMMUNE_B}, 'b1')`.execute(tx));
  loesungA = await seedeKommune(KOMMUNE_A);
  await seedeKommune(KOMMUNE_B);
});
let loesungA = '';
afterAll(async () => env?.close());

describe('Datenexport einer Kommune (ZIP mit JSON und CSV)', () => {
  it('enthält genau die Zeilen der eigenen Kommune aus jeder Tabelle mit kommune_id, auch aus neuen Tabellen', async () => {
    const soll = await zaehleJeTabelle(KOMMUNE_A);
    // Raw inject: the archive is binary (the test client reads bodies as text).
    const r = await env.app.inject({ method: 'GET', url: `/api/kommunen/${KOMMUNE_A}/datenexport`, headers: { cookie: await anmeldeCookies(TEST_KONTEN.admin) } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/zip');
    expect(String(r.headers['content-disposition'])).toMatch(/^attachment; filename="lotse-daten-065310005005-\d{4}-\d{2}-\d{2}\.zip"$/);
    const dateien = unzipSync(new Uint8Array(r.rawPayload));
    expect(Object.keys(soll)).toContain('dsgvo_zukunft');
    for (const [tabelle, n] of Object.entries(soll)) {
      const json = JSON.parse(strFromU8(dateien[`json/${tabelle}.json`])) as { kommune_id: string }[];
      expect(json.length, tabelle).toBe(n);
      expect(json.every((z) => z.kommune_id === KOMMUNE_A), tabelle).toBe(true);
      const csv = strFromU8(dateien[`csv/${tabelle}.csv`]).replace(/^\uFEFF/, '');
      expect(csv.split('\r\n')[0].split(';'), tabelle).toContain('kommune_id');
    }
    expect(JSON.parse(strFromU8(dateien['json/dsgvo_zukunft.json'])).map((z: { wert: string }) => z.wert)).toEqual(['a1', 'a2']);
    // Nothing of the other Kommune anywhere in the archive.
    for (const [name, inhalt] of Object.entries(dateien)) {
      const text = strFromU8(inhalt);
      expect(text, name).not.toContain(KOMMUNE_B);
      expect(text, name).not.toContain(TEST_KONTEN.fremd);
    }
    // Members with name and e-mail; a formula-like cell is defused in the CSV.
    expect(strFromU8(dateien['csv/mitglieder.csv'])).toContain(TEST_KONTEN.admin);
    expect(strFromU8(dateien['csv/bedarf.csv'])).toContain("'=SUMME(A1)");
    expect(JSON.parse(strFromU8(dateien['inhalt.json'])).tabellen.bedarf).toBe(2);
  });

  it('ist nur für die Administration der eigenen Kommune', async () => {
    expect((await (await env.als('mitglied')).get(`/api/kommunen/${KOMMUNE_A}/datenexport`)).status).toBe(403);
    expect([403, 404]).toContain((await (await env.als('fremd')).get(`/api/kommunen/${KOMMUNE_A}/datenexport`)).status);
  });
});

/** Signs in through raw requests and returns the cookie header (CSRF and session). */
async function anmeldeCookies(email: string): Promise<string> {
  const r = await env.app.inject({ method: 'GET', url: '/api/health' });
  const csrf = String([r.headers['set-cookie']].flat()[0]).split(';')[0];
  const login = await env.app.inject({
    method: 'POST', url: '/api/auth/login',
    headers: { cookie: csrf, 'x-csrf-token': csrf.split('=')[1], 'content-type': 'application/json' },
    payload: JSON.stringify({ email, passwort: TEST_PASSWORT }),
  });
  const sitzung = [login.headers['set-cookie']].flat().map((x) => String(x).split(';')[0]).find((x) => x.startsWith('lotse_sitzung='));
  return `${csrf}; ${sitzung}`;
}

describe('Löschen der Daten einer Kommune', () => {
  it('verlangt den Namen der Kommune als Bestätigung, hält die Wartefrist ein und lässt andere Kommunen unberührt', async () => {
    const c = await frisch('admin');
    const falsch = await c.post(`/api/kommunen/${KOMMUNE_A}/loeschung`, { bestaetigung: 'München, Landeshauptstadt' });
    expect(falsch.status).toBe(422);
    expect(falsch.json().error.code).toBe('dsgvo.bestaetigung_falsch');

    const antrag = await c.post(`/api/kommunen/${KOMMUNE_A}/loeschung`, { bestaetigung: '  gießen, universitätsstadt ' });
    expect(antrag.status, antrag.body).toBe(202);
    const { auftrag, wartefristTage } = antrag.json();
    expect(wartefristTage).toBe(30);
    expect(new Date(auftrag.faelligAm).getTime() - new Date(auftrag.beantragtAm).getTime()).toBeGreaterThanOrEqual(30 * TAG - 1000);
    const doppelt = await c.post(`/api/kommunen/${KOMMUNE_A}/loeschung`, { bestaetigung: 'Gießen, Universitätsstadt' });
    expect(doppelt.status).toBe(409);
    expect(doppelt.json().error.code).toBe('dsgvo.loeschung_beantragt');
    // Every admin of the Kommune is told by mail.
    const mails = await env.db.k.selectFrom('mail_ausgang').select('an').where('art', '=', 'dsgvo.loeschung_beantragt').execute();
    expect(mails.map((m) => m.an)).toEqual([TEST_KONTEN.admin]);

    // München notes that it uses Gießen's solution: a row of München that points to Gießen's data.
    await env.db.k.insertInto('loesung_nutzung').values({ loesung_id: loesungA, kommune_id: KOMMUNE_B }).execute();
    expect((await c.get(`/api/kommunen/${KOMMUNE_A}/loeschung`)).json().fremdeVerweise).toBe(1);
    const vorherA = await zaehleJeTabelle(KOMMUNE_A);
    const vorherB = await zaehleJeTabelle(KOMMUNE_B);
    expect(vorherA.bedarf).toBe(2);

    // Within the waiting period nothing happens.
    const frueh = await raeumeAuf(env.db, new Date(Date.now() + 29 * TAG));
    expect(frueh.kommunen).toEqual([]);
    expect(await zaehleJeTabelle(KOMMUNE_A)).toEqual(vorherA);

    const spaet = await raeumeAuf(env.db, new Date(Date.now() + 31 * TAG));
    expect(spaet.kommunen.map((k) => k.kommuneId)).toEqual([KOMMUNE_A]);
    const nachherA = await zaehleJeTabelle(KOMMUNE_A);
    // Only the one audit entry that keeps the fact remains; every other table is empty for Gießen.
    expect(Object.entries(nachherA).filter(([, n]) => n > 0)).toEqual([['audit_log', 1]]);
    // München's own data is untouched; only its note about Gießen's (now deleted) solution went with it.
    expect(await zaehleJeTabelle(KOMMUNE_B)).toEqual({ ...vorherB, loesung_nutzung: vorherB.loesung_nutzung - 1 });
    const fakt = await env.db.k.selectFrom('audit_log').selectAll().where('kommune_id', '=', KOMMUNE_A).executeTakeFirstOrThrow();
    expect(fakt.aktion).toBe('kommune.daten_geloescht');
    expect(fakt.konto_id).toBeNull();
    expect(JSON.stringify(fakt.details)).not.toContain('@');
    const auftragZeile = await env.db.k.selectFrom('kommune_loeschung').selectAll().where('kommune_id', '=', KOMMUNE_A).executeTakeFirstOrThrow();
    expect(auftragZeile.status).toBe('ausgefuehrt');
    expect(auftragZeile.beantragt_von).toBeNull();
    // The accounts stay (they are the persons' own), the memberships are gone.
    expect(await env.db.k.selectFrom('konto').select('id').where('email', '=', TEST_KONTEN.admin).executeTakeFirst()).toBeDefined();
  });

  it('kann bis zur Ausführung widerrufen werden', async () => {
    const c = await frisch('fremd');
    const antrag = await c.post(`/api/kommunen/${KOMMUNE_B}/loeschung`, { bestaetigung: 'München, Landeshauptstadt' });
    expect(antrag.status, antrag.body).toBe(202);
    expect((await c.get(`/api/kommunen/${KOMMUNE_B}/loeschung`)).json().auftrag).not.toBeNull();
    expect((await c.delete(`/api/kommunen/${KOMMUNE_B}/loeschung`)).status).toBe(204);
    expect((await c.delete(`/api/kommunen/${KOMMUNE_B}/loeschung`)).json().error.code).toBe('dsgvo.keine_loeschung');
    const vorher = await zaehleJeTabelle(KOMMUNE_B);
    expect((await raeumeAuf(env.db, new Date(Date.now() + 40 * TAG))).kommunen).toEqual([]);
    const nachher = await zaehleJeTabelle(KOMMUNE_B);
    expect(nachher.bedarf).toBe(vorher.bedarf);
    expect(nachher.dsgvo_zukunft).toBe(1);
    const aktionen = await env.db.k.selectFrom('audit_log').select('aktion').where('kommune_id', '=', KOMMUNE_B).where('aktion', 'like', 'kommune.%').orderBy('id').execute();
    expect(aktionen.map((a) => a.aktion)).toEqual(['kommune.loeschung_beantragt', 'kommune.loeschung_widerrufen']);
  });
});
