import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../testing/fixtures.ts';
import { JRC_DATEI, jrcZuImportZeilen, leseJrc } from './loesungen.jrc.ts';
import { leseCsv } from './import/import.rules.ts';
import { SIEGEL_KRITERIEN } from './loesungen.schemas.ts';
import { importiereLoesungen, loeseHerkunftAuf } from './import/import.usecases.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const entwurf = {
  kommuneId: KOMMUNE_A,
  titel: 'Digitaler Rechnungsworkflow',
  zusammenfassung: 'Eingangsrechnungen werden elektronisch erfasst, geprüft und freigegeben.',
  problem: 'Papierrechnungen liefen wochenlang durch die Ämter, Skonto ging verloren.',
  ansatz: 'Ist-Aufnahme, Soll-Prozess, dann Automatisierung mit dem Finanzverfahren.',
  handlungsfeld: 'Verwaltungshandeln',
  tags: ['E-Rechnung', 'Workflow'],
  wirkungsstufe: 5,
  wirkungText: 'Durchlaufzeit von 21 auf 6 Tage gesunken.',
  kostenVon: 10000,
  kostenBis: 40000,
  links: [{ titel: 'Projektseite', url: 'https://example.org/rechnung' }],
};
const alleKriterien = SIEGEL_KRITERIEN.map((kriterium) => ({ kriterium, erfuellt: true, begruendung: 'Geprüft anhand der Berichte.' }));

const anzahl = async (where?: string) => {
  let q = env.db.k.selectFrom('loesung').select((eb) => eb.fn.countAll<number>().as('n'));
  if (where) q = q.where('external_id', 'like', where);
  return Number((await q.executeTakeFirstOrThrow()).n);
};

