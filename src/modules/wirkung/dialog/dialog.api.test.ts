import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const zaehle = async (tabelle: string) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabelle)}`.execute(env.db.k)).rows[0]!.n);
const stand = async () => [await zaehle('wirkungsdialog'), await zaehle('wirkungsdialog_teilnahme'), await zaehle('wirkungsdialog_eintrag'), await zaehle('bedarf')];

/** Ziel mit einem Indikator je Stadtteil (Süd weicht ab) und einem Gegenindikator, der sich verschlechtert. */
async function baue() {
  const c = await env.als('mitglied');
  const ziel = (await c.post('/api/wirkung/ziele', { kommuneId: KOMMUNE_A, aussage: 'Alle Kinder können am Ende der Grundschule schwimmen', stufe: 6, iooi: 'impact' })).json().id as string;
  const abbrueche = (await c.post('/api/wirkung/indikatoren', { kommuneId: KOMMUNE_A, name: 'Kursabbrüche', einheit: '%', richtung: 'niedrig', rba: 'wie_gut', rhythmus: 'jaehrlich' })).json().id as string;
  const r = await c.post('/api/wirkung/indikatoren', { kommuneId: KOMMUNE_A, name: 'Schwimmfähige Kinder', einheit: '%', richtung: 'hoch', rba: 'besser_gestellt', rhythmus: 'jaehrlich', zielId: ziel, stufe: 6, gegenindikatorId: abbrueche });
  expect(r.status, r.body).toBe(201);
  const schwimmen = r.json().id as string;
  for (const w of [
    { jahr: 2023, wert: 50, stadtteil: 'Nord' }, { jahr: 2023, wert: 55, stadtteil: 'Mitte' }, { jahr: 2023, wert: 52, stadtteil: 'Süd' },
    { jahr: 2024, wert: 62, stadtteil: 'Nord' }, { jahr: 2024, wert: 60, stadtteil: 'Mitte' }, { jahr: 2024, wert: 40, stadtteil: 'Süd' },
  ]) expect((await c.post(`/api/wirkung/indikatoren/${schwimmen}/werte`, w)).status).toBe(201);
  // Gesamtmittel 2023 → 2024: 52,3 → 54 (besser); Abbrüche 8 → 12 (schlechter) → Gegenindikator-Hinweis
  for (const w of [{ jahr: 2023, wert: 8 }, { jahr: 2024, wert: 12 }]) await c.post(`/api/wirkung/indikatoren/${abbrueche}/werte`, w);
  return { c, ziel, schwimmen, abbrueche };
}

describe('Wirkungsdialog', () => {
  it('legt einen Dialog zu einem Ziel an: Rollen, Leitfragen, Ausreißer als Gesprächspunkte; Hypothese wird in einem Schritt zum Bedarf; Tagesordnung und Protokoll als PDF', async () => {
    const { c, ziel, schwimmen } = await baue();
    const r = await c.post('/api/wirkung/dialoge', {
      kommuneId: KOMMUNE_A, titel: 'Schwimmen lernen – wo stehen wir?', datum: '2026-11-20', ort: 'Rathaus, Raum 12', zielId: ziel,
      teilnehmende: [{ name: 'Frau Demir', rolle: 'verwaltung' }, { rolle: 'politik' }, { name: 'DLRG Ortsgruppe', rolle: 'traeger' }, { rolle: 'zivilgesellschaft' }],
    });
    expect(r.status, r.body).toBe(201);
    const id = r.json().id as string;
    const d = (await c.get(`/api/wirkung/dialoge/${id}`)).json();
    expect(d).toMatchObject({ titel: 'Schwimmen lernen – wo stehen wir?', datum: '2026-11-20', ort: 'Rathaus, Raum 12', ziel: { id: ziel }, darfSchreiben: true });
    expect(d.teilnehmende.map((t: { name: string; rolle: string }) => [t.rolle, t.name])).toEqual([['verwaltung', 'Frau Demir'], ['politik', ''], ['traeger', 'DLRG Ortsgruppe'], ['zivilgesellschaft', '']]);
    expect(d.leitfragen.map((l: { id: string }) => l.id)).toEqual(['ueberrascht', 'deutung', 'unterschiede', 'hypothesen']);
    const punkte = d.eintraege.filter((e: { art: string }) => e.art === 'gespraechspunkt');
    expect(punkte.map((p: { herkunft: string; indikatorId: string }) => [p.herkunft, p.indikatorId])).toEqual([['stadtteil', schwimmen], ['gegenindikator', schwimmen]]);
    expect(punkte[0].text).toBe('Schwimmfähige Kinder: Süd liegt 2024 mit 40 % um 33 % unter dem Median der Stadtteile (60 %).');
    expect(punkte[1].text).toMatch(/Gegenindikator „Kursabbrüche“/);

    const antwortOhneFrage = await c.post(`/api/wirkung/dialoge/${id}/eintraege`, { art: 'antwort', text: 'Süd fällt ab.' });
    expect([antwortOhneFrage.status, antwortOhneFrage.json().error.code]).toEqual([422, 'wirkungsdialog.leitfrage_fehlt']);
    expect((await c.post(`/api/wirkung/dialoge/${id}/eintraege`, { art: 'antwort', leitfrage: 'unterschiede', text: 'In Süd fehlt seit 2023 die Busverbindung zum Hallenbad.' })).status).toBe(201);
    const h = await c.post(`/api/wirkung/dialoge/${id}/eintraege`, { art: 'hypothese', leitfrage: 'hypothesen', text: 'Ein Schulbus zum Hallenbad würde die Quote in Süd heben.' });
    expect(h.status, h.body).toBe(201);
    const entscheidung = (await c.post(`/api/wirkung/dialoge/${id}/eintraege`, { art: 'entscheidung', text: 'Busverbindung für das Schuljahr 2027/28 prüfen.' })).json().id as string;
    expect((await c.post(`/api/wirkung/dialoge/${id}/eintraege`, { art: 'aufgabe', text: 'Angebot beim Verkehrsverbund einholen', verantwortlich: 'Schulverwaltungsamt', faellig: '2027-01-31' })).status).toBe(201);

    const b = await c.post(`/api/wirkung/dialoge/${id}/eintraege/${h.json().id}/bedarf`, {});
    expect(b.status, b.body).toBe(201);
    const bedarf = await env.db.k.selectFrom('bedarf').select(['kommune_id', 'titel', 'beschreibung', 'status', 'dringlichkeit']).where('id', '=', b.json().bedarfId).executeTakeFirstOrThrow();
    expect(bedarf).toEqual({ kommune_id: KOMMUNE_A, titel: 'Ein Schulbus zum Hallenbad würde die Quote in Süd heben.', beschreibung: 'Hypothese aus dem Wirkungsdialog „Schwimmen lernen – wo stehen wir?“ vom 20.11.2026: Ein Schulbus zum Hallenbad würde die Quote in Süd heben.', status: 'neu', dringlichkeit: 'mittel' });
    const nochmal = await c.post(`/api/wirkung/dialoge/${id}/eintraege/${h.json().id}/bedarf`, {});
    expect([nochmal.status, nochmal.json().error.code]).toEqual([409, 'wirkungsdialog.schon_bedarf']);
    const keine = await c.post(`/api/wirkung/dialoge/${id}/eintraege/${entscheidung}/bedarf`, {});
    expect([keine.status, keine.json().error.code]).toEqual([422, 'wirkungsdialog.keine_hypothese']);

    const nachher = (await c.get(`/api/wirkung/dialoge/${id}`)).json();
    expect(nachher.eintraege.find((e: { id: string }) => e.id === h.json().id).bedarfId).toBe(b.json().bedarfId);
    const liste = (await c.get(`/api/wirkung/dialoge?kommuneId=${KOMMUNE_A}`)).json();
    expect(liste.items.find((x: { id: string }) => x.id === id)).toMatchObject({ teilnehmende: 4, hypothesen: 1, ziel: { id: ziel } });
    const audit = await env.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', id).execute();
    expect(audit.map((a) => a.aktion).sort()).toEqual(['wirkungsdialog.angelegt', 'wirkungsdialog.eintrag', 'wirkungsdialog.eintrag', 'wirkungsdialog.eintrag', 'wirkungsdialog.eintrag', 'wirkungsdialog.hypothese_zu_bedarf']);

    for (const pdf of ['tagesordnung.pdf', 'protokoll.pdf']) {
      const p = await c.get(`/api/wirkung/dialoge/${id}/${pdf}`);
      expect(p.status).toBe(200);
      expect(p.headers['content-type']).toMatch(/application\/pdf/);
      expect(p.body.slice(0, 5)).toBe('%PDF-');
      expect(p.body).toMatch(/\/StructTreeRoot/);
    }
  });

  it('nimmt auch eine Auswahl eigener Indikatoren als Gegenstand; ohne Gegenstand, mit fremdem Ziel oder Indikator, ohne Rolle: 4xx und nichts geschrieben', async () => {
    const { c, abbrueche, schwimmen } = await baue();
    const ok = await c.post('/api/wirkung/dialoge', { kommuneId: KOMMUNE_A, titel: 'Kurse', datum: '2026-12-01', indikatorIds: [abbrueche], teilnehmende: [{ rolle: 'traeger' }] });
    expect(ok.status, ok.body).toBe(201);
    expect((await c.get(`/api/wirkung/dialoge/${ok.json().id}`)).json().indikatoren).toEqual([{ id: abbrueche, name: 'Kursabbrüche' }]);
    // Ein Indikatorensatz ohne Ziel bekommt dieselben vorausgewählten Gesprächspunkte (Stadtteil, Gegenindikator);
    // das Paar ist in beide Richtungen verknüpft, also trägt hier auch „Kursabbrüche“ den Hinweis.
    const satz = await c.post('/api/wirkung/dialoge', { kommuneId: KOMMUNE_A, titel: 'Schwimmen ohne Ziel', datum: '2026-12-01', indikatorIds: [schwimmen, abbrueche], teilnehmende: [{ rolle: 'verwaltung' }] });
    expect(satz.status, satz.body).toBe(201);
    const satzDetail = (await c.get(`/api/wirkung/dialoge/${satz.json().id}`)).json();
    expect(satzDetail.ziel).toBeNull();
    expect(satzDetail.eintraege.filter((e: { herkunft: string }) => e.herkunft !== 'referenz').map((e: { herkunft: string; indikatorId: string }) => [e.herkunft, e.indikatorId]))
      .toEqual([['gegenindikator', abbrueche], ['stadtteil', schwimmen], ['gegenindikator', schwimmen]]);
    const inListe = (await c.get(`/api/wirkung/dialoge?kommuneId=${KOMMUNE_A}`)).json().items;
    expect(inListe.find((x: { id: string }) => x.id === satz.json().id)).toMatchObject({ ziel: null, indikatoren: 2 });
    expect(inListe.find((x: { id: string }) => x.id === ok.json().id)).toMatchObject({ ziel: null, indikatoren: 1 });

    const vorher = await stand();
    const basis = { kommuneId: KOMMUNE_A, titel: 'x', datum: '2026-12-01', teilnehmende: [{ rolle: 'politik' }] };
    const ohne = await c.post('/api/wirkung/dialoge', basis);
    expect([ohne.status, ohne.json().error.code]).toEqual([422, 'wirkungsdialog.ohne_gegenstand']);
    const fremdesZiel = (await env.db.k.insertInto('wirkungsziel').values({ kommune_id: KOMMUNE_B, aussage: 'Münchner Ziel', stufe: 3, iooi: 'output' }).returning('id').executeTakeFirstOrThrow()).id;
    const quer = await c.post('/api/wirkung/dialoge', { ...basis, zielId: fremdesZiel });
    expect([quer.status, quer.json().error.code]).toEqual([422, 'wirkungsdialog.ziel_unbekannt']);
    const fremderInd = (await env.db.k.insertInto('eigener_indikator').values({ kommune_id: KOMMUNE_B, name: 'Münchner Indikator', richtung: 'hoch', rba: 'wie_viel', rhythmus: 'jaehrlich' }).returning('id').executeTakeFirstOrThrow()).id;
    const querInd = await c.post('/api/wirkung/dialoge', { ...basis, indikatorIds: [abbrueche, fremderInd] });
    expect([querInd.status, querInd.json().error.code, querInd.json().error.message]).toEqual([422, 'wirkungsdialog.indikator_unbekannt', 'Indikator 2: Dieser Indikator gehört nicht zu dieser Kommune.']);
    const ohneRolle = await c.post('/api/wirkung/dialoge', { ...basis, indikatorIds: [abbrueche], teilnehmende: [{ name: 'Herr Weber' }] });
    expect(ohneRolle.status).toBe(400);
    expect(ohneRolle.body).toMatch(/Rolle/);
    const keiner = await c.post('/api/wirkung/dialoge', { ...basis, indikatorIds: [abbrueche], teilnehmende: [] });
    expect(keiner.status).toBe(400);
    const jahr3000 = await c.post('/api/wirkung/dialoge', { ...basis, indikatorIds: [abbrueche], datum: '3000-01-01' });
    expect(jahr3000.status).toBe(400);
    expect(jahr3000.body).toMatch(/Datum/);
    expect(await stand()).toEqual(vorher);
  });

  it('lässt andere Kommunen weder lesen noch schreiben', async () => {
    const { c, ziel } = await baue();
    const id = (await c.post('/api/wirkung/dialoge', { kommuneId: KOMMUNE_A, titel: 'Intern', datum: '2026-12-01', zielId: ziel, teilnehmende: [{ rolle: 'verwaltung' }] })).json().id as string;
    const h = (await c.post(`/api/wirkung/dialoge/${id}/eintraege`, { art: 'hypothese', text: 'Vermutung' })).json().id as string;
    const fremd = await env.als('fremd');
    const vorher = await stand();
    expect((await fremd.get(`/api/wirkung/dialoge?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
    expect((await fremd.get(`/api/wirkung/dialoge/${id}`)).status).toBe(404);
    expect((await fremd.get(`/api/wirkung/dialoge/${id}/protokoll.pdf`)).status).toBe(404);
    expect((await fremd.post(`/api/wirkung/dialoge/${id}/eintraege`, { art: 'entscheidung', text: 'fremd' })).status).toBe(404);
    expect((await fremd.post(`/api/wirkung/dialoge/${id}/eintraege/${h}/bedarf`, {})).status).toBe(404);
    expect((await fremd.post('/api/wirkung/dialoge', { kommuneId: KOMMUNE_A, titel: 'x', datum: '2026-12-01', zielId: ziel, teilnehmende: [{ rolle: 'politik' }] })).status).toBe(403);
    expect(await stand()).toEqual(vorher);
  });
});
