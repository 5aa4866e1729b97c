import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../testing/fixtures.ts';
import { SIEGEL_KRITERIEN } from './loesungen.schemas.ts';

/**
 * Finding 4 of "Trust before growth": a Kommune changed a published (even sealed) solution with
 * PATCH and the new text went live at once. Changes to a published solution are a revision
 * (Überarbeitung) that the Transferstelle reviews; until then everybody else sees the approved version.
 */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const PHISHING = 'https://login-giessen.example.net/konto-bestaetigen';
const alleKriterien = SIEGEL_KRITERIEN.map((kriterium) => ({ kriterium, erfuellt: true, begruendung: 'Geprüft anhand der Berichte.' }));

async function suche(text: string): Promise<string[]> {
  const r = await (await env.als('anonym')).post('/api/matching', { text, limit: 50 });
  expect(r.status, r.body).toBe(200);
  return r.json<{ id: string }[]>().map((x) => x.id);
}
const inWarteschlange = async (id: string) =>
  (await sql<{ n: number }>`select count(*)::int as n from matching_warteschlange where loesung_id = ${id}`.execute(env.db.k)).rows[0].n;
const auditAktionen = async (id: string) =>
  (await env.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', id).where('kommune_id', '=', KOMMUNE_A).orderBy('id').execute()).map((r) => r.aktion);

/** A published solution of Gießen with the seal (two Kommunen use it). */
async function veroeffentlichteLoesungMitSiegel(titel: string) {
  const m = await env.als('mitglied');
  const t = await env.als('transferstelle');
  const r = await m.post('/api/loesungen', {
    kommuneId: KOMMUNE_A,
    titel,
    zusammenfassung: 'Bürgerinnen melden Schlaglöcher und Schäden am Radweg mit Foto und Ort.',
    problem: 'Meldungen kamen per Telefon und gingen verloren.',
    links: [{ titel: 'Projektseite', url: 'https://www.giessen.example/radweg' }],
  });
  expect(r.status, r.body).toBe(201);
  const id = r.json().id as string;
  expect((await m.post(`/api/loesungen/${id}/einreichen`)).status).toBe(200);
  expect((await t.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'veroeffentlichen' })).json().status).toBe('veroeffentlicht');
  expect((await (await env.als('fremd')).post(`/api/loesungen/${id}/nutzungen`, { kommuneId: KOMMUNE_B })).status).toBe(201);
  expect((await t.put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien })).status).toBe(200);
  return id;
}

