import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B, TEST_PASSWORT } from '../../../testing/fixtures.ts';
import { hashPasswort } from '../../../core/auth/passwort.ts';

const LICH = '065310011011';
let env: TestUmgebung;
let loesung: string; // published solution of München (origin; account „fremd“ is its admin)
let entwurf: string;
let lichKonto: string;

beforeAll(async () => {
  env = await createTestApp();
  const k = env.db.k;
  loesung = (await k.insertInto('loesung').values({ kommune_id: KOMMUNE_B, titel: 'Online-Terminvergabe Bürgerbüro', zusammenfassung: 'Termine online buchen', problem: 'Lange Warteschlangen', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
  entwurf = (await k.insertInto('loesung').values({ kommune_id: KOMMUNE_B, titel: 'Entwurf', zusammenfassung: 'x', problem: 'y', status: 'entwurf' }).returning('id').executeTakeFirstOrThrow()).id;
  // Lich adopts the solution: its member hears about new questions too.
  lichKonto = (await k.insertInto('konto').values({ email: 'it@lich.test', name: 'IT Lich', passwort_hash: await hashPasswort(TEST_PASSWORT) }).returning('id').executeTakeFirstOrThrow()).id;
  await k.insertInto('mitgliedschaft').values({ kommune_id: LICH, konto_id: lichKonto, rolle: 'mitglied' }).execute();
  await k.insertInto('uebernahme').values({ kommune_id: LICH, loesung_id: loesung, loesung_version: 1, herkunft_kommune_id: KOMMUNE_B }).execute();
  await k.insertInto('benachrichtigung_einstellung').values({ konto_id: env.kontoIds.fremd, einwilligung: true, modus: 'sofort' }).execute();
});
afterAll(async () => {
  await env?.close();
});

const zahl = async (tabelle: 'community_frage' | 'community_antwort') => Number((await env.db.k.selectFrom(tabelle).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('Community je Lösung', () => {
  let frage: string;

  it('eine Frage stellen: Herkunft und übernehmende Kommunen werden benachrichtigt', async () => {
    const r = await (await env.als('mitglied')).post(`/api/loesungen/${loesung}/fragen`, { titel: 'Welche Schnittstelle zum Fachverfahren?', text: 'Wir nutzen OK.EWO. Wie habt ihr die Termine angebunden?' });
    expect(r.status, r.body).toBe(201);
    frage = r.json().id;
    expect(r.json()).toMatchObject({ titel: 'Welche Schnittstelle zum Fachverfahren?', kommune: { id: KOMMUNE_A }, antworten: [], darfAkzeptieren: true });
    const b = await env.db.k.selectFrom('benachrichtigung').selectAll().where('art', '=', 'community.frage.neu').orderBy('konto_id').execute();
    expect(b.map((x) => x.konto_id).sort()).toEqual([env.kontoIds.fremd, lichKonto].sort());
    expect(b.every((x) => x.handeln && x.link === `/fragen/${frage}` && x.gruppe === 'Online-Terminvergabe Bürgerbüro')).toBe(true);
    // „fremd“ chose immediate mails: one mail with the question in the outbox; Lich (no consent) gets none
    const mails = await env.db.k.selectFrom('mail_ausgang').select(['an', 'betreff', 'text']).where('art', '=', 'benachrichtigung.community.frage.neu').execute();
    expect(mails.map((m) => m.an)).toEqual(['admin@muenchen.test']);
    expect(mails[0].text).toContain(`/fragen/${frage}`);
    const audit = await env.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', frage).execute();
    expect(audit.map((a) => a.aktion)).toEqual(['community.frage_gestellt']);
  });

  it('sichtbar für angemeldete Mitglieder aller Kommunen und Begleitende, nicht anonym', async () => {
    for (const rolle of ['mitglied', 'fremd', 'lotse', 'lotse-fremd', 'transferstelle'] as const) {
      const r = await (await env.als(rolle)).get(`/api/loesungen/${loesung}/fragen`);
      expect(r.status, rolle).toBe(200);
      expect(r.json().fragen.map((f: { id: string }) => f.id)).toEqual([frage]);
      expect((await (await env.als(rolle)).get(`/api/fragen/${frage}`)).status, rolle).toBe(200);
    }
    expect((await (await env.als('anonym')).get(`/api/loesungen/${loesung}/fragen`)).status).toBe(401);
    expect((await (await env.als('mitglied')).get(`/api/loesungen/${entwurf}/fragen`)).status).toBe(404);
  });

  it('„Was steht an?“: die Herkunft soll antworten; nach der Antwort ist der Punkt weg, die Fragende erfährt es', async () => {
    const c = await env.als('fremd');
    const vorher = (await c.get('/api/anstehend')).json().punkte.filter((p: { art: string }) => p.art === 'community.frage.beantworten');
    expect(vorher).toHaveLength(1);
    expect(vorher[0]).toMatchObject({ handeln: true, link: `/fragen/${frage}`, kommuneId: KOMMUNE_B });
    expect(vorher[0].titel).toContain('zu Ihrer Lösung');
    // the asking Kommune itself has nothing to answer
    expect((await (await env.als('mitglied')).get('/api/anstehend')).json().punkte.filter((p: { art: string }) => p.art === 'community.frage.beantworten')).toEqual([]);

    const r = await c.post(`/api/fragen/${frage}/antworten`, { text: 'Über die Terminschnittstelle von OK.EWO; die Einrichtung dauerte zwei Tage.' });
    expect(r.status, r.body).toBe(201);
    expect(r.json().antworten).toMatchObject([{ kommune: { id: KOMMUNE_B }, rolle: 'herkunft', akzeptiert: false }]);
    expect((await c.get('/api/anstehend')).json().punkte.filter((p: { art: string }) => p.art === 'community.frage.beantworten')).toEqual([]);
    const an = await env.db.k.selectFrom('benachrichtigung').select(['konto_id', 'handeln']).where('art', '=', 'community.antwort.neu').execute();
    expect(an).toEqual([{ konto_id: env.kontoIds.mitglied, handeln: false }]);
  });

  it('nur die fragende Kommune akzeptiert eine Antwort; fremde Antwort → 422, nichts geschrieben', async () => {
    const antwort = (await (await env.als('mitglied')).get(`/api/fragen/${frage}`)).json().antworten[0].id;
    expect((await (await env.als('fremd')).put(`/api/fragen/${frage}/akzeptiert`, { antwortId: antwort })).status).toBe(404);
    const andere = (await (await env.als('fremd')).post(`/api/loesungen/${loesung}/fragen`, { titel: 'Gibt es Erfahrungen mit Barrierefreiheit?', text: 'Frage der Herkunft selbst.' })).json().id;
    const fremdeAntwort = (await (await env.als('mitglied')).post(`/api/fragen/${andere}/antworten`, { text: 'Ja, wir haben getestet.' })).json().antworten[0].id;
    const falsch = await (await env.als('mitglied')).put(`/api/fragen/${frage}/akzeptiert`, { antwortId: fremdeAntwort });
    expect(falsch.status).toBe(422);
    expect(falsch.json().error.code).toBe('community.antwort_ungueltig');
    expect((await env.db.k.selectFrom('community_frage').select('akzeptierte_antwort_id').where('id', '=', frage).executeTakeFirstOrThrow()).akzeptierte_antwort_id).toBeNull();
    const r = await (await env.als('mitglied')).put(`/api/fragen/${frage}/akzeptiert`, { antwortId: antwort });
    expect(r.status, r.body).toBe(200);
    expect(r.json().antworten[0].akzeptiert).toBe(true);
    expect((await (await env.als('lotse')).get(`/api/loesungen/${loesung}/fragen`)).json().fragen.find((f: { id: string }) => f.id === frage).beantwortet).toBe(true);
  });

  it('ungültige Eingaben: deutsche 4xx, nichts geschrieben', async () => {
    const c = await env.als('mitglied');
    const vorher = [await zahl('community_frage'), await zahl('community_antwort')];
    const kurz = await c.post(`/api/loesungen/${loesung}/fragen`, { titel: 'Hä', text: 'x' });
    expect(kurz.status).toBe(400);
    expect(kurz.body).toContain('mindestens 5 Zeichen');
    expect((await c.post(`/api/loesungen/${loesung}/fragen`, { titel: 'Eine gültige Frage', text: 'y'.repeat(5001) })).status).toBe(400);
    expect((await c.post(`/api/loesungen/${entwurf}/fragen`, { titel: 'Frage zum Entwurf', text: 'Darf nicht gehen.' })).json().error.code).toBe('loesung.nicht_gefunden');
    expect((await c.post('/api/fragen/00000000-0000-4000-8000-000000000000/antworten', { text: 'Antwort ins Leere' })).status).toBe(404);
    expect((await c.post(`/api/loesungen/${loesung}/fragen`, { titel: 'Für eine fremde Kommune', text: 'x', kommune: '09162000' })).status).toBe(403);
    expect((await (await env.als('transferstelle')).post(`/api/loesungen/${loesung}/fragen`, { titel: 'Ohne eigene Kommune', text: 'x' })).status).toBe(404);
    expect([await zahl('community_frage'), await zahl('community_antwort')]).toEqual(vorher);
    expect((await createClient(env.app).post(`/api/loesungen/${loesung}/fragen`, { titel: 'Anonym gefragt', text: 'x' })).status).toBe(401);
  });
});

describe('Demo-Inhalte der Community', () => {
  it('zwei Fragen zu einer Lösung, die Gießen übernimmt; die offene steht bei Gießen unter „Was steht an?“; idempotent', async () => {
    const { demoCommunity } = await import('./community.demo.ts');
    await env.db.k.deleteFrom('community_frage').execute();
    await env.db.k.insertInto('uebernahme').values({ kommune_id: KOMMUNE_A, loesung_id: loesung, loesung_version: 1, herkunft_kommune_id: KOMMUNE_B }).execute();
    await env.db.k.insertInto('kommune').values({ id: '065340014014', ags: '06534014', name: 'Marburg, Universitätsstadt', kurzname: 'Marburg', typ: 'Stadt', einwohner: 76_571, land: 'HE', land_id: '060000000000', kreis_id: null, groessenklasse: 4, such_name: 'marburg' }).onConflict((oc) => oc.column('id').doNothing()).execute();
    const meldungen: string[] = [];
    const opts = { demo: true, log: (m: string) => meldungen.push(m) };
    await demoCommunity(env.db, opts);
    await demoCommunity(env.db, opts);
    const fragen = await env.db.k.selectFrom('community_frage').select(['kommune_id', 'akzeptierte_antwort_id']).orderBy('erstellt_am').execute();
    expect(fragen.map((f) => [f.kommune_id, f.akzeptierte_antwort_id !== null])).toEqual([[KOMMUNE_A, true], ['065340014014', false]]);
    expect(meldungen).toHaveLength(1);
    const punkte = (await (await env.als('mitglied')).get('/api/anstehend')).json().punkte.filter((p: { art: string }) => p.art === 'community.frage.beantworten');
    expect(punkte.map((p: { titel: string }) => p.titel)).toEqual([expect.stringContaining('Reicht eine halbe Stelle')]);
  });
});
