import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';
import type { KommuneTable } from '../../kommunen/index.ts';
import { aktualisiereNutzung } from './nutzung.ts';

/**
 * Report-backs over HTTP, and the figures they produce on the public solution page (GET /api/loesungen/:id):
 * only from consented report-backs, medians only from at least 3 Kommunen of a Größenklasse.
 */
let env: TestUmgebung;
let loesung: string;
let projektA: string;
const LINDBERG = '092760130130';
// Small Gemeinden (Größenklasse 7) that adopt directly in the database.
const KLEINE: KommuneTable[] = [1, 2, 3, 4].map((i) => ({
  id: `09276013${String(i).padStart(4, '0')}`, ags: `0927601${i}`, name: `Testdorf ${i}`, kurzname: `Testdorf ${i}`, typ: 'Gemeinde', einwohner: 1_000 * i, land: 'BY', land_id: '090000000000', kreis_id: null, groessenklasse: 7, such_name: `testdorf ${i}`,
}));

beforeAll(async () => {
  env = await createTestApp({ seed: async (db) => void (await db.k.insertInto('kommune').values(KLEINE).execute()) });
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Online-Terminvergabe', zusammenfassung: 'Termine im Bürgerbüro online', problem: 'Warteschlangen', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
  projektA = (await (await env.als('mitglied')).post('/api/uebernahmen', { loesungId: loesung })).json().id;
});
afterAll(async () => env?.close());

