import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestClient, type TestUmgebung } from '../../testing/testApp.ts';
import { importiereVerzeichnis, type ImportErgebnis } from './kommunen.import.ts';
import { normalisiere } from './kommunen.rules.ts';

// The FULL real directory (10,786 Gemeinden, Kreise, Länder), imported once over the test fixtures.
let env: TestUmgebung;
let c: TestClient;
let ergebnis: ImportErgebnis;
beforeAll(async () => {
  env = await createTestApp({
    seed: async (db) => {
      ergebnis = await importiereVerzeichnis(db);
    },
  });
  c = await env.als('anonym');
});
afterAll(async () => env?.close());

interface Item {
  ars: string;
  ags: string;
  name: string;
  kurzname: string;
  typ: string;
  einwohner: number;
  land: string;
  landName: string;
  groessenklasse: number | null;
  kreis: { ars: string; name: string } | null;
}
const suche = async (query: string) => {
  const r = await c.get(`/api/kommunen?${query}`);
  expect(r.status, r.body).toBe(200);
  return r.json<{ items: Item[]; total: number }>();
};
const zaehle = async (where: string) =>
  Number((await sql<{ n: number }>`select count(*)::int as n from kommune where ${sql.raw(where)}`.execute(env.db.k)).rows[0].n);

describe('Verzeichnis: Umfang', () => {
  it('enthält alle 10.786 Gemeinden (mit kreisfreien Städten, Berlin und Hamburg)', async () => {
    expect(ergebnis.gemeinden).toBe(10_786);
    expect(await zaehle(`length(ags) = 8`)).toBe(10_786);
    expect(await zaehle(`typ in ('Gemeinde', 'Stadt', 'kreisfreie Stadt') or (typ = 'Stadtstaat' and length(ags) = 8)`)).toBe(10_786);
    const summe = await sql<{ s: number }>`select sum(einwohner)::bigint as s from kommune where length(ags) = 8`.execute(env.db.k);
    expect(Number(summe.rows[0].s)).toBe(82_711_282);
  });

  it('enthält 400 Kreise und kreisfreie Städte (Eisenach ist seit 2021 kreisangehörig) und 16 Länder', async () => {
    // Kreisebene = Landkreise + kreisfreie Städte + Berlin/Hamburg; eine kreisfreie Stadt ist EINE Zeile.
    expect(await zaehle(`typ in ('Landkreis', 'kreisfreie Stadt') or id in ('020000000000', '110000000000')`)).toBe(400);
    expect(await zaehle(`typ = 'kreisfreie Stadt'`)).toBe(104);
    expect(ergebnis.warnungen).toEqual([expect.stringContaining('16056')]);
    expect(await zaehle(`land_id is null`)).toBe(16);
    expect(await zaehle(`typ = 'Land'`)).toBe(13);
    expect(await zaehle(`typ = 'Stadtstaat'`)).toBe(3);
  });

  it('verknüpft jede Gemeinde mit Land und (außer kreisfreien Städten und Stadtstaaten) mit ihrem Kreis', async () => {
    expect(await zaehle(`typ in ('Gemeinde', 'Stadt') and (kreis_id is null or land_id is null)`)).toBe(0);
    expect(await zaehle(`typ in ('Gemeinde', 'Stadt') and substr(kreis_id, 1, 5) <> substr(id, 1, 5)`)).toBe(0);
    expect(await zaehle(`groessenklasse is null and typ not in ('Land') and id <> '040000000000'`)).toBe(0);
  });
});

describe('Normalisierung', () => {
  it('normalisiere() (TypeScript) und lotse_fold (SQL) falten alle 11.094 Namen gleich', async () => {
    const r = await sql<{ name: string; such_voll: string }>`select name, such_voll from kommune`.execute(env.db.k);
    expect(r.rows.length).toBeGreaterThan(11_000);
    const abweichend = r.rows.filter((z) => normalisiere(z.name) !== z.such_voll);
    expect(abweichend).toEqual([]);
  });
});

