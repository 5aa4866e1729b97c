import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestClient, type TestUmgebung } from '../../../testing/testApp.ts';
import { importiereVerzeichnis } from '../../kommunen/kommunen.import.ts';
import { BEREICH, ladeIndikatoren, type LadeErgebnis } from './indikatoren.laden.ts';
import { indikatorenAntwort, type IndikatorenAntwort } from './indikatoren.schemas.ts';

/**
 * Tests load the REAL shipped files, restricted to a small deterministic subset: every Gemeinde and Kreis of
 * Hessen (key 06…). The full set is loaded by the benchmark (≈ 1 min on PGlite).
 * Expected figures below were looked up by hand in data/indikatoren/werte_*.csv.gz.
 */
const HESSEN = (ags: string) => ags.startsWith('06');
const GIESSEN = '065310005005'; // Stadt Gießen, AGS 06531005, Kreis Gießen 06531

let env: TestUmgebung;
let c: TestClient;
let erstesLaden: LadeErgebnis;
beforeAll(async () => {
  env = await createTestApp({
    seed: async (db) => {
      await importiereVerzeichnis(db);
      erstesLaden = await ladeIndikatoren(db, { filter: HESSEN });
    },
  });
  c = await env.als('anonym');
}, 120_000);
afterAll(async () => env?.close());

const seite = async (key: string) => {
  const r = await c.get(`/api/kommunen/${key}/indikatoren`);
  expect(r.status, r.body).toBe(200);
  // The route sends finished JSON text; it must have exactly the documented shape.
  return indikatorenAntwort.strict().parse(r.json<IndikatorenAntwort>());
};
const eintrag = (a: IndikatorenAntwort, id: string) => {
  const e = a.items.find((i) => i.id === id);
  expect(e, id).toBeDefined();
  return e!;
};

describe('GET /api/kommunen/:key/indikatoren', () => {
  it('zeigt einer Gemeinde ihre eigenen Reihen mit Quelle, Lizenz und Stand (Werte wie in der Quelldatei)', async () => {
    const a = await seite(GIESSEN);
    expect(a.laden).toEqual({ fertig: true, prozent: null });
    expect(a.kommune).toMatchObject({ ars: GIESSEN, ags: '06531005', land: 'HE', groessenklasse: 4 });
    const ew = eintrag(a, 'destatis_einwohner');
    expect(ew.ebene).toBe('gemeinde');
    expect(ew.werte).toEqual([{ jahr: 2013, wert: 77733 }, { jahr: 2017, wert: 87343 }, { jahr: 2021, wert: 91255 }, { jahr: 2023, wert: 94996 }]);
    expect(ew.thema).toBe('Bevölkerung');
    expect(ew.quelle).toContain('Statistisches Bundesamt');
    const dichte = eintrag(a, 'da_bev_dicht');
    expect(dichte.werte).toEqual([{ jahr: 2022, wert: 1296.6 }]);
    expect(dichte.lizenz).toContain('Statistisches Bundesamt');
    expect(dichte.stand).toBe('2024-12-12');
    // Own values (2019–2022) win over the longer Kreis series (2015–2022).
    const hausarzt = eintrag(a, 'inkar_q_hausarzt_bev');
    expect(hausarzt.ebene).toBe('gemeinde');
    expect(hausarzt.werte).toEqual([{ jahr: 2019, wert: 5.23 }, { jahr: 2020, wert: 5.65 }, { jahr: 2021, wert: 5.77 }, { jahr: 2022, wert: 5.52 }]);
    expect(hausarzt.lizenz).toContain('dl-de/by-2-0');
    // At least 20 real indicators, in every theme of the page.
    expect(a.items.length).toBeGreaterThanOrEqual(20);
    expect(new Set(a.items.map((i) => i.thema))).toEqual(new Set(a.themen));
  });

  it('zeigt ohne eigenen Gemeindewert den Wert des Kreises (ebene „kreis“)', async () => {
    const a = await seite(GIESSEN);
    const sgb = eintrag(a, 'inkar_q_sgbii');
    expect(sgb.ebene).toBe('kreis');
    expect(sgb.werte.slice(0, 3)).toEqual([{ jahr: 2010, wert: 9.09 }, { jahr: 2011, wert: 8.74 }, { jahr: 2012, wert: 8.69 }]);
    expect(sgb.werte.at(-1)).toEqual({ jahr: 2021, wert: 8.8 });
    // Compared with Kreise of the Kreis-Größenklasse of the Landkreis Gießen.
    expect(sgb.vergleich).toMatchObject({ art: 'kreis', groessenklasse: a.kommune.kreisGroessenklasse, jahr: 2021 });
  });

  it('liefert einem Landkreis (Kreisschlüssel) seine Kreisreihen', async () => {
    const a = await seite('06531');
    expect(a.kommune.ags).toBe('06531');
    expect(a.items.every((i) => i.ebene === 'kreis')).toBe(true);
    expect(eintrag(a, 'destatis_einwohner').werte).toEqual([
      { jahr: 2013, wert: 253820 }, { jahr: 2017, wert: 267056 }, { jahr: 2021, wert: 272874 }, { jahr: 2023, wert: 280268 },
    ]);
  });

  it('rechnet Median und Quartile wie percentile_cont von PostgreSQL und die Lage wie percent_rank', async () => {
    const a = await seite(GIESSEN);
    const d = eintrag(a, 'da_bev_dicht');
    const pruefe = async (bedingung: ReturnType<typeof sql>) => (await sql<{ n: number; median: number; p25: number; p75: number; lage: number }>`
      with g as (
        select w.ags, w.wert from wirkung_indikator_wert w
        where w.indikator_id = 'da_bev_dicht' and w.jahr = 2022 and length(w.ags) = 8
          and w.ags in (select k.ags from kommune k where ${bedingung})),
      r as (select ags, percent_rank() over (order by wert) as pr from g)
      select (select count(*)::int from g) as n,
        (select percentile_cont(0.5) within group (order by wert) from g) as median,
        (select percentile_cont(0.25) within group (order by wert) from g) as p25,
        (select percentile_cont(0.75) within group (order by wert) from g) as p75,
        (select round(pr * 100)::int from r where ags = '06531005') as lage`.execute(env.db.k)).rows[0];
    const gk = await pruefe(sql`k.groessenklasse = 4`);
    expect(d.vergleich).toMatchObject({ art: 'gemeinde', groessenklasse: 4, n: gk.n, anteilNiedriger: gk.lage });
    expect(d.vergleich!.median).toBeCloseTo(Number(gk.median), 9);
    expect(d.vergleich!.p25).toBeCloseTo(Number(gk.p25), 9);
    expect(d.vergleich!.p75).toBeCloseTo(Number(gk.p75), 9);
    const land = await pruefe(sql`k.land = 'HE'`);
    expect(land.n).toBeGreaterThan(400); // alle Gemeinden Hessens
    expect(d.vergleichLand).toMatchObject({ land: '06', n: land.n, anteilNiedriger: land.lage });
    expect(d.vergleichLand!.median).toBeCloseTo(Number(land.median), 9);
  });

  it('antwortet auf einen unbekannten Schlüssel mit 404 und auf einen ungültigen mit 400 (deutsch, mit Code)', async () => {
    const unbekannt = await c.get('/api/kommunen/069999999999/indikatoren');
    expect(unbekannt.status).toBe(404);
    expect(unbekannt.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'kommune.nicht_gefunden', message: 'Die Kommune wurde nicht gefunden.' });
    const land = await c.get('/api/kommunen/06/indikatoren');
    expect(land.status).toBe(404);
    expect(land.json<{ error: { code: string } }>().error.code).toBe('indikatoren.keine_ebene');
    for (const key of ['abc', '0653100', '06531005x']) {
      const r = await c.get(`/api/kommunen/${key}/indikatoren`);
      expect(r.status, key).toBe(400);
      expect(r.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'anfrage.ungueltig', message: expect.stringMatching(/ungültig|Erwartet/) });
    }
  });
});

