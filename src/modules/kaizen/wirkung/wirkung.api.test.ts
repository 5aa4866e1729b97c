import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';

/** Wirkung und Beteiligung je Jahr über HTTP: je Kommune und je Team, Teams unter 5 Beschäftigten ohne Zahlen. */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Wirkung und Beteiligung', () => {
  it('Kommune und Team ab 5 mit Zahlen, Team mit 4 ohne; nie Personen', async () => {
    const admin = await env.als('admin');
    const c = await env.als('mitglied');
    const jahr = new Date().getUTCFullYear();
    expect((await admin.put(`/api/kaizen/kommunen/${KOMMUNE_A}/einstellungen`, { namenAus: false, beschaeftigte: 50 })).status).toBeLessThan(300);
    const klein = (await admin.post(`/api/kaizen/kommunen/${KOMMUNE_A}/einheiten`, { name: 'Poststelle', beschaeftigte: 4 })).json().id;
    const gross = (await admin.post(`/api/kaizen/kommunen/${KOMMUNE_A}/einheiten`, { name: 'Bürgerbüro', beschaeftigte: 5 })).json().id;
    const idee = async (einheitId: string) => (await c.post('/api/kaizen/ideen', { kommuneId: KOMMUNE_A, einheitId, problem: 'Ein Problem im Ablauf.', vorschlag: 'Ein Vorschlag dazu.' })).json().id as string;
    const a = await idee(gross);
    await idee(gross);
    await idee(klein);
    expect((await admin.post(`/api/kaizen/ideen/${a}/status`, { status: 'verworfen', grund: 'Gibt es schon.' })).status).toBeLessThan(300);
    const x = (await c.post('/api/kaizen/experimente', { kommuneId: KOMMUNE_A, ideeId: a, titel: 'Schneller', hypothese: 'Es geht schneller.', messgroesse: 'durchlaufzeit', baselineWert: 40 })).json().id;
    await c.post(`/api/kaizen/experimente/${x}/abschluss`, { entscheidung: 'standard', ergebnis: 'Schneller.', ergebnisWert: 30, gelernt: 'Es geht.' });

    const r = await c.get(`/api/kaizen/wirkung?kommuneId=${KOMMUNE_A}&jahr=${jahr}`);
    expect(r.status, r.body).toBe(200);
    const w = r.json();
    expect(w).toMatchObject({ jahr, bundIdeenJe100: 4, mindestTeam: 5 });
    expect(w.kommune).toEqual({ ideen: 3, ideenJe100: 6, entschieden: 1, anteilFristgerecht: 100, durchlaufzeitVerkuerzungProzent: -25, experimenteMitVerkuerzung: 1, stundenLaufend: 0, stundenEinmalig: 0, stundenBestaetigtVon: [] });
    const team = (name: string) => w.teams.find((t: { name: string }) => t.name === name);
    expect(team('Poststelle').kennzahlen).toBeNull();
    expect(team('Bürgerbüro').kennzahlen).toEqual({ ideen: 2, ideenJe100: 40, entschieden: 1, anteilFristgerecht: 100, durchlaufzeitVerkuerzungProzent: -25, experimenteMitVerkuerzung: 1, stundenLaufend: 0, stundenEinmalig: 0, stundenBestaetigtVon: [] });
    expect(r.body).not.toMatch(/mitglied@|admin@|konto/i);
    expect((await c.get(`/api/kaizen/wirkung?kommuneId=${KOMMUNE_A}&jahr=${jahr - 1}`)).json().kommune.ideen).toBe(0);
    expect((await c.get(`/api/kaizen/wirkung?kommuneId=${KOMMUNE_A}&jahr=zwanzig`)).status).toBe(400);
  });
});

describe('Eingesparte Stunden', () => {
  it('laufend und einmalig getrennt, mit bestätigender Funktion; unvollständige Angaben: 422, nichts geschrieben', async () => {
    const c = await env.als('mitglied');
    const jahr = new Date().getUTCFullYear();
    const vorher = (await c.get(`/api/kaizen/wirkung?kommuneId=${KOMMUNE_A}&jahr=${jahr}`)).json().kommune;
    const neu = async () => (await c.post('/api/kaizen/experimente', { kommuneId: KOMMUNE_A, titel: 'Stunden', hypothese: 'Spart Zeit.', messgroesse: 'bearbeitungszeit' })).json().id as string;
    const a = await neu();
    const halb = await c.post(`/api/kaizen/experimente/${a}/abschluss`, { entscheidung: 'standard', ergebnis: 'Spart Zeit.', gelernt: 'Ja.', stundenGespart: 120 });
    expect(halb.status).toBe(422);
    expect(halb.json().error.code).toBe('experiment.stunden_unvollstaendig');
    expect((await c.get(`/api/kaizen/experimente/${a}`)).json().entscheidung).toBeNull();
    expect((await c.post(`/api/kaizen/experimente/${a}/abschluss`, { entscheidung: 'standard', ergebnis: 'Spart Zeit.', gelernt: 'Ja.', stundenGespart: 120, stundenArt: 'laufend', stundenBestaetigtVon: 'Amtsleitung Bürgeramt' })).status).toBe(200);
    const b = await neu();
    expect((await c.post(`/api/kaizen/experimente/${b}/abschluss`, { entscheidung: 'standard', ergebnis: 'Einmal.', gelernt: 'Ja.', stundenGespart: 30.5, stundenArt: 'einmalig', stundenBestaetigtVon: 'Personalrat' })).status).toBe(200);
    const w = (await c.get(`/api/kaizen/wirkung?kommuneId=${KOMMUNE_A}&jahr=${jahr}`)).json().kommune;
    expect(w.stundenLaufend).toBe(vorher.stundenLaufend + 120);
    expect(w.stundenEinmalig).toBe(vorher.stundenEinmalig + 30.5);
    expect(w.stundenBestaetigtVon).toEqual(expect.arrayContaining(['Amtsleitung Bürgeramt', 'Personalrat']));
  });
});
