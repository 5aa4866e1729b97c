import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

/** Ideen über HTTP gegen eine echte Datenbank (PGlite oder PostgreSQL). */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const idee = (extra: Record<string, unknown> = {}) => ({
  kommuneId: KOMMUNE_A,
  problem: 'Wohngeldanträge liegen tagelang im Postfach, bevor jemand sie sieht.',
  vorschlag: 'Eingang täglich um 9 Uhr sichten und am Board verteilen.',
  prozess: 'Wohngeld',
  nutzen: 'Kürzere Wartezeit für Antragstellende',
  ...extra,
});

/**
 * Zählt, in wie vielen Zeilen jeder Spalte jeder Tabelle des Schemas ein Wert vorkommt (als Text gesucht).
 * Vergleicht man die Zählung vor und nach einer Handlung, sieht man jede neue Spur einer Person.
 */
async function spuren(wert: string): Promise<Record<string, number>> {
  const spalten = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.column_name`.execute(env.db.k);
  const ergebnis: Record<string, number> = {};
  for (const s of spalten.rows) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(s.table_name)} where ${sql.ref(s.column_name)}::text like ${`%${wert}%`}`.execute(env.db.k);
    const n = Number(r.rows[0].n);
    if (n) ergebnis[`${s.table_name}.${s.column_name}`] = n;
  }
  return ergebnis;
}
const neu = (vorher: Record<string, number>, nachher: Record<string, number>) =>
  Object.fromEntries(Object.entries(nachher).filter(([k, n]) => n !== (vorher[k] ?? 0)));