describe('Lösungen: Entwurf, Prüfung, Veröffentlichung, Siegel', () => {
  let id = '';

  it('legt einen Entwurf für die eigene Kommune an – nur als Mitglied dieser Kommune', async () => {
    expect((await (await env.als('anonym')).post('/api/loesungen', entwurf)).status).toBe(401);
    expect((await (await env.als('fremd')).post('/api/loesungen', entwurf)).status).toBe(403);
    expect((await (await env.als('transferstelle')).post('/api/loesungen', entwurf)).status).toBe(403);
    const unbekannt = await (await env.als('mitglied')).post('/api/loesungen', { ...entwurf, geheim: 1 });
    expect(unbekannt.status).toBe(400);
    expect(unbekannt.json().error.code).toBe('anfrage.ungueltig');
    const spanne = await (await env.als('mitglied')).post('/api/loesungen', { ...entwurf, kostenVon: 5, kostenBis: 1 });
    expect(spanne.status).toBe(400);
    const r = await (await env.als('mitglied')).post('/api/loesungen', entwurf);
    expect(r.status).toBe(201);
    expect(r.json()).toMatchObject({ status: 'entwurf', version: 1 });
    id = r.json().id;
  });

  it('zeigt den Entwurf nur der eigenen Kommune und der Transferstelle (andere Kommunen: 404)', async () => {
    for (const rolle of ['fremd', 'lotse-fremd'] as const) {
      const r = await (await env.als(rolle)).get(`/api/loesungen/${id}`);
      expect(r.status, rolle).toBe(404);
      expect(r.json().error.code).toBe('loesung.nicht_gefunden');
    }
    // Not signed in: 401. The Lotse of the region may read the Kommune's needs, but not its drafts: 403.
    expect((await (await env.als('anonym')).get(`/api/loesungen/${id}`)).status).toBe(401);
    expect((await (await env.als('lotse')).get(`/api/loesungen/${id}`)).json().error.code).toBe('zugriff.verweigert');
    for (const rolle of ['mitglied', 'admin', 'transferstelle'] as const) expect((await (await env.als(rolle)).get(`/api/loesungen/${id}`)).status, rolle).toBe(200);
    const d = (await (await env.als('mitglied')).get(`/api/loesungen/${id}`)).json();
    expect(d).toMatchObject({ status: 'entwurf', titel: entwurf.titel, wirkungsstufe: 5, wirkungsstufeLabel: 'Zielgruppen ändern ihr Handeln', darfBearbeiten: true });
    expect(d.herkunft).toMatchObject({ kommuneId: KOMMUNE_A, land: 'HE', groessenklasse: 4 });
    expect((await (await env.als('anonym')).get('/api/loesungen')).json().total).toBe(0);
    expect((await (await env.als('anonym')).get('/api/loesungen/nicht-uuid')).status).toBe(400);
    const eigene = await (await env.als('mitglied')).get(`/api/loesungen/eigene?kommuneId=${KOMMUNE_A}`);
    expect(eigene.json().items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await (await env.als('fremd')).get(`/api/loesungen/eigene?kommuneId=${KOMMUNE_A}`)).status).toBe(403);
  });

  it('versioniert jede Änderung mit Autor*in und Zeit', async () => {
    const m = await env.als('mitglied');
    const r = await m.patch(`/api/loesungen/${id}`, { zusammenfassung: 'Rechnungen laufen digital vom Eingang bis zur Zahlung.', kommentar: 'Kürzer gefasst' });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ version: 2 });
    expect((await m.patch(`/api/loesungen/${id}`, {})).json().error.code).toBe('loesung.keine_aenderung');
    expect((await (await env.als('fremd')).patch(`/api/loesungen/${id}`, { titel: 'X' })).status).toBe(404);
    expect((await (await env.als('transferstelle')).patch(`/api/loesungen/${id}`, { titel: 'X' })).status).toBe(403);
    const d = (await m.get(`/api/loesungen/${id}`)).json();
    expect(d.versionen.map((v: { version: number; autor: string; kommentar: string }) => [v.version, v.autor, v.kommentar])).toEqual([
      [2, 'Test mitglied', 'Kürzer gefasst'],
      [1, 'Test mitglied', 'Entwurf angelegt'],
    ]);
    const v2 = await env.db.k.selectFrom('loesung_version').select('daten').where('loesung_id', '=', id).where('version', '=', 2).executeTakeFirstOrThrow();
    expect((v2.daten as { zusammenfassung: string }).zusammenfassung).toMatch(/digital vom Eingang/);
  });

  it('reicht ein; die Transferstelle weist begründet zurück oder veröffentlicht', async () => {
    const m = await env.als('mitglied');
    const t = await env.als('transferstelle');
    expect((await t.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'veroeffentlichen' })).json().error.code).toBe('loesung.status_ungueltig');
    expect((await m.post(`/api/loesungen/${id}/einreichen`)).json()).toMatchObject({ status: 'eingereicht' });
    expect((await m.post(`/api/loesungen/${id}/einreichen`)).status).toBe(409);
    expect((await m.patch(`/api/loesungen/${id}`, { titel: 'Neu' })).json().error.code).toBe('loesung.nicht_bearbeitbar');
    expect((await m.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'veroeffentlichen' })).status).toBe(403);
    expect((await t.get('/api/loesungen/pruefung')).json().eingereicht.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await m.get('/api/loesungen/pruefung')).status).toBe(403);
    const ohne = await t.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'zurueckweisen' });
    expect(ohne.status).toBe(422);
    expect(ohne.json().error.code).toBe('pruefung.begruendung_fehlt');
    expect((await t.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'zurueckweisen', kommentar: 'Bitte Kosten belegen.' })).json().status).toBe('zurueckgewiesen');
    expect((await m.get(`/api/loesungen/${id}`)).json().pruefungKommentar).toBe('Bitte Kosten belegen.');
    expect((await m.patch(`/api/loesungen/${id}`, { wirkungQuellen: [{ titel: 'Evaluationsbericht 2023' }] })).json().version).toBe(3);
    expect((await m.post(`/api/loesungen/${id}/einreichen`)).json().status).toBe('eingereicht');
    expect((await t.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'veroeffentlichen', kommentar: '' })).json().status).toBe('veroeffentlicht');
    const d = (await (await env.als('anonym')).get(`/api/loesungen/${id}`)).json();
    expect(d).toMatchObject({ status: 'veroeffentlicht', version: 3, darfBearbeiten: false, siegel: null, nutzendeKommunen: 1 });
    expect(d.pruefungKommentar).toBeUndefined();
    expect(d.versionen[0].autor).toBeNull(); // no staff names for the public
  });

  it('filtert den öffentlichen Katalog', async () => {
    const a = await env.als('anonym');
    const ids = async (qs: string) => (await a.get(`/api/loesungen?${qs}`)).json().items.map((i: { id: string }) => i.id);
    expect(await ids('')).toEqual([id]);
    expect(await ids('handlungsfeld=Verwaltungshandeln&land=HE&groessenklasse=4&wirkungsstufe=5&siegel=false')).toEqual([id]);
    expect(await ids('land=06')).toEqual([id]);
    expect(await ids('land=BY')).toEqual([]);
    expect(await ids('wirkungsstufe=6')).toEqual([]);
    expect(await ids('groessenklasse=3')).toEqual([]);
    expect(await ids('siegel=true')).toEqual([]);
    expect(await ids('q=rechnungsworkflow')).toEqual([id]);
    expect(await ids('q=E-Rechnung%20Giessen')).toEqual([id]);
    expect(await ids('q=Knöllchen')).toEqual([]);
    expect(await ids(`ids=${id},00000000-0000-4000-8000-000000000000`)).toEqual([id]);
    expect((await a.get('/api/loesungen?ids=abc')).status).toBe(400);
    expect((await a.get('/api/loesungen?handlungsfeld=Sport')).status).toBe(400);
    expect((await a.get('/api/loesungen?unbekannt=1')).status).toBe(400);
    // A real description as search text (issue 9, item 8): up to 2,000 characters; beyond that a field error.
    const beschreibung = 'Wir möchten Eingangsrechnungen digital prüfen und freigeben. '.repeat(40).slice(0, 2000);
    expect((await a.get(`/api/loesungen?q=${encodeURIComponent(beschreibung)}`)).status).toBe(200);
    const zuLang = await a.get(`/api/loesungen?q=${encodeURIComponent(`${beschreibung}x`)}`);
    expect(zuLang.status).toBe(400);
    expect(zuLang.json().error.details).toEqual([expect.objectContaining({ pfad: '/q', meldung: 'Der Suchtext darf höchstens 2.000 Zeichen lang sein.' })]);
    const karte = (await a.get('/api/loesungen')).json().items[0];
    expect(karte).toMatchObject({ titel: entwurf.titel, siegel: false, nutzungen: 0, herkunft: { name: 'Gießen, Universitätsstadt', land: 'HE' } });
  });

  it('vergibt das Siegel erst bei zwei nutzenden Kommunen und erfüllten Kriterien', async () => {
    const t = await env.als('transferstelle');
    const zuWenig = await t.put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien });
    expect(zuWenig.status).toBe(422);
    expect(zuWenig.json().error.code).toBe('siegel.zu_wenige_kommunen');
    expect((await (await env.als('mitglied')).put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien })).status).toBe(403);

    // Adoption: a member of the adopting Kommune reports it (not for other Kommunen, not the origin itself).
    expect((await (await env.als('mitglied')).post(`/api/loesungen/${id}/nutzungen`, { kommuneId: KOMMUNE_B })).status).toBe(403);
    expect((await (await env.als('mitglied')).post(`/api/loesungen/${id}/nutzungen`, { kommuneId: KOMMUNE_A })).json().error.code).toBe('nutzung.herkunft');
    const n = await (await env.als('fremd')).post(`/api/loesungen/${id}/nutzungen`, { kommuneId: KOMMUNE_B, seit: '2024-03-01', bericht: 'Läuft seit einem Jahr.' });
    expect(n.status).toBe(201);
    expect(n.json().nutzendeKommunen).toBe(2);

    const teil = await t.put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien.map((k) => (k.kriterium === 'innovativ' ? { ...k, erfuellt: false } : k)) });
    expect(teil.json().error.code).toBe('siegel.kriterien_nicht_erfuellt');
    expect(teil.json().error.details).toEqual([{ kriterium: 'innovativ', meldung: 'Kriterium ist nicht erfüllt.' }]);
    expect((await t.put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien.slice(0, 3) })).json().error.details).toEqual([{ kriterium: 'nachhaltig', meldung: 'Kriterium fehlt.' }]);
    const ok = await t.put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ siegel: true, nutzendeKommunen: 2 });

    const d = (await (await env.als('anonym')).get(`/api/loesungen/${id}`)).json();
    expect(d.siegel.kriterien).toHaveLength(4);
    expect(d.nutzungen).toEqual([{ kommuneId: KOMMUNE_B, name: 'München, Landeshauptstadt', land: 'BY', groessenklasse: 1, seit: '2024-03-01', bericht: 'Läuft seit einem Jahr.' }]);
    const liste = (await (await env.als('anonym')).get('/api/loesungen?siegel=true')).json();
    expect(liste.items[0]).toMatchObject({ id, siegel: true, nutzungen: 1 });
  });

  it('nimmt eine Lösung mit Begründung aus dem Katalog (nur Transferstelle)', async () => {
    const t = await env.als('transferstelle');
    const tmp = await (await env.als('mitglied')).post('/api/loesungen', { ...entwurf, titel: 'Veraltet' });
    const tid = tmp.json().id;
    expect((await (await env.als('mitglied')).post(`/api/loesungen/${tid}/archivieren`, { kommentar: 'alt' })).status).toBe(403);
    expect((await t.post(`/api/loesungen/${tid}/archivieren`, { kommentar: '' })).status).toBe(400);
    expect((await t.post(`/api/loesungen/${tid}/archivieren`, { kommentar: 'Doppelt erfasst.' })).json().status).toBe('archiviert');
    expect((await t.post(`/api/loesungen/${tid}/archivieren`, { kommentar: 'Doppelt erfasst.' })).status).toBe(409);
    expect((await (await env.als('mitglied')).patch(`/api/loesungen/${tid}`, { titel: 'X' })).json().error.code).toBe('loesung.nicht_bearbeitbar');
    // archived: no longer public (anonymous visitors are asked to sign in, like for any non-public row)
    expect((await (await env.als('anonym')).get(`/api/loesungen/${tid}`)).status).toBe(401);
  });

  it('schreibt alles ins Audit-Log der betroffenen Kommunen', async () => {
    const a = (await (await env.als('admin')).get(`/api/kommunen/${KOMMUNE_A}/audit?limit=50`)).json();
    expect(a.items.filter((i: { objektTyp: string }) => i.objektTyp === 'loesung').map((i: { aktion: string }) => i.aktion).reverse()).toEqual([
      'loesung.angelegt', 'loesung.geaendert', 'loesung.eingereicht', 'loesung.zurueckgewiesen', 'loesung.geaendert', 'loesung.eingereicht',
      'loesung.veroeffentlicht', 'loesung.siegel_vergeben', 'loesung.angelegt', 'loesung.archiviert',
    ]);
    const b = (await (await env.als('fremd')).get(`/api/kommunen/${KOMMUNE_B}/audit`)).json();
    expect(b.items.map((i: { aktion: string }) => i.aktion)).toContain('loesung.nutzung_gemeldet');
  });
});