describe('Überarbeitung einer veröffentlichten Lösung', () => {
  let id = '';

  it('eine Änderung per PATCH geht nicht sofort live: Öffentlichkeit, Katalog, Export und Matching zeigen die geprüfte Version', async () => {
    id = await veroeffentlichteLoesungMitSiegel('Radwegmelder Quastenflosser');
    expect(await suche('Quastenflosser')).toContain(id); // index is up to date (queue worked off)
    const vorher = (await (await env.als('anonym')).get(`/api/loesungen/${id}`)).json();
    expect(vorher).toMatchObject({ status: 'veroeffentlicht', version: 1 });

    const m = await env.als('mitglied');
    const r = await m.patch(`/api/loesungen/${id}`, {
      titel: 'Radwegmelder Gewinnspielmuschel',
      zusammenfassung: 'Jetzt Konto bestätigen und Gutschein sichern.',
      links: [{ titel: 'Hier bestätigen', url: PHISHING }],
      kommentar: 'Link aktualisiert',
    });
    expect(r.status, r.body).toBe(200);

    // The public (and the Lotse, and the platform admin) still see the approved version 1, with the seal.
    for (const rolle of ['anonym', 'lotse', 'plattform-admin', 'fremd'] as const) {
      const d = (await (await env.als(rolle)).get(`/api/loesungen/${id}`)).json();
      expect(d, rolle).toMatchObject({ titel: 'Radwegmelder Quastenflosser', version: 1, links: [{ url: 'https://www.giessen.example/radweg' }] });
      expect(d.siegel, rolle).not.toBeNull();
      expect(d.ueberarbeitung ?? null, rolle).toBeNull();
      expect(JSON.stringify(d), rolle).not.toContain(PHISHING);
      expect(d.versionen.map((v: { version: number }) => v.version), rolle).toEqual([1]);
    }
    const a = await env.als('anonym');
    expect((await a.get('/api/loesungen?q=Gewinnspielmuschel')).json().total).toBe(0);
    expect((await a.get('/api/loesungen?q=Quastenflosser')).json().items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await a.get('/api/loesungen/export?format=json')).body).not.toContain(PHISHING);
    expect((await a.get('/api/loesungen/export?format=csv')).body).not.toContain(PHISHING);
    // The matcher's index was not touched: nothing queued, the new word finds nothing, the old one still does.
    expect(await inWarteschlange(id)).toBe(0);
    expect(await suche('Gewinnspielmuschel')).not.toContain(id);
    expect(await suche('Quastenflosser')).toContain(id);
    expect(r.json()).toMatchObject({ id, status: 'veroeffentlicht', version: 1, ueberarbeitung: { status: 'entwurf' } });
  });

  it('die eigene Kommune und die Transferstelle sehen die Überarbeitung neben der geprüften Version', async () => {
    for (const rolle of ['mitglied', 'admin', 'transferstelle'] as const) {
      const d = (await (await env.als(rolle)).get(`/api/loesungen/${id}`)).json();
      expect(d, rolle).toMatchObject({ titel: 'Radwegmelder Quastenflosser', version: 1, status: 'veroeffentlicht' });
      expect(d.ueberarbeitung, rolle).toMatchObject({
        status: 'entwurf',
        basisVersion: 1,
        kommentar: 'Link aktualisiert',
        autor: 'Test mitglied',
        inhalt: { titel: 'Radwegmelder Gewinnspielmuschel', problem: 'Meldungen kamen per Telefon und gingen verloren.', links: [{ titel: 'Hier bestätigen', url: PHISHING }] },
        geaenderteFelder: ['titel', 'zusammenfassung', 'links'],
      });
    }
    const eigene = (await (await env.als('mitglied')).get(`/api/loesungen/eigene?kommuneId=${KOMMUNE_A}`)).json();
    expect(eigene.items.find((i: { id: string }) => i.id === id)).toMatchObject({ status: 'veroeffentlicht', titel: 'Radwegmelder Quastenflosser', ueberarbeitung: { status: 'entwurf' } });
    // Editing again changes the revision, not the live row.
    expect((await (await env.als('mitglied')).patch(`/api/loesungen/${id}`, { problem: 'Meldungen gingen verloren.' })).json()).toMatchObject({ version: 1, ueberarbeitung: { status: 'entwurf' } });
    expect((await (await env.als('anonym')).get(`/api/loesungen/${id}`)).json().problem).toBe('Meldungen kamen per Telefon und gingen verloren.');
    // Not yet submitted: not in the Transferstelle's queue.
    expect((await (await env.als('transferstelle')).get('/api/loesungen/pruefung')).json().eingereicht.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('eingereicht: in der Prüfliste, nicht änderbar; zurückgewiesen: die geprüfte Version bleibt live', async () => {
    const m = await env.als('mitglied');
    const t = await env.als('transferstelle');
    expect((await m.post(`/api/loesungen/${id}/einreichen`)).json()).toMatchObject({ id, status: 'veroeffentlicht', ueberarbeitung: { status: 'eingereicht' } });
    expect((await m.post(`/api/loesungen/${id}/einreichen`)).status).toBe(409);
    expect((await m.patch(`/api/loesungen/${id}`, { titel: 'Noch schneller' })).json().error.code).toBe('loesung.nicht_bearbeitbar');
    const liste = (await t.get('/api/loesungen/pruefung')).json();
    expect(liste.eingereicht.find((i: { id: string }) => i.id === id)).toMatchObject({ titel: 'Radwegmelder Gewinnspielmuschel', ueberarbeitung: true, version: 1, siegel: true });

    expect((await t.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'zurueckweisen' })).json().error.code).toBe('pruefung.begruendung_fehlt');
    const z = await t.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'zurueckweisen', kommentar: 'Der Link führt nicht zur Stadt Gießen.' });
    expect(z.status, z.body).toBe(200);
    expect(z.json()).toMatchObject({ id, status: 'veroeffentlicht', ueberarbeitung: { status: 'zurueckgewiesen' } });
    const oeffentlich = (await (await env.als('anonym')).get(`/api/loesungen/${id}`)).json();
    expect(oeffentlich).toMatchObject({ titel: 'Radwegmelder Quastenflosser', version: 1, status: 'veroeffentlicht' });
    expect(oeffentlich.siegel).not.toBeNull();
    expect((await m.get(`/api/loesungen/${id}`)).json().ueberarbeitung).toMatchObject({ status: 'zurueckgewiesen', pruefungKommentar: 'Der Link führt nicht zur Stadt Gießen.' });
    // The live row was not written, so the matcher had nothing to do.
    expect(await inWarteschlange(id)).toBe(0);
    expect(await suche('Gewinnspielmuschel')).not.toContain(id);
  });

  it('freigegeben: die neue Version wird live (Katalog, Export, Matching), das Siegel bleibt', async () => {
    const m = await env.als('mitglied');
    const t = await env.als('transferstelle');
    const r = await m.patch(`/api/loesungen/${id}`, {
      titel: 'Radwegmelder Seeanemone',
      zusammenfassung: 'Bürgerinnen melden Schäden am Radweg mit Foto und Ort.',
      links: [{ titel: 'Projektseite', url: 'https://www.giessen.example/radweg-neu' }],
      kommentar: 'Link korrigiert',
    });
    expect(r.json()).toMatchObject({ version: 1, ueberarbeitung: { status: 'zurueckgewiesen' } });
    expect((await m.post(`/api/loesungen/${id}/einreichen`)).json().ueberarbeitung.status).toBe('eingereicht');
    const f = await t.post(`/api/loesungen/${id}/pruefung`, { entscheidung: 'veroeffentlichen', kommentar: 'Passt.' });
    expect(f.status, f.body).toBe(200);
    expect(f.json()).toMatchObject({ id, status: 'veroeffentlicht', version: 2, ueberarbeitung: null });

    const d = (await (await env.als('anonym')).get(`/api/loesungen/${id}`)).json();
    expect(d).toMatchObject({ titel: 'Radwegmelder Seeanemone', problem: 'Meldungen gingen verloren.', version: 2, links: [{ url: 'https://www.giessen.example/radweg-neu' }] });
    expect(d.siegel).not.toBeNull(); // decision 0022: the seal stays on approval
    expect(d.versionen.map((v: { version: number; kommentar: string }) => [v.version, v.kommentar])).toEqual([[2, 'Link korrigiert'], [1, 'Entwurf angelegt']]);
    expect((await m.get(`/api/loesungen/${id}`)).json().ueberarbeitung).toBeNull();
    expect((await (await env.als('anonym')).get('/api/loesungen?q=Seeanemone')).json().items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(await suche('Seeanemone')).toContain(id);
    expect(await suche('Quastenflosser')).not.toContain(id);
    const v2 = await env.db.k.selectFrom('loesung_version').select(['daten', 'geaendert_von']).where('loesung_id', '=', id).where('version', '=', 2).executeTakeFirstOrThrow();
    expect(v2.geaendert_von).toBe(env.kontoIds.mitglied);
    expect((v2.daten as { titel: string }).titel).toBe('Radwegmelder Seeanemone');
  });

  it('eine Überarbeitung kann die Kommune verwerfen; die geprüfte Version bleibt', async () => {
    const m = await env.als('mitglied');
    expect((await m.delete(`/api/loesungen/${id}/ueberarbeitung`)).json().error.code).toBe('ueberarbeitung.nicht_gefunden');
    expect((await m.patch(`/api/loesungen/${id}`, { titel: 'Verworfen' })).json().ueberarbeitung.status).toBe('entwurf');
    expect((await (await env.als('fremd')).delete(`/api/loesungen/${id}/ueberarbeitung`)).status).toBe(404); // another Kommune's row: hidden
    expect((await (await env.als('transferstelle')).delete(`/api/loesungen/${id}/ueberarbeitung`)).status).toBe(403);
    expect((await m.delete(`/api/loesungen/${id}/ueberarbeitung`)).status).toBe(204);
    const d = (await m.get(`/api/loesungen/${id}`)).json();
    expect(d).toMatchObject({ titel: 'Radwegmelder Seeanemone', version: 2, ueberarbeitung: null });
  });

  it('archivieren verwirft eine offene Überarbeitung', async () => {
    const zweite = await veroeffentlichteLoesungMitSiegel('Radwegmelder Zweitfassung');
    const m = await env.als('mitglied');
    expect((await m.patch(`/api/loesungen/${zweite}`, { titel: 'Zweitfassung neu' })).status).toBe(200);
    expect((await m.post(`/api/loesungen/${zweite}/einreichen`)).status).toBe(200);
    expect((await (await env.als('transferstelle')).post(`/api/loesungen/${zweite}/archivieren`, { kommentar: 'Doppelt erfasst.' })).json().status).toBe('archiviert');
    expect((await (await env.als('transferstelle')).get('/api/loesungen/pruefung')).json().eingereicht.map((i: { id: string }) => i.id)).not.toContain(zweite);
    expect((await m.get(`/api/loesungen/${zweite}`)).json().ueberarbeitung).toBeNull();
  });

  it('schreibt die Schritte der Überarbeitung ins Audit-Log der Kommune', async () => {
    expect(await auditAktionen(id)).toEqual([
      'loesung.angelegt', 'loesung.eingereicht', 'loesung.veroeffentlicht', 'loesung.siegel_vergeben',
      'loesung.ueberarbeitung_geaendert', 'loesung.ueberarbeitung_geaendert', 'loesung.ueberarbeitung_eingereicht', 'loesung.ueberarbeitung_zurueckgewiesen',
      'loesung.ueberarbeitung_geaendert', 'loesung.ueberarbeitung_eingereicht', 'loesung.ueberarbeitung_freigegeben',
      'loesung.ueberarbeitung_geaendert', 'loesung.ueberarbeitung_verworfen',
    ]);
  });
});