describe('Idee einreichen', () => {
  it('mit Namen: die einreichende Person steht an der Idee und im Audit-Log; Frist 28 Tage', async () => {
    const c = await env.als('mitglied');
    const vorher = await spuren(env.kontoIds.mitglied);
    const r = await c.post('/api/kaizen/ideen', idee());
    expect(r.status, r.body).toBe(201);
    // Gegenprobe zur anonymen Idee unten: ohne Anonymität hinterlässt die Person Spuren.
    expect(Object.keys(neu(vorher, await spuren(env.kontoIds.mitglied)))).toEqual(expect.arrayContaining(['kaizen_idee.eingereicht_von', 'audit_log.konto_id']));
    const d = (await c.get(`/api/kaizen/ideen/${r.json().id}`)).json();
    expect(d).toMatchObject({ status: 'neu', eingereichtVon: 'Test mitglied', anonym: false, verantwortlichId: null });
    const frist = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
    expect(d.entscheidenBis).toBe(frist);
  });

  it('anonym: die Konto-Kennung kommt danach in keiner Spalte irgendeiner Tabelle öfter vor als vorher', async () => {
    const c = await env.als('mitglied');
    const vorher = await spuren(env.kontoIds.mitglied);
    const r = await c.post('/api/kaizen/ideen', idee({ anonym: true, problem: 'Anonym: Die Kaffeemaschine blockiert den Fluchtweg.' }));
    expect(r.status, r.body).toBe(201);
    expect(neu(vorher, await spuren(env.kontoIds.mitglied))).toEqual({});
    // Auch Name und E-Mail der Person stehen nirgends neu.
    const name = await spuren('Test mitglied');
    const d = (await c.get(`/api/kaizen/ideen/${r.json().id}`)).json();
    expect(d).toMatchObject({ anonym: true, eingereichtVon: null });
    expect(d.verlauf).toEqual([expect.objectContaining({ nach: 'neu', wer: null })]);
    const audit = await env.db.k.selectFrom('audit_log').selectAll().where('objekt_id', '=', r.json().id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].konto_id).toBeNull();
    expect(JSON.stringify(audit[0].details)).not.toContain('Test');
    expect(name).toEqual(await spuren('Test mitglied'));
  });

  it('schlechte Eingaben: 400 auf Deutsch, nichts geschrieben; fremde Kommune: 403/404', async () => {
    const c = await env.als('mitglied');
    const zahl = async () => Number((await env.db.k.selectFrom('kaizen_idee').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const vorher = await zahl();
    const leer = await c.post('/api/kaizen/ideen', idee({ vorschlag: '  ' }));
    expect(leer.status).toBe(400);
    expect(leer.json().error.message).toMatch(/ungültig|Vorschlag/);
    expect((await c.post('/api/kaizen/ideen', idee({ einheitId: '00000000-0000-4000-8000-000000000000' }))).json().error.code).toBe('idee.einheit_unbekannt');
    expect([403, 404]).toContain((await c.post('/api/kaizen/ideen', idee({ kommuneId: KOMMUNE_B }))).status);
    expect(await zahl()).toBe(vorher);
  });

  it('die Einstellung „keine Namen“ macht jede Idee anonym und blendet Namen älterer Ideen aus', async () => {
    const admin = await env.als('admin');
    const c = await env.als('mitglied');
    const mitName = (await c.post('/api/kaizen/ideen', idee({ problem: 'Vor der Einstellung eingereicht.' }))).json().id;
    expect((await c.put(`/api/kaizen/kommunen/${KOMMUNE_A}/einstellungen`, { namenAus: true })).status).toBe(403);
    expect((await admin.put(`/api/kaizen/kommunen/${KOMMUNE_A}/einstellungen`, { namenAus: true, beschaeftigte: 420 })).json()).toEqual({ namenAus: true, beschaeftigte: 420 });
    const vorher = await spuren(env.kontoIds.mitglied);
    const id = (await c.post('/api/kaizen/ideen', idee({ problem: 'Nach der Einstellung eingereicht.' }))).json().id;
    expect(neu(vorher, await spuren(env.kontoIds.mitglied))).toEqual({});
    expect((await c.get(`/api/kaizen/ideen/${id}`)).json()).toMatchObject({ anonym: true, eingereichtVon: null });
    expect((await c.get(`/api/kaizen/ideen/${mitName}`)).json().eingereichtVon).toBeNull();
    await admin.put(`/api/kaizen/kommunen/${KOMMUNE_A}/einstellungen`, { namenAus: false });
    expect((await c.get(`/api/kaizen/ideen/${mitName}`)).json().eingereichtVon).toBe('Test mitglied');
  });
});

describe('Board, Verantwortung und Entscheidung', () => {
  let id: string;
  let einheit: string;
  beforeAll(async () => {
    const admin = await env.als('admin');
    const e = await admin.post(`/api/kaizen/kommunen/${KOMMUNE_A}/einheiten`, { name: 'Bürgerbüro', beschaeftigte: 12 });
    expect(e.status, e.body).toBe(201);
    einheit = e.json().id;
    id = (await (await env.als('mitglied')).post('/api/kaizen/ideen', idee({ einheitId: einheit, problem: 'Terminbuchung: doppelte Erfassung der Adresse.' }))).json().id;
  });

  it('Teamboard: nur Ideen der Organisationseinheit; doppelte Einheit 409', async () => {
    const c = await env.als('mitglied');
    const r = (await c.get(`/api/kaizen/ideen?kommuneId=${KOMMUNE_A}&einheitId=${einheit}`)).json();
    expect(r.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(r.items[0].einheitName).toBe('Bürgerbüro');
    expect((await (await env.als('admin')).post(`/api/kaizen/kommunen/${KOMMUNE_A}/einheiten`, { name: 'Bürgerbüro' })).json().error.code).toBe('idee.einheit_doppelt');
  });

  it('ohne Verantwortung entscheidet nur ein Admin; ein Mitglied übernimmt selbst, aber weist niemand anderen zu', async () => {
    const c = await env.als('mitglied');
    expect((await c.post(`/api/kaizen/ideen/${id}/status`, { status: 'in_pruefung' })).json().error.code).toBe('idee.entscheiden_nicht_erlaubt');
    expect((await c.put(`/api/kaizen/ideen/${id}/verantwortung`, { kontoId: env.kontoIds.admin })).status).toBe(403);
    const r = await c.put(`/api/kaizen/ideen/${id}/verantwortung`, { kontoId: env.kontoIds.mitglied });
    expect(r.status, r.body).toBe(200);
    expect(r.json()).toMatchObject({ verantwortlich: 'Test mitglied', moeglich: { entscheiden: true, statusZiele: ['in_pruefung', 'verworfen', 'zurueckgestellt'] } });
    expect((await (await env.als('admin')).put(`/api/kaizen/ideen/${id}/verantwortung`, { kontoId: env.kontoIds.fremd })).json().error.code).toBe('idee.kein_mitglied');
  });

  it('Verworfen ohne Grund und Zurückgestellt ohne Datum: 422, nichts geschrieben; mit Grund sichtbar im Verlauf', async () => {
    const c = await env.als('mitglied');
    const verlauf = async () => (await c.get(`/api/kaizen/ideen/${id}`)).json().verlauf.length;
    const vorher = await verlauf();
    const ohne = await c.post(`/api/kaizen/ideen/${id}/status`, { status: 'verworfen', grund: ' ' });
    expect(ohne.status).toBe(422);
    expect(ohne.json().error).toMatchObject({ code: 'idee.grund_fehlt' });
    expect(ohne.json().error.message).toMatch(/begründen/);
    expect((await c.post(`/api/kaizen/ideen/${id}/status`, { status: 'zurueckgestellt' })).json().error.code).toBe('idee.wiedervorlage_fehlt');
    expect((await c.post(`/api/kaizen/ideen/${id}/status`, { status: 'standard' })).status).toBe(409);
    expect(await verlauf()).toBe(vorher);
    expect((await c.post(`/api/kaizen/ideen/${id}/status`, { status: 'in_pruefung' })).json().status).toBe('in_pruefung');
    const v = await c.post(`/api/kaizen/ideen/${id}/status`, { status: 'verworfen', grund: 'Die Adresse kommt aus dem Melderegister; doppelt ist sie nur im Altverfahren.' });
    expect(v.json()).toMatchObject({ status: 'verworfen', grund: expect.stringMatching(/Melderegister/), moeglich: { statusZiele: [] } });
    expect(v.json().verlauf.at(-1)).toMatchObject({ von: 'in_pruefung', nach: 'verworfen', wer: 'Test mitglied' });
    const row = await env.db.k.selectFrom('kaizen_idee').select('entschieden_am').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.entschieden_am).not.toBeNull();
  });

  it('„Was steht an?“ zeigt der verantwortlichen Person die zu entscheidenden Ideen', async () => {
    const c = await env.als('mitglied');
    const neuId = (await c.post('/api/kaizen/ideen', idee({ problem: 'Formular Gewerbeanmeldung fragt die Steuernummer zweimal ab.' }))).json().id;
    await c.put(`/api/kaizen/ideen/${neuId}/verantwortung`, { kontoId: env.kontoIds.mitglied });
    const r = await c.get('/api/anstehend');
    expect(r.status, r.body).toBe(200);
    const punkte = JSON.stringify(r.json());
    expect(punkte).toContain(`/kaizen/ideen/${neuId}`);
    expect(punkte).not.toContain(`/kaizen/ideen/${id}`); // verworfen: nichts mehr zu entscheiden
  });
});

describe('Engpässe', () => {
  it('zeigt Ideen ohne Verantwortung seit 7 Tagen, mit verstrichener Frist und 30 Tage ohne Bewegung', async () => {
    const c = await env.als('mitglied');
    const anlegen = async (problem: string) => (await c.post('/api/kaizen/ideen', idee({ problem }))).json().id as string;
    const alt = await anlegen('Seit acht Tagen ohne Verantwortung.');
    const frist = await anlegen('Frist verstrichen.');
    const fest = await anlegen('Seit 40 Tagen im Test.');
    const frisch = await anlegen('Gerade eingereicht.');
    const tageVorher = (n: number) => new Date(Date.now() - n * 86_400_000);
    await env.db.k.updateTable('kaizen_idee').set({ erstellt_am: tageVorher(8) }).where('id', '=', alt).execute();
    await env.db.k.updateTable('kaizen_idee').set({ verantwortlich_id: env.kontoIds.admin, entscheiden_bis: tageVorher(1).toISOString().slice(0, 10) }).where('id', '=', frist).execute();
    await env.db.k.updateTable('kaizen_idee').set({ verantwortlich_id: env.kontoIds.admin, status: 'im_test', status_geaendert_am: tageVorher(40) }).where('id', '=', fest).execute();
    const r = (await c.get(`/api/kaizen/engpaesse?kommuneId=${KOMMUNE_A}`)).json();
    const gruende = Object.fromEntries(r.items.map((i: { id: string; gruende: string[] }) => [i.id, i.gruende]));
    expect(gruende[alt]).toEqual(['ohne_verantwortung']);
    expect(gruende[frist]).toEqual(['frist_ueberschritten']);
    expect(gruende[fest]).toEqual(['festgefahren']);
    expect(gruende[frisch]).toBeUndefined();
    expect((await (await env.als('transferstelle')).get(`/api/kaizen/engpaesse?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
  });
});
