import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';
import { plusMonate } from './kohorten.rules.ts';

const LICH = '065310011011';
const LINDBERG = '092760130130'; // origin of the solution
// Extra Hessian Kommunen for the size limit (ids in Kreis Gießen, not real ones).
const EXTRA = Array.from({ length: 7 }, (_, i) => `0653100990${String(i + 10)}`);
let env: TestUmgebung;
let loesung: string;

beforeAll(async () => {
  env = await createTestApp();
  const k = env.db.k;
  await k.insertInto('kommune').values(EXTRA.map((id, i) => ({
    id, ags: `065319${String(i + 10)}`, name: `Testgemeinde ${i + 1}`, kurzname: `Test ${i + 1}`, typ: 'Gemeinde', einwohner: 3_000 + i, land: 'HE', land_id: '060000000000', kreis_id: '065310000000', groessenklasse: 2, such_name: `testgemeinde ${i + 1}`,
  }))).execute();
  loesung = (await k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Digitaler Bauantrag', zusammenfassung: 'Bauanträge online', problem: 'Papierakten', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await env?.close();
});

const anzahl = async () => Number((await env.db.k.selectFrom('kohorte').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('Kohorten: Bildung, Grenze, Einladung, Board, Sichtbarkeit', () => {
  let kohorte: string;
  let andere: string;

  it('Zeitplan: Transferplan nach 3, Review nach 12 Monaten (Monatsende wird gekappt)', () => {
    expect(plusMonate('2026-01-31', 3)).toBe('2026-04-30');
    expect(plusMonate('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMonate('2026-11-15', 12)).toBe('2027-11-15');
  });

  it('Vorschläge: Kommunen mit offenen Bedarfen, denen die Lösung vorgeschlagen wurde', async () => {
    const k = env.db.k;
    const offen = await k.insertInto('bedarf').values({ kommune_id: LICH, titel: 'Bauanträge stapeln sich', beschreibung: 'x', dringlichkeit: 'hoch', status: 'loesungen_vorgeschlagen' }).returning('id').executeTakeFirstOrThrow();
    const erledigt = await k.insertInto('bedarf').values({ kommune_id: KOMMUNE_B, titel: 'Erledigt', beschreibung: 'x', dringlichkeit: 'mittel', status: 'erledigt' }).returning('id').executeTakeFirstOrThrow();
    await k.insertInto('bedarf_vorschlag').values([
      { bedarf_id: offen.id, kommune_id: LICH, loesung_id: loesung, notiz: '', vorgeschlagen_von: null },
      { bedarf_id: erledigt.id, kommune_id: KOMMUNE_B, loesung_id: loesung, notiz: '', vorgeschlagen_von: null },
    ]).execute();
    const r = await (await env.als('transferstelle')).get(`/api/kohorten/vorschlaege?loesungId=${loesung}`);
    expect(r.status, r.body).toBe(200);
    expect(r.json().kommunen).toEqual([{ id: LICH, ags: '06531011', name: 'Lich, Stadt', bedarfe: 1 }]);
    expect((await (await env.als('admin')).get(`/api/kohorten/vorschlaege?loesungId=${loesung}`)).status).toBe(403);
  });

  it('die Transferstelle bildet eine Kohorte aus drei Kommunen (AGS oder ARS); Einladung an die Administration', async () => {
    const r = await (await env.als('transferstelle')).post('/api/kohorten', { loesungId: loesung, titel: 'Bauantrag digital 2026', kommunen: ['06531005', LICH, KOMMUNE_B], startAm: '2026-01-31' });
    expect(r.status, r.body).toBe(201);
    kohorte = r.json().id;
    expect(r.json()).toMatchObject({ maxMitglieder: 8, startAm: '2026-01-31', transferplanBis: '2026-04-30', reviewAm: '2027-01-31', sicht: 'transferstelle' });
    expect(r.json().mitglieder.map((m: { kommune: { id: string }; status: string }) => [m.kommune.id, m.status]).sort()).toEqual([[KOMMUNE_A, 'eingeladen'], [LICH, 'eingeladen'], [KOMMUNE_B, 'eingeladen']].sort());
    const b = await env.db.k.selectFrom('benachrichtigung').select(['konto_id', 'kommune_id']).where('art', '=', 'kohorte.einladung').execute();
    expect(b.map((x) => x.konto_id).sort()).toEqual([env.kontoIds.admin, env.kontoIds.fremd].sort());
    const audit = await env.db.k.selectFrom('audit_log').select(['kommune_id', 'aktion']).where('objekt_id', '=', kohorte).execute();
    expect(audit.map((a) => a.kommune_id).sort()).toEqual([KOMMUNE_A, LICH, KOMMUNE_B].sort());
    // „Was steht an?“: the invitation stands with Gießen's admin (acts), not with its members.
    const punkte = (await (await env.als('admin')).get('/api/anstehend')).json().punkte.filter((p: { art: string }) => p.art === 'kohorte.einladung');
    expect(punkte).toMatchObject([{ handeln: true, link: '/kohorten', faellig: '2026-04-30', kommuneId: KOMMUNE_A }]);
    expect((await (await env.als('mitglied')).get('/api/anstehend')).json().punkte.filter((p: { art: string }) => p.art === 'kohorte.einladung')).toEqual([]);
    andere = (await (await env.als('transferstelle')).post('/api/kohorten', { loesungId: loesung, titel: 'Bauantrag Mittelhessen', kommunen: [LICH, EXTRA[0]] })).json().id;
  });

  it('mehr als 8 Kommunen oder max > 8 → 422 auf Deutsch, nichts geschrieben; die Plattform-Administration darf mehr', async () => {
    const c = await env.als('transferstelle');
    const vorher = await anzahl();
    const neun = [KOMMUNE_A, LICH, ...EXTRA];
    const r = await c.post('/api/kohorten', { loesungId: loesung, titel: 'Zu groß', kommunen: neun });
    expect(r.status).toBe(422);
    expect(r.json().error.code).toBe('kohorte.zu_gross');
    expect(r.json().error.message).toContain('höchstens 8 Kommunen');
    const max = await c.post('/api/kohorten', { loesungId: loesung, titel: 'Zu groß erlaubt', kommunen: neun, maxMitglieder: 12 });
    expect(max.status).toBe(422);
    expect(max.json().error.code).toBe('kohorte.max_zu_hoch');
    expect((await c.post('/api/kohorten', { loesungId: loesung, titel: 'Vierzig', kommunen: Array(41).fill(LICH) })).status).toBe(400);
    expect((await c.post('/api/kohorten', { loesungId: loesung, titel: 'Unbekannt', kommunen: [LICH, '06999999'] })).json().error.code).toBe('kohorte.kommune_unbekannt');
    expect((await c.post('/api/kohorten', { loesungId: loesung, titel: 'Mit Herkunft', kommunen: [LICH, LINDBERG] })).json().error.code).toBe('kohorte.herkunft_eingeladen');
    expect((await (await env.als('admin')).post('/api/kohorten', { loesungId: loesung, titel: 'Von einer Kommune', kommunen: [LICH, KOMMUNE_A] })).status).toBe(403);
    expect(await anzahl()).toBe(vorher);
    expect(await env.db.k.selectFrom('kohorte_mitglied').select('kommune_id').where('kommune_id', '=', EXTRA[6]).execute()).toEqual([]);
    const admin = await (await env.als('plattform-admin')).post('/api/kohorten', { loesungId: loesung, titel: 'Großes Netzwerk', kommunen: neun, maxMitglieder: 12 });
    expect(admin.status, admin.body).toBe(201);
    expect(admin.json().mitglieder).toHaveLength(9);
  });

  it('die Administration einer eingeladenen Kommune nimmt an: eigenes Übernahmeprojekt wird gestartet bzw. verknüpft', async () => {
    // München already runs a project for this solution: it is linked, not duplicated.
    const laufend = (await env.db.k.insertInto('uebernahme').values({ kommune_id: KOMMUNE_B, loesung_id: loesung, loesung_version: 1, herkunft_kommune_id: LINDBERG }).returning('id').executeTakeFirstOrThrow()).id;
    expect((await (await env.als('mitglied')).post(`/api/kohorten/${kohorte}/antwort`, { annehmen: true })).status).toBe(403);
    const r = await (await env.als('admin')).post(`/api/kohorten/${kohorte}/antwort`, { annehmen: true });
    expect(r.status, r.body).toBe(200);
    const giessen = r.json().mitglieder.find((m: { kommune: { id: string } }) => m.kommune.id === KOMMUNE_A);
    expect(giessen).toMatchObject({ status: 'dabei', phase: 'verstehen' });
    const projekt = await env.db.k.selectFrom('uebernahme').select(['id', 'kommune_id', 'loesung_id']).where('id', '=', giessen.uebernahmeId).executeTakeFirstOrThrow();
    expect(projekt).toMatchObject({ kommune_id: KOMMUNE_A, loesung_id: loesung });
    const zweimal = await (await env.als('admin')).post(`/api/kohorten/${kohorte}/antwort`, { annehmen: true });
    expect(zweimal.status).toBe(409);
    expect(zweimal.json().error.code).toBe('kohorte.keine_einladung');
    const m = await (await env.als('fremd')).post(`/api/kohorten/${kohorte}/antwort`, { annehmen: true });
    expect(m.status, m.body).toBe(200);
    expect(m.json().mitglieder.find((x: { kommune: { id: string } }) => x.kommune.id === KOMMUNE_B).uebernahmeId).toBe(laufend);
    expect(Number((await env.db.k.selectFrom('uebernahme').select((eb) => eb.fn.countAll().as('n')).where('loesung_id', '=', loesung).executeTakeFirstOrThrow()).n)).toBe(2);
  });

  it('Board: offene Meilensteine und letzte Rückmeldung je Kommune, Export als CSV und XLSX', async () => {
    const b0 = (await (await env.als('transferstelle')).get(`/api/kohorten/${kohorte}`)).json();
    const projekt = b0.mitglieder.find((m: { kommune: { id: string } }) => m.kommune.id === KOMMUNE_B).uebernahmeId;
    await env.db.k.insertInto('uebernahme_meilenstein').values([
      { uebernahme_id: projekt, kommune_id: KOMMUNE_B, phase: 'anpassen', titel: 'Schnittstelle klären' },
      { uebernahme_id: projekt, kommune_id: KOMMUNE_B, phase: 'anpassen', titel: 'Ausschreibung', erledigt: true },
    ]).execute();
    await env.db.k.insertInto('uebernahme_rueckmeldung').values({ uebernahme_id: projekt, kommune_id: KOMMUNE_B, loesung_id: loesung, anlass: 'golive', aufwand_personentage: 12, kosten_euro: 0, wirkungsstufe: 3, oeffentlich: false, erstellt_am: new Date('2026-06-01T10:00:00Z') }).execute();
    const b = (await (await env.als('transferstelle')).get(`/api/kohorten/${kohorte}`)).json();
    const muenchen = b.mitglieder.find((m: { kommune: { id: string } }) => m.kommune.id === KOMMUNE_B);
    expect(muenchen).toMatchObject({ status: 'dabei', phase: 'verstehen', offeneMeilensteine: 1, letzteRueckmeldung: '2026-06-01' });
    expect(b.mitglieder.find((m: { kommune: { id: string } }) => m.kommune.id === LICH)).toMatchObject({ status: 'eingeladen', phase: null, offeneMeilensteine: 0, letzteRueckmeldung: null });
    const csv = await (await env.als('admin')).get(`/api/kohorten/${kohorte}/board.csv`);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('Kommune;Regionalschlüssel;Einladung');
    expect(csv.body).toContain('München, Landeshauptstadt;091620000000;dabei;Verstehen;1;2026-06-01');
    const xlsx = await (await env.als('admin')).get(`/api/kohorten/${kohorte}/board.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('Sichtbarkeit: Mitglieder, Transferstelle und Lotse der Region lesen; Nichtmitglieder 404; Lotse postet nicht', async () => {
    for (const rolle of ['mitglied', 'admin', 'fremd', 'transferstelle', 'lotse', 'lotse-fremd'] as const) {
      expect((await (await env.als(rolle)).get(`/api/kohorten/${kohorte}`)).status, rolle).toBe(200);
    }
    expect((await (await env.als('lotse')).get(`/api/kohorten/${kohorte}`)).json().sicht).toBe('lotse');
    for (const rolle of ['mitglied', 'fremd', 'lotse-fremd', 'plattform-admin'] as const) {
      expect((await (await env.als(rolle)).get(`/api/kohorten/${andere}`)).status, rolle).toBe(404);
    }
    expect((await (await env.als('anonym')).get(`/api/kohorten/${kohorte}`)).status).toBe(401);
    expect((await (await env.als('lotse')).get(`/api/kohorten/${andere}`)).status).toBe(200);
    expect((await (await env.als('mitglied')).post(`/api/kohorten/${andere}/beitraege`, { text: 'Fremd' })).status).toBe(404);
    expect((await (await env.als('lotse')).post(`/api/kohorten/${kohorte}/beitraege`, { text: 'Als Lotse' })).status).toBe(403);
    // Lists: Gießen sees only its cohort; the Transferstelle all.
    const liste = (await (await env.als('mitglied')).get('/api/kohorten')).json().kohorten.map((x: { id: string }) => x.id);
    expect(liste).toContain(kohorte);
    expect(liste).not.toContain(andere);
    expect((await (await env.als('transferstelle')).get('/api/kohorten')).json().kohorten.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([kohorte, andere]));
  });

  it('Diskussion und Dokumente: Mitglieder und Transferstelle schreiben; ungültige Adresse → 400, nichts geschrieben', async () => {
    const r = await (await env.als('mitglied')).post(`/api/kohorten/${kohorte}/beitraege`, { text: 'Wir schlagen eine gemeinsame Ausschreibung vor.' });
    expect(r.status, r.body).toBe(201);
    const t = await (await env.als('transferstelle')).post(`/api/kohorten/${kohorte}/dokumente`, { titel: 'Leistungsbeschreibung (Entwurf)', url: 'https://example.org/lb.pdf' });
    expect(t.status, t.body).toBe(201);
    expect(t.json().beitraege).toMatchObject([{ text: 'Wir schlagen eine gemeinsame Ausschreibung vor.', kommune: 'Gießen, Universitätsstadt' }]);
    expect(t.json().dokumente).toMatchObject([{ titel: 'Leistungsbeschreibung (Entwurf)', kommune: null }]);
    const falsch = await (await env.als('mitglied')).post(`/api/kohorten/${kohorte}/dokumente`, { titel: 'Böse', url: 'javascript:alert(1)' });
    expect(falsch.status).toBe(400);
    expect(await env.db.k.selectFrom('kohorte_dokument').select('id').execute()).toHaveLength(1);
  });
});

describe('Demo-Kohorte', () => {
  it('drei Kommunen zur Lösung, die Gießen gerade übernimmt; Gießen ist mit seinem Projekt dabei; idempotent', async () => {
    const { demoKohorten } = await import('./kohorten.demo.ts');
    await env.db.k.deleteFrom('kohorte').execute();
    await env.db.k.insertInto('kommune').values([
      { id: '065340014014', ags: '06534014', name: 'Marburg, Universitätsstadt', kurzname: 'Marburg', typ: 'Stadt', einwohner: 76_571, land: 'HE', land_id: '060000000000', kreis_id: null, groessenklasse: 4, such_name: 'marburg' },
      { id: '065320023023', ags: '06532023', name: 'Wetzlar, Stadt', kurzname: 'Wetzlar', typ: 'Stadt', einwohner: 53_116, land: 'HE', land_id: '060000000000', kreis_id: null, groessenklasse: 4, such_name: 'wetzlar' },
    ]).onConflict((oc) => oc.column('id').doNothing()).execute();
    const meldungen: string[] = [];
    const opts = { demo: true, log: (m: string) => meldungen.push(m) };
    await demoKohorten(env.db, opts);
    await demoKohorten(env.db, opts);
    expect(meldungen).toEqual(['Demo-Kohorte: 3 Kommunen, 2 Beiträge, 1 Dokument']);
    const [k] = await env.db.k.selectFrom('kohorte').select(['id', 'loesung_id']).execute();
    expect(k.loesung_id).toBe(loesung);
    const board = (await (await env.als('mitglied')).get(`/api/kohorten/${k.id}`)).json();
    expect(board.mitglieder.map((m: { kommune: { id: string }; status: string }) => [m.kommune.id, m.status])).toEqual([[KOMMUNE_A, 'dabei'], ['065340014014', 'eingeladen'], ['065320023023', 'eingeladen']]);
    expect(board.mitglieder[0].phase).toBe('verstehen');
    expect(board.beitraege).toHaveLength(2);
  });
});

describe('Antwort für eine genannte Kommune', () => {
  it('ein Konto antwortet nur für die genannte Kommune; eine fremde → 403/404, nichts geändert', async () => {
    const neu = await (await env.als('transferstelle')).post('/api/kohorten', { loesungId: loesung, titel: 'Antwort mit Angabe', kommunen: [KOMMUNE_A, KOMMUNE_B] });
    expect(neu.status, neu.body).toBe(201);
    const k = neu.json().id;
    const fremd = await (await env.als('admin')).post(`/api/kohorten/${k}/antwort`, { annehmen: false, kommune: '09162000' });
    expect([403, 404]).toContain(fremd.status);
    const r = await (await env.als('admin')).post(`/api/kohorten/${k}/antwort`, { annehmen: false, kommune: '06531005' });
    expect(r.status, r.body).toBe(200);
    const status = await env.db.k.selectFrom('kohorte_mitglied').select(['kommune_id', 'status']).where('kohorte_id', '=', k).orderBy('kommune_id').execute();
    expect(status).toEqual([{ kommune_id: KOMMUNE_A, status: 'abgelehnt' }, { kommune_id: KOMMUNE_B, status: 'eingeladen' }]);
  });
});