describe('GET /api/kommunen', () => {
  it('„Giessen“ findet Gießen (Universitätsstadt) mit Größenklasse 4 an erster Stelle', async () => {
    const r = await suche('q=Giessen');
    expect(r.items[0]).toMatchObject({ ars: '065310005005', ags: '06531005', name: 'Gießen, Universitätsstadt', kurzname: 'Gießen', typ: 'Stadt', land: 'HE', landName: 'Hessen', groessenklasse: 4 });
    expect(r.items[0].einwohner).toBe(87_217);
    expect(r.items[0].kreis).toEqual({ ars: '065310000000', name: 'Landkreis Gießen' });
    expect(r.items[1]).toMatchObject({ name: 'Landkreis Gießen', typ: 'Landkreis' });
    expect((await suche('q=Gießen')).items[0].ars).toBe('065310005005');
    expect((await suche('q=GIESSEN')).items[0].ars).toBe('065310005005');
  });

  it('„Muenchen“ findet München', async () => {
    const r = await suche('q=Muenchen');
    expect(r.items[0]).toMatchObject({ kurzname: 'München', typ: 'kreisfreie Stadt', groessenklasse: 1, land: 'BY' });
  });

  it('verzeiht Tippfehler („Muenchn“, „Frankfrut“, „Nürnbreg“)', async () => {
    expect((await suche('q=Muenchn')).items[0].kurzname).toBe('München');
    expect((await suche('q=Frankfrut')).items[0].kurzname).toBe('Frankfurt am Main');
    expect((await suche('q=Nürnbreg')).items[0].kurzname).toBe('Nürnberg');
    expect((await suche('q=Sankt%20Wendel')).items[0].name).toBe('St. Wendel, Kreisstadt');
  });

  it('rankt: genauer Name vor Präfix vor unscharf, dann nach Einwohnern', async () => {
    const r = await suche('q=Bremen&limit=3');
    expect(r.items.map((i) => i.name)).toEqual(['Bremen, Stadt', 'Freie Hansestadt Bremen', 'Bremerhaven, Stadt']);
    const p = await suche('q=Frankf');
    expect(p.items.slice(0, 2).map((i) => i.kurzname)).toEqual(['Frankfurt am Main', 'Frankfurt (Oder)']);
    const w = await suche('q=Main&typ=kreisfreie%20Stadt');
    expect(w.items.map((i) => i.kurzname)).toContain('Frankfurt am Main');
  });

  it('findet über ARS und AGS (auch Anfänge)', async () => {
    expect((await suche('q=065310005005')).items.map((i) => i.kurzname)).toEqual(['Gießen']);
    expect((await suche('q=06531005')).items.map((i) => i.kurzname)).toEqual(['Gießen']);
    const kreis = await suche('q=06531&limit=100');
    expect(kreis.items[0]).toMatchObject({ name: 'Landkreis Gießen', groessenklasse: 1 });
    expect(kreis.total).toBe(19); // der Kreis und seine 18 Gemeinden
  });

  it('filtert nach Land (Kürzel, Schlüssel, Name) und Typ', async () => {
    const a = await suche('land=HE&typ=Landkreis');
    const b = await suche('land=06&typ=Landkreis');
    const d = await suche('land=Hessen&typ=Landkreis');
    expect(a.total).toBe(21);
    expect(b).toEqual(a);
    expect(d).toEqual(a);
    expect(a.items.every((i) => i.land === 'HE' && i.typ === 'Landkreis')).toBe(true);
    expect((await suche('typ=Land')).total).toBe(13);
    expect((await suche('typ=Stadtstaat')).items.map((i) => i.kurzname).sort()).toEqual(['Berlin', 'Bremen', 'Hamburg']);
    expect((await suche('q=Lich&land=BY')).items.every((i) => i.land === 'BY')).toBe(true);
    expect((await suche('land=th&typ=kreisfreie%20Stadt')).total).toBe(5); // Eisenach gehört seit 2021 zum Wartburgkreis
  });

  it('blättert mit limit/offset; total zählt alle Treffer', async () => {
    const alle = await suche('land=HB&limit=100');
    expect(alle.total).toBe(3);
    const s1 = await suche('land=HE&limit=10&offset=0');
    const s2 = await suche('land=HE&limit=10&offset=10');
    expect(s1.items).toHaveLength(10);
    expect(s1.total).toBe(s2.total);
    expect(s1.total).toBe(1 + 21 + 5 + (await zaehle(`land = 'HE' and typ in ('Gemeinde', 'Stadt')`)));
    expect(new Set([...s1.items, ...s2.items].map((i) => i.ars)).size).toBe(20);
    expect((await suche('land=HE')).items).toHaveLength(20); // Standard-limit
    const hinten = await suche(`land=HE&offset=${s1.total}`);
    expect(hinten).toEqual({ items: [], total: s1.total });
  });

  it('prüft die Parameter (400 bei unbekannten Parametern, falschem Typ, limit > 100, unbekanntem Land)', async () => {
    for (const q of ['foo=1', 'limit=101', 'limit=0', 'offset=-1', 'typ=Dorf', 'land=XX', 'limit=abc', `q=${'x'.repeat(101)}`]) {
      const r = await c.get(`/api/kommunen?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.json().error.code, q).toBe('anfrage.ungueltig');
    }
  });

  it('kommt mit Sonderzeichen zurecht', async () => {
    expect((await suche('q=%25')).total).toBeGreaterThanOrEqual(0);
    expect((await suche('q=_')).total).toBeGreaterThanOrEqual(0);
    expect((await suche(`q=${encodeURIComponent("'; drop table kommune; --")}`)).total).toBeGreaterThanOrEqual(0);
    expect(await zaehle('true')).toBeGreaterThan(11_000);
  });
});

describe('OpenAPI', () => {
  it('beschreibt beide Endpunkte', async () => {
    const r = await c.get('/api/openapi.json');
    expect(r.status).toBe(200);
    const paths = r.json().paths;
    expect(paths['/api/kommunen'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['land', 'limit', 'offset', 'q', 'typ']);
    expect(paths['/api/kommunen/{key}'].get.responses['200']).toBeDefined();
  });
});

describe('GET /api/kommunen/:key', () => {
  it('liefert eine Gemeinde über ARS und AGS mit Kreis, Land und Größenklasse', async () => {
    const a = await c.get('/api/kommunen/065310005005');
    expect(a.status).toBe(200);
    expect(a.json()).toMatchObject({
      ars: '065310005005',
      ags: '06531005',
      name: 'Gießen, Universitätsstadt',
      typ: 'Stadt',
      einwohner: 87_217,
      groessenklasse: 4,
      kreis: { ars: '065310000000', name: 'Landkreis Gießen' },
      land: { ars: '060000000000', name: 'Hessen', code: 'HE' },
      groessenklasseText: '50.000 bis unter 100.000 Einwohner (Städte und Gemeinden)',
    });
    expect((await c.get('/api/kommunen/06531005')).json()).toEqual(a.json());
  });

  it('Flensburg ist EINE Kommune vom Typ kreisfreie Stadt mit Größenklasse', async () => {
    const f = (await c.get('/api/kommunen/010010000000')).json();
    expect(f).toMatchObject({ ars: '010010000000', ags: '01001000', kurzname: 'Flensburg', typ: 'kreisfreie Stadt', groessenklasse: 4, kreis: null, land: { code: 'SH' } });
    expect((await c.get('/api/kommunen/01001')).json()).toEqual(f); // Kreisschlüssel → dieselbe Kommune
    expect((await c.get('/api/kommunen/01001000')).json()).toEqual(f);
    expect((await suche('q=Flensburg')).items.filter((i) => i.kurzname === 'Flensburg')).toHaveLength(1);
  });

  it('Landkreis Gießen hat die Größenklasse nach Tabelle 2 (Kreise)', async () => {
    const k = (await c.get('/api/kommunen/06531')).json();
    expect(k).toMatchObject({ ars: '065310000000', name: 'Landkreis Gießen', typ: 'Landkreis', groessenklasse: 1, kreis: null });
    expect(k.einwohner).toBeGreaterThan(250_000); // Summe der 18 Gemeinden, Zensus 2022
    expect(k.groessenklasseText).toBe('mehr als 250.000 Einwohner (Kreise)');
    const vogelsberg = (await c.get('/api/kommunen/06535')).json();
    expect(vogelsberg).toMatchObject({ typ: 'Landkreis', groessenklasse: 3 });
  });

  it('liefert Länder und Stadtstaaten über den Landesschlüssel', async () => {
    expect((await c.get('/api/kommunen/06')).json()).toMatchObject({ name: 'Hessen', typ: 'Land', groessenklasse: null, land: { ars: '060000000000', code: 'HE' } });
    expect((await c.get('/api/kommunen/11')).json()).toMatchObject({ ars: '110000000000', kurzname: 'Berlin', typ: 'Stadtstaat', groessenklasse: 1, land: { ars: '110000000000', name: 'Berlin' } });
    expect((await c.get('/api/kommunen/02')).json()).toMatchObject({ kurzname: 'Hamburg', typ: 'Stadtstaat', groessenklasse: 1 });
    expect((await c.get('/api/kommunen/04')).json()).toMatchObject({ name: 'Freie Hansestadt Bremen', typ: 'Stadtstaat', groessenklasse: null });
    expect((await c.get('/api/kommunen/04012')).json()).toMatchObject({ kurzname: 'Bremerhaven', typ: 'kreisfreie Stadt', land: { ars: '040000000000', code: 'HB' } });
  });

  it('404 für unbekannte, 400 für ungültige Schlüssel', async () => {
    const n = await c.get('/api/kommunen/999999999999');
    expect(n.status).toBe(404);
    expect(n.json().error.code).toBe('kommune.nicht_gefunden');
    expect((await c.get('/api/kommunen/16056')).status).toBe(404);
    for (const k of ['123', 'giessen', '0653100050051', '06531%2000']) {
      const r = await c.get(`/api/kommunen/${k}`);
      expect(r.status, k).toBe(400);
    }
  });
});