const rm = (x: Partial<Record<string, unknown>> = {}) => ({ anlass: 'golive', aufwandPersonentage: 18, kostenEuro: 4500, wirkungsstufe: 4, anpassungen: 'Formulare an hessisches Recht angepasst', belege: 'Wartezeit von 40 auf 10 Minuten', oeffentlich: true, ...x });
const anzahl = async () => Number((await env.db.k.selectFrom('uebernahme_rueckmeldung').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const nutzung = async () => (await (await env.als('anonym')).get(`/api/loesungen/${loesung}`)).json().nutzung;

describe('Rückmeldung', () => {
  it('vor der Inbetriebnahme: 409, nichts geschrieben', async () => {
    const r = await (await env.als('mitglied')).post(`/api/uebernahmen/${projektA}/rueckmeldungen`, rm());
    expect(r.status).toBe(409);
    expect(r.json().error.code).toBe('rueckmeldung.nicht_in_betrieb');
    expect(await anzahl()).toBe(0);
  });

  it('nach dem Wechsel in „verstetigen“: fällig mit Datum, dann gespeichert; derselbe Anlass nur einmal', async () => {
    const c = await env.als('mitglied');
    const p = (await c.patch(`/api/uebernahmen/${projektA}`, { phase: 'verstetigen', goliveAm: '2026-03-01' })).json();
    expect(p.offeneRueckmeldungen).toEqual([
      { anlass: 'golive', faellig: '2026-03-01' },
      { anlass: '6-monate', faellig: '2026-09-01' },
      { anlass: '12-monate', faellig: '2027-03-01' },
    ]);
    const r = await c.post(`/api/uebernahmen/${projektA}/rueckmeldungen`, rm());
    expect(r.status, r.body).toBe(201);
    expect(r.json().rueckmeldungen[0]).toMatchObject({ anlass: 'golive', aufwandPersonentage: 18, wirkungsstufe: 4, oeffentlich: true });
    expect(r.json().offeneRueckmeldungen.map((f: { anlass: string }) => f.anlass)).toEqual(['6-monate', '12-monate']);
    expect((await c.post(`/api/uebernahmen/${projektA}/rueckmeldungen`, rm())).json().error.code).toBe('rueckmeldung.schon_gemeldet');
    expect(await anzahl()).toBe(1);
  });

  it('Wirkungsstufe 9, fehlende Einwilligung, fremdes Projekt: deutsche 4xx, nichts geschrieben', async () => {
    const c = await env.als('mitglied');
    const neun = await c.post(`/api/uebernahmen/${projektA}/rueckmeldungen`, rm({ anlass: '6-monate', wirkungsstufe: 9 }));
    expect(neun.status).toBe(400);
    expect(JSON.stringify(neun.json().error)).toMatch(/von 1 bis 7/);
    expect((await c.post(`/api/uebernahmen/${projektA}/rueckmeldungen`, rm({ anlass: '6-monate', oeffentlich: undefined }))).status).toBe(400);
    const fremd = await (await env.als('fremd')).post(`/api/uebernahmen/${projektA}/rueckmeldungen`, rm({ anlass: '6-monate' }));
    expect(fremd.status).toBe(404);
    expect(fremd.json().error.code).toBe('uebernahme.nicht_gefunden');
    expect((await (await env.als('lotse')).post(`/api/uebernahmen/${projektA}/rueckmeldungen`, rm({ anlass: '6-monate' }))).status).toBe(403);
    expect(await anzahl()).toBe(1);
  });

  it('erscheint unter „Was steht an?“ der verantwortlichen Person', async () => {
    const { manifest } = await import('../index.ts');
    const konto = { id: env.kontoIds.mitglied, email: '', name: '', rollen: [], mitgliedschaften: [{ kommuneId: KOMMUNE_A, rolle: 'mitglied' as const }], regionen: [] };
    const punkte = await manifest.anstehend!(env.db, konto);
    expect(punkte.filter((p) => p.art === 'uebernahme.rueckmeldung').map((p) => p.faellig)).toEqual(['2026-09-01', '2027-03-01']);
    expect(punkte.every((p) => p.link === `/uebernahmen/${projektA}`)).toBe(true);
  });
});

describe('Zahlen auf der öffentlichen Lösungsseite', () => {
  it('mit nur einer Rückmeldung: gezählt, aber kein Median („zu wenige Rückmeldungen“)', async () => {
    const n = await nutzung();
    expect(n).toMatchObject({ laufend: 1, abgeschlossen: 0, rueckmeldungen: 1, kommunen: 1, wirkungAbStufe4: null, medianAufwandPersonentage: null });
    expect(n.nachGroessenklasse).toEqual([{ art: 'gemeinde', groessenklasse: 4, anzahl: 1, medianAufwandPersonentage: null, medianWirkungsstufe: null }]);
  });

  it('ab 3 Kommunen einer Größenklasse mit Einwilligung: Mediane; ohne Einwilligung zählt nichts mit', async () => {
    const werte = [
      { k: KLEINE[0].id, aufwand: 10, stufe: 3, oeffentlich: true },
      { k: KLEINE[1].id, aufwand: 20, stufe: 5, oeffentlich: true },
      { k: KLEINE[2].id, aufwand: 12, stufe: 4, oeffentlich: true },
      // Without consent: counts as adopter, but its figures stay out.
      { k: KLEINE[3].id, aufwand: 900, stufe: 7, oeffentlich: false },
    ];
    for (const w of werte) {
      const u = await env.db.k.insertInto('uebernahme').values({ kommune_id: w.k, loesung_id: loesung, loesung_version: 1, herkunft_kommune_id: LINDBERG, phase: 'abgeschlossen', golive_am: '2025-06-01' }).returning('id').executeTakeFirstOrThrow();
      await env.db.k.insertInto('uebernahme_rueckmeldung').values({ uebernahme_id: u.id, kommune_id: w.k, loesung_id: loesung, anlass: 'golive', aufwand_personentage: w.aufwand, kosten_euro: 0, wirkungsstufe: w.stufe, oeffentlich: w.oeffentlich }).execute();
    }
    await env.db.k.insertInto('uebernahme').values({ kommune_id: KOMMUNE_B, loesung_id: loesung, loesung_version: 1, herkunft_kommune_id: LINDBERG, phase: 'abgebrochen', abbruch_grund: 'kein Personal' }).execute();
    // Rows written directly (not through the use cases): the stored figures are recomputed as a change would.
    await aktualisiereNutzung(env.db.k, loesung);
    const n = await nutzung();
    expect(n).toMatchObject({ laufend: 1, abgeschlossen: 4, rueckmeldungen: 4, kommunen: 5, kleineGemeinden: 4, wirkungAbStufe4: 3, medianAufwandPersonentage: 15 });
    expect(n.nachGroessenklasse).toEqual([
      { art: 'gemeinde', groessenklasse: 4, anzahl: 1, medianAufwandPersonentage: null, medianWirkungsstufe: null },
      { art: 'gemeinde', groessenklasse: 7, anzahl: 4, medianAufwandPersonentage: 12, medianWirkungsstufe: 4 },
    ]);
  });

  it('Siegel „in mindestens zwei Kommunen umgesetzt“ aus Projekten in Betrieb', async () => {
    const d = (await (await env.als('anonym')).get(`/api/loesungen/${loesung}`)).json();
    // Origin + Gießen (verstetigen) + four small Gemeinden (abgeschlossen); München aborted does not count.
    expect(d.nutzendeKommunen).toBe(6);
    const kriterien = ['mind_zwei_kommunen', 'verwaltungstauglich', 'innovativ', 'nachhaltig'].map((kriterium) => ({ kriterium, erfuellt: true, begruendung: 'geprüft' }));
    const s = await (await env.als('transferstelle')).put(`/api/loesungen/${loesung}/siegel`, { kriterien });
    expect(s.status, s.body).toBe(200);
    expect(s.json().nutzendeKommunen).toBe(6);
  });
});