describe('Lösungen: Import und Export', () => {
  const bench = [
    { externalId: 'T001', title: 'Bürgerbus', summary: 'Ehrenamtlicher Bürgerbus.', problem: 'Kein ÖPNV am Abend.', handlungsfeld: 'Verkehr & Mobilität', tags: ['ÖPNV'], evidenceStep: 4, originName: 'Lich' },
    { externalId: 'T002', title: 'Glasfaser-Koordination', summary: 'Kreisweite Koordination.', problem: 'Weiße Flecken.', origin: '06531', language: 'de' },
    { externalId: 'T003', title: 'Knöllchen-App', summary: 'Verwarnungsgeld digital.', problem: 'Papierzettel.', origin: 'Gießen' },
    { externalId: 'T004', title: 'Stadtwerke-Idee', summary: 'S.', problem: 'P.', origin: 'Gemeinde Nirgendwo' },
  ];

  it('lässt nur Transferstelle und Plattform-Admin importieren', async () => {
    expect((await (await env.als('mitglied')).post('/api/loesungen/import', bench)).status).toBe(403);
    expect((await (await env.als('lotse')).post('/api/loesungen/import', bench)).status).toBe(403);
    expect((await (await env.als('anonym')).post('/api/loesungen/import', bench)).status).toBe(401);
  });

  it('importiert JSON, löst die Herkunft auf und meldet nicht gefundene', async () => {
    const r = await (await env.als('transferstelle')).post('/api/loesungen/import', bench);
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ gesamt: 4, neu: 4, aktualisiert: 0, unveraendert: 0, herkunftNichtAufgeloest: [{ zeile: 4, externalId: 'T004', origin: 'Gemeinde Nirgendwo' }] });
    const rows = await env.db.k.selectFrom('loesung').select(['external_id', 'kommune_id', 'herkunft_text', 'status', 'version']).where('external_id', 'like', 'T%').orderBy('external_id').execute();
    expect(rows.map((x) => [x.external_id, x.kommune_id, x.herkunft_text, x.status])).toEqual([
      ['T001', '065310011011', null, 'veroeffentlicht'],
      ['T002', '065310000000', null, 'veroeffentlicht'],
      ['T003', '065310005005', null, 'veroeffentlicht'],
      ['T004', null, 'Gemeinde Nirgendwo', 'veroeffentlicht'],
    ]);
    // Upsert: unchanged rows stay, changed rows get a new version.
    const again = await (await env.als('plattform-admin')).post('/api/loesungen/import', bench.map((b) => (b.externalId === 'T001' ? { ...b, summary: 'Neu gefasst.' } : b)));
    expect(again.json()).toMatchObject({ neu: 0, aktualisiert: 1, unveraendert: 3 });
    const t1 = await env.db.k.selectFrom('loesung').select(['version', 'zusammenfassung']).where('external_id', '=', 'T001').executeTakeFirstOrThrow();
    expect(t1).toEqual({ version: 2, zusammenfassung: 'Neu gefasst.' });
  });

  it('löst Namen, AGS und ARS auf; Mehrdeutiges bleibt offen', async () => {
    const m = await loeseHerkunftAuf(env.db.k, ['Lich', 'Landkreis Gießen', 'Stadt Gießen', '06531005', '091620000000', 'muenchen', 'München, Landeshauptstadt', 'Hessen', 'Atlantis']);
    expect(Object.fromEntries(m)).toEqual({
      Lich: '065310011011',
      'Landkreis Gießen': '065310000000',
      'Stadt Gießen': '065310005005',
      '06531005': '065310005005',
      '091620000000': '091620000000',
      muenchen: null, // lotse_norm keeps "ü" → "u", so "muenchen" is not "munchen"
      'München, Landeshauptstadt': '091620000000',
      Hessen: '060000000000',
      Atlantis: null,
    });
  });

  it('importiert nichts, wenn eine Zeile ungültig ist, und nennt Zeile und Feld', async () => {
    const vorher = await anzahl();
    const r = await (await env.als('transferstelle')).post('/api/loesungen/import', [...bench, { externalId: 'T005', title: 'Ohne Problem', summary: 'S' }]);
    expect(r.status).toBe(422);
    expect(r.json().error.code).toBe('import.ungueltig');
    expect(r.json().error.details).toEqual([{ zeile: 5, feld: 'problem', meldung: expect.any(String) }]);
    expect(await anzahl()).toBe(vorher);
  });

  it('importiert CSV mit mehrzeiligen Feldern', async () => {
    const csv = 'externalId,title,summary,problem,tags,evidenceStep,origin\nC1,"Mehrzeilig","Erste Zeile\nzweite Zeile",P,"a;b",2,Lich\n';
    const r = await (await env.als('transferstelle')).post('/api/loesungen/import', { format: 'csv', daten: csv });
    expect(r.status).toBe(200);
    const c1 = await env.db.k.selectFrom('loesung').select(['zusammenfassung', 'tags', 'wirkungsstufe']).where('external_id', '=', 'C1').executeTakeFirstOrThrow();
    expect(c1).toEqual({ zusammenfassung: 'Erste Zeile\nzweite Zeile', tags: ['a', 'b'], wirkungsstufe: 2 });
    const kaputt = await (await env.als('transferstelle')).post('/api/loesungen/import', { format: 'csv', daten: 'externalId,title\n"offen,T\n' });
    expect(kaputt.json().error.code).toBe('import.csv_ungueltig');
  });

  it('importiert alle 853 JRC-Fälle (englisch) über die API – und bei einer fehlerhaften Zeile keinen', async () => {
    const zeilen = leseJrc();
    expect(zeilen).toHaveLength(853);
    const kaputt = zeilen.map((z, i) => (i === 499 ? { ...z, evidenceStep: 12 } : z));
    const abgelehnt = await (await env.als('transferstelle')).post('/api/loesungen/import', kaputt);
    expect(abgelehnt.status).toBe(422);
    expect(abgelehnt.json().error.details).toEqual([{ zeile: 500, feld: 'evidenceStep', meldung: expect.any(String) }]);
    expect(await anzahl('jrc-%')).toBe(0);

    const r = await (await env.als('transferstelle')).post('/api/loesungen/import', zeilen);
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ gesamt: 853, neu: 853 });
    expect(await anzahl('jrc-%')).toBe(853);
    const en = (await (await env.als('anonym')).get('/api/loesungen?sprache=en&limit=1')).json();
    expect(en.total).toBe(853);
    const felder = await env.db.k.selectFrom('loesung').select(['handlungsfeld']).where('external_id', 'like', 'jrc-%').where('handlungsfeld', 'is', null).execute();
    expect(felder).toHaveLength(0);
  });

  it('bricht bei einer fehlerhaften Zeile in der JRC-CSV-Datei ab (Service, CSV-Text)', async () => {
    const rows = leseCsv(fs.readFileSync(JRC_DATEI, 'utf8'));
    rows[10] = { ...rows[10], name: '' };
    const vorher = await anzahl();
    await expect(importiereLoesungen(env.db, jrcZuImportZeilen(rows), { kontoId: null, quelle: 'cli' })).rejects.toMatchObject({ code: 'import.ungueltig', details: [{ zeile: 11, feld: 'title' }] });
    expect(await anzahl()).toBe(vorher);
  });

  it('exportiert den veröffentlichten Katalog als JSON und CSV (wieder importierbar)', async () => {
    const a = await env.als('anonym');
    const json = await a.get('/api/loesungen/export?format=json');
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toMatch(/application\/json/);
    const liste = json.json() as { externalId: string; origin?: string; language: string }[];
    const veroeffentlicht = Number((await env.db.k.selectFrom('loesung').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'veroeffentlicht').executeTakeFirstOrThrow()).n);
    expect(liste).toHaveLength(veroeffentlicht);
    expect(liste.find((z) => z.externalId === 'T001')).toMatchObject({ origin: '065310011011', language: 'de' });
    const csv = await a.get('/api/loesungen/export?format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="lotse-loesungen-.*\.csv"/);
    // Round trip: the export imports again without changes.
    const r = await (await env.als('transferstelle')).post('/api/loesungen/import', { format: 'csv', daten: csv.body });
    expect(r.status, r.body.slice(0, 500)).toBe(200);
    expect(r.json()).toMatchObject({ gesamt: veroeffentlicht, neu: 0, aktualisiert: 0, unveraendert: veroeffentlicht });
  });
});
