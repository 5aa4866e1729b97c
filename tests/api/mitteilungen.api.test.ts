import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createTestApp, type TestUmgebung } from '../../src/testing/testApp.ts';
import { TEST_KONTEN, TEST_PASSWORT } from '../../src/testing/fixtures.ts';
import { buildApp, type App } from '../../src/core/http/app.ts';
import { ordneAnstehend } from '../../src/core/http/mitteilungen.routes.ts';
import { legeMailAb } from '../../src/core/mail.ts';
import type { LotseModul } from '../../src/core/modul.ts';
import { manifest as konten } from '../../src/modules/konten/index.ts';

let env: TestUmgebung;
let eigeneApp: App;
const gefragt: string[] = [];
// Two modules with items for „Was steht an?“: core collects them from the module list it is given.
const testModule: LotseModul[] = [
  {
    name: 'eins',
    anstehend: async (_db, konto) => {
      gefragt.push(konto.email);
      return [
        { art: 'eins.info', titel: 'Zur Kenntnis', link: '/eins/1', faellig: '2026-12-01', handeln: false, kommuneId: null },
        { art: 'eins.spaet', titel: 'Später handeln', link: '/eins/2', faellig: '2027-02-01', handeln: true, kommuneId: null },
      ];
    },
  },
  {
    name: 'zwei',
    anstehend: async () => [
      { art: 'zwei.frueh', titel: 'Bald handeln', link: '/zwei/1', faellig: '2026-12-15', handeln: true, kommuneId: null },
      { art: 'zwei.offen', titel: 'Ohne Datum handeln', link: '/zwei/2', faellig: null, handeln: true, kommuneId: null },
    ],
  },
];

beforeAll(async () => {
  env = await createTestApp();
  eigeneApp = await buildApp({ db: env.db, module: [konten, ...testModule], authRateLimit: 1000 });
  await eigeneApp.ready();
});
afterAll(async () => {
  await eigeneApp?.close();
  await env?.close();
});

describe('GET /api/anstehend', () => {
  it('sammelt die Punkte aller Module: zuerst Handeln, dann nach Fälligkeit', async () => {
    const c = createClient(eigeneApp);
    expect((await c.get('/api/anstehend')).status).toBe(401);
    expect((await c.post('/api/auth/login', { email: TEST_KONTEN.mitglied, passwort: TEST_PASSWORT })).status).toBe(204);
    const r = await c.get('/api/anstehend');
    expect(r.status, r.body).toBe(200);
    expect(r.json().punkte.map((p: { titel: string; modul: string }) => `${p.modul}: ${p.titel}`)).toEqual([
      'zwei: Bald handeln', 'eins: Später handeln', 'zwei: Ohne Datum handeln', 'eins: Zur Kenntnis',
    ]);
    expect(gefragt).toEqual([TEST_KONTEN.mitglied]);
  });

  it('ordneAnstehend: Titel entscheidet bei gleichem Rang', () => {
    const p = (titel: string) => ({ art: 'x', titel, link: '/', faellig: null, handeln: false, kommuneId: null });
    expect(ordneAnstehend([p('Übernahme'), p('Antrag')]).map((x) => x.titel)).toEqual(['Antrag', 'Übernahme']);
  });

  it('mit allen Modulen antwortet die Route für jede angemeldete Person', async () => {
    const r = await (await env.als('transferstelle')).get('/api/anstehend');
    expect(r.status, r.body).toBe(200);
    expect(Array.isArray(r.json().punkte)).toBe(true);
  });
});

describe('Einstellung der Benachrichtigungen', () => {
  it('ohne Zeile: keine Einwilligung; speichern und wieder lesen; ungültig → 400, nichts geschrieben', async () => {
    const c = await env.als('mitglied');
    expect((await c.get('/api/konto/benachrichtigungen')).json()).toEqual({ einwilligung: false, modus: 'woche', einwilligungAm: null });
    const falsch = await c.put('/api/konto/benachrichtigungen', { einwilligung: true, modus: 'stündlich' });
    expect(falsch.status).toBe(400);
    expect(falsch.json().error.code).toBe('anfrage.ungueltig');
    expect(await env.db.k.selectFrom('benachrichtigung_einstellung').selectAll().execute()).toEqual([]);
    const r = await c.put('/api/konto/benachrichtigungen', { einwilligung: true, modus: 'sofort' });
    expect(r.status, r.body).toBe(200);
    expect(r.json()).toMatchObject({ einwilligung: true, modus: 'sofort' });
    expect(r.json().einwilligungAm).not.toBeNull();
    const zurueck = await c.put('/api/konto/benachrichtigungen', { einwilligung: false, modus: 'aus' });
    expect(zurueck.json()).toEqual({ einwilligung: false, modus: 'aus', einwilligungAm: null });
    expect((await (await env.als('anonym')).put('/api/konto/benachrichtigungen', { einwilligung: true, modus: 'sofort' })).status).toBe(401);
  });
});

describe('GET /api/postausgang', () => {
  it('nur für die Plattform-Administration; zeigt abgelegte Mails mit Textteil', async () => {
    await env.db.k.transaction().execute((tx) => legeMailAb(tx, { an: 'kaemmerei@lich.example', art: 'test.postausgang', betreff: 'Neue Frage zur Lösung', text: 'Bitte antworten Sie.' }));
    for (const rolle of ['anonym', 'mitglied', 'admin', 'lotse', 'transferstelle'] as const) {
      expect((await (await env.als(rolle)).get('/api/postausgang')).status, rolle).toBe(rolle === 'anonym' ? 401 : 403);
    }
    const r = await (await env.als('plattform-admin')).get('/api/postausgang?nurOffen=ja');
    expect(r.status, r.body).toBe(200);
    const b = r.json();
    expect(b.smtp).toBe(false);
    expect(b.offen).toBeGreaterThanOrEqual(1);
    expect(b.mails[0]).toMatchObject({ an: 'kaemmerei@lich.example', betreff: 'Neue Frage zur Lösung', text: 'Bitte antworten Sie.', versendetAm: null });
    expect((await (await env.als('plattform-admin')).get('/api/postausgang?seite=0')).status).toBe(400);
  });
});