describe('Laden als versionierte Referenzdaten', () => {
  const zahl = async (tabelle: string) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabelle)}`.execute(env.db.k)).rows[0].n);

  it('vermerkt die Version; dieselbe Version noch einmal ändert nichts', async () => {
    expect(erstesLaden.geladen).toBe(true);
    expect(erstesLaden.indikatoren).toBe(120);
    const vorher = await zahl('wirkung_indikator_wert');
    expect(vorher).toBe(erstesLaden.werte);
    const stand = await sql<{ version: number; eingespielt: number }>`select version, eingespielt from referenzdaten_stand where bereich = ${BEREICH}`.execute(env.db.k);
    expect(stand.rows).toEqual([{ version: 1, eingespielt: vorher }]);
    const zweites = await ladeIndikatoren(env.db, { filter: HESSEN });
    expect(zweites.geladen).toBe(false);
    expect(await zahl('wirkung_indikator_wert')).toBe(vorher);
  });

  it('ersetzt einen nicht vermerkten (abgebrochenen oder älteren) Bestand vollständig', async () => {
    const vorher = await zahl('wirkung_indikator_wert');
    await sql`update wirkung_indikator_wert set wert = 1 where ags = '06531005' and indikator_id = 'destatis_einwohner'`.execute(env.db.k);
    await sql`delete from referenzdaten_stand where bereich = ${BEREICH}`.execute(env.db.k);
    const unvollstaendig = await seite(GIESSEN);
    expect(unvollstaendig.laden.fertig).toBe(false);
    expect(unvollstaendig.items).toEqual([]);
    const e = await ladeIndikatoren(env.db, { filter: HESSEN });
    expect(e.geladen).toBe(true);
    expect(await zahl('wirkung_indikator_wert')).toBe(vorher);
    expect(eintrag(await seite(GIESSEN), 'destatis_einwohner').werte.at(-1)).toEqual({ jahr: 2023, wert: 94996 });
  });
});