describe('Prüfung ist Sache der Transferstelle, nicht des Plattform-Admins (Entscheidungen 0004, 0021)', () => {
  it('der Plattform-Admin liest keine eingereichten Entwürfe und archiviert keine Entwürfe', async () => {
    const m = await env.als('mitglied');
    const p = await env.als('plattform-admin');
    const entwurf = (await m.post('/api/loesungen', { kommuneId: KOMMUNE_A, titel: 'Nie eingereicht', zusammenfassung: 'Noch in Arbeit.', problem: 'Intern.' })).json().id as string;
    const eingereicht = (await m.post('/api/loesungen', { kommuneId: KOMMUNE_A, titel: 'Eingereicht', zusammenfassung: 'Zur Prüfung.', problem: 'Intern.' })).json().id as string;
    expect((await m.post(`/api/loesungen/${eingereicht}/einreichen`)).status).toBe(200);

    const liste = await p.get('/api/loesungen/pruefung');
    expect(liste.status).toBe(403);
    expect(liste.body).not.toContain('Eingereicht');
    expect((await p.get(`/api/loesungen/${eingereicht}`)).status).toBe(404);
    expect((await p.post(`/api/loesungen/${entwurf}/archivieren`, { kommentar: 'Aufräumen.' })).status).toBe(403);
    expect((await p.post(`/api/loesungen/${eingereicht}/pruefung`, { entscheidung: 'veroeffentlichen' })).status).toBe(403);
    const zeile = await env.db.k.selectFrom('loesung').select('status').where('id', '=', entwurf).executeTakeFirstOrThrow();
    expect(zeile.status).toBe('entwurf');
    // The Transferstelle still does its job.
    expect((await (await env.als('transferstelle')).get('/api/loesungen/pruefung')).json().eingereicht.map((i: { id: string }) => i.id)).toContain(eingereicht);
  });
});
