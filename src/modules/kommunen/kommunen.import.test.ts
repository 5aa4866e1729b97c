import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import { createTestDb } from '../../testing/testDb.ts';
import { seedKommunen } from '../../testing/fixtures.ts';
import { ImportFehler, STANDARD_CSV, baueVerzeichnis, importiereVerzeichnis, leseGemeindeCsv, verzeichnisLaden, type Fortschritt } from './kommunen.import.ts';
import { sucheKommunen } from './kommunen.repository.ts';
import { fuehreAus } from '../../cli.ts';

let db: Db;
let dir: string;
const original = fs.readFileSync(STANDARD_CSV, 'utf8');
const zeilen = original.trimEnd().split('\n');

beforeAll(async () => {
  db = await createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-import-'));
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const datei = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};
/** The shipped file with line `nr` (1 = header) replaced. */
const mitZeile = (nr: number, ersatz: string) => zeilen.map((z, i) => (i === nr - 1 ? ersatz : z)).join('\n') + '\n';
const fingerabdruck = async () =>
  (await sql<{ n: number; s: string; h: string }>`select count(*)::int as n, sum(einwohner)::text as s, md5(string_agg(id || name || einwohner, ',' order by id)) as h from kommune`.execute(db.k)).rows[0];

describe('leseGemeindeCsv', () => {
  it('liest die mitgelieferte Datei', () => {
    const g = leseGemeindeCsv(original);
    expect(g).toHaveLength(10_786);
    expect(g.reduce((s, x) => s + x.einwohner, 0)).toBe(82_711_282);
    expect(g[0]).toEqual({ zeile: 2, land: 'BY', ars: '092760130130', name: 'Lindberg', einwohner: 2294 });
  });

  it.each([
    ['fehlende Spalte', 'state,ags,place\nBY,092760130130,Lindberg\n', 1, /Spalte fehlt: population/],
    ['nicht numerische Einwohnerzahl', mitZeile(5, 'BY,094775437135,"Ludwigschorgast, M",neunhundert'), 5, /Einwohnerzahl „neunhundert“/],
    ['negative Einwohnerzahl', mitZeile(7, 'BY,099999999998,Irgendwo,-5'), 7, /Einwohnerzahl/],
    ['ungültiger ARS', mitZeile(3, 'RP,07335501102,"Landstuhl, Sickingenstadt, Stadt",8305'), 3, /nicht 12-stellig/],
    ['doppelter ARS', mitZeile(4, 'BY,092760130130,Lindberg,2294'), 4, /doppelt.*Zeile 2/],
    ['unbekanntes Land', mitZeile(6, 'XY,099999999999,Nirgendwo,5'), 6, /Länderkürzel „XY“/],
    ['ARS passt nicht zum Land', mitZeile(6, 'HE,990000000001,Nirgendwo,5'), 6, /gehört nicht zu HE/],
    ['falsche Spaltenzahl', mitZeile(9, 'BY,092760130130'), 9, /Spalten/],
    ['leere Datei', '', 1, /leer/],
  ])('lehnt ab: %s (mit Zeilennummer)', (_fall, text, zeile, meldung) => {
    let fehler: unknown;
    try {
      leseGemeindeCsv(text);
    } catch (e) {
      fehler = e;
    }
    expect(fehler).toBeInstanceOf(ImportFehler);
    expect((fehler as ImportFehler).zeile).toBe(zeile);
    expect((fehler as ImportFehler).message).toMatch(`Zeile ${zeile}`);
    expect((fehler as ImportFehler).message).toMatch(meldung);
  });

  it('meldet mehrere Fehler auf einmal', () => {
    const text = ['state,ags,place,population', 'BY,1,A,1', 'BY,092760130130,B,x', 'BY,092760130130,C,1'].join('\n');
    expect(() => leseGemeindeCsv(text)).toThrow(ImportFehler);
    try {
      leseGemeindeCsv(text);
    } catch (e) {
      expect((e as ImportFehler).fehler.map((f) => f.zeile)).toEqual([2, 3, 4]);
    }
  });

  it('akzeptiert andere Spaltenreihenfolge, Zusatzspalten und BOM', () => {
    const g = leseGemeindeCsv('\uFEFFpopulation,place,ags,state,extra\n2294,Lindberg,092760130130,BY,x\n');
    expect(g).toEqual([{ zeile: 2, land: 'BY', ars: '092760130130', name: 'Lindberg', einwohner: 2294 }]);
  });
});

describe('baueVerzeichnis', () => {
  it('meldet Abweichungen zwischen Gemeindeverzeichnis und landkreise-deutschland', () => {
    const v = baueVerzeichnis(leseGemeindeCsv(original));
    expect(v.warnungen).toHaveLength(1);
    expect(v.warnungen[0]).toMatch(/16056 „Eisenach, Stadt“/);
    const unbekannterKreis = baueVerzeichnis([{ zeile: 2, land: 'HE', ars: '069990001001', name: 'Neuhausen', einwohner: 10 }], [{ schluessel: '06531', typ: 'Landkreis', name: 'Gießen' }]);
    expect(unbekannterKreis.warnungen.join('\n')).toMatch(/06999 .*fehlt in landkreise-deutschland/);
    expect(unbekannterKreis.gemeinden[0]).toMatchObject({ kreis_id: null, land_id: '060000000000', groessenklasse: 7 });
  });
});

describe('importiereVerzeichnis', () => {
  it('lädt das Verzeichnis in einer Transaktion, neben vorhandenen Test-Kommunen, mit Fortschritt', async () => {
    await seedKommunen(db);
    const schritte: Fortschritt[] = [];
    const e = await importiereVerzeichnis(db, { onProgress: (f) => schritte.push(f) });
    expect(e).toMatchObject({ gemeinden: 10_786, kreise: 294, laender: 14 });
    const schreiben = schritte.filter((s) => s.phase === 'schreiben');
    expect(schreiben.length).toBeGreaterThan(3);
    expect(schreiben.at(-1)).toEqual({ phase: 'schreiben', fertig: 11_094, gesamt: 11_094 });
    expect(schritte.at(-1)?.phase).toBe('fertig');
    // Test-Kommunen (Fixtures, gerundete Einwohnerzahlen) werden mit den echten Daten überschrieben.
    const z = await db.k.selectFrom('kommune').selectAll().where('id', '=', '065310011011').executeTakeFirstOrThrow();
    expect(z).toMatchObject({ name: 'Lich, Stadt', einwohner: 13_982, typ: 'Stadt', groessenklasse: 6, kreis_id: '065310000000' });
    expect(await db.k.selectFrom('kommune').select('einwohner').where('id', '=', '060000000000').executeTakeFirstOrThrow()).toEqual({ einwohner: 6_207_278 });
  });

  it('ein zweiter Import derselben Datei ändert nichts', async () => {
    const vorher = await fingerabdruck();
    const e = await importiereVerzeichnis(db);
    expect(e.geschrieben).toBe(0);
    expect(e.nichtMehrEnthalten).toEqual([]);
    expect(await fingerabdruck()).toEqual(vorher);
  });

  it('lehnt eine fehlerhafte Datei mit Zeilennummer ab und ändert nichts', async () => {
    const vorher = await fingerabdruck();
    const pfad = datei('kaputt.csv', mitZeile(5000, 'HE,065310005005,"Gießen, Universitätsstadt",viele'));
    await expect(importiereVerzeichnis(db, { csvPfad: pfad })).rejects.toThrow(/Zeile 5000: Einwohnerzahl „viele“/);
    const doppelt = datei('doppelt.csv', zeilen.join('\n') + '\nHE,065310005005,"Gießen, Universitätsstadt",1\n');
    await expect(importiereVerzeichnis(db, { csvPfad: doppelt })).rejects.toMatchObject({ zeile: 10_788 });
    expect(await fingerabdruck()).toEqual(vorher);
  });

  it('übernimmt ein neueres Verzeichnis (Upsert) und die Suche zeigt es sofort', async () => {
    const vorher = (await sucheKommunen(db, { q: 'Gießen', limit: 1, offset: 0 })).items[0];
    expect(vorher.einwohner).toBe(87_217);
    const i = zeilen.findIndex((z) => z.startsWith('HE,065310005005,'));
    const neu = datei('neu.csv', mitZeile(i + 1, 'HE,065310005005,"Gießen, Universitätsstadt",100001'));
    const e = await importiereVerzeichnis(db, { csvPfad: neu });
    expect(e.geschrieben).toBe(3); // Gießen, dazu die Summen von Landkreis Gießen und Hessen – sonst nichts
    const g = await db.k.selectFrom('kommune').select(['einwohner', 'groessenklasse']).where('id', '=', '065310005005').executeTakeFirstOrThrow();
    expect(g).toEqual({ einwohner: 100_001, groessenklasse: 3 });
    // zurück zum Original
    await importiereVerzeichnis(db);
  });

  it('meldet Kommunen, die im neuen Verzeichnis fehlen, und behält sie', async () => {
    const ohneLindberg = datei('ohne.csv', zeilen.filter((z) => !z.startsWith('BY,092760130130,')).join('\n'));
    const e = await importiereVerzeichnis(db, { csvPfad: ohneLindberg });
    expect(e.nichtMehrEnthalten).toEqual(['092760130130']);
    expect(await db.k.selectFrom('kommune').select('id').where('id', '=', '092760130130').executeTakeFirst()).toBeDefined();
    await importiereVerzeichnis(db);
  });
});

describe('Start-Aufgabe verzeichnisLaden', () => {
  it('lädt nur, wenn die Tabelle leer ist', async () => {
    const leer = await createTestDb();
    try {
      const log: string[] = [];
      await verzeichnisLaden(leer, { demo: false, log: (m) => log.push(m) });
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/10786 Gemeinden/);
      await verzeichnisLaden(leer, { demo: false, log: (m) => log.push(m) });
      expect(log).toHaveLength(1);
    } finally {
      await leer.close();
    }
  });
});

describe('CLI', () => {
  const lauf = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await fuehreAus(argv, { db: async () => db, env, out: (z) => out.push(z), err: (z) => err.push(z) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('import-gemeinden: fehlerhafte Datei → Exit-Code 1, Zeilennummer, nichts geändert', async () => {
    const vorher = await fingerabdruck();
    const r = await lauf(['import-gemeinden', datei('cli-kaputt.csv', mitZeile(42, 'BY,092760130130,Lindberg,2294'))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Zeile 42: Regionalschlüssel 092760130130 kommt doppelt vor/);
    expect(r.err).toMatch(/nichts geändert/);
    expect(await fingerabdruck()).toEqual(vorher);
    expect((await lauf(['import-gemeinden', path.join(dir, 'gibt-es-nicht.csv')])).code).toBe(1);
    expect((await lauf(['import-gemeinden'])).code).toBe(2);
  });

  it('import-gemeinden: gültige Datei → Exit-Code 0 und Zusammenfassung', async () => {
    const r = await lauf(['import-gemeinden', STANDARD_CSV]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/10786 Gemeinden, 294 Landkreise/);
    expect(r.err).toMatch(/Eisenach/);
  });

  it('create-admin: legt an bzw. vergibt die Rolle einem bestehenden Konto', async () => {
    expect((await lauf(['create-admin', 'chefin@example.org'], { LOTSE_ADMIN_PASSWORT: 'zu-kurz' })).code).toBe(1);
    const a = await lauf(['create-admin', 'Chefin@Example.org'], { LOTSE_ADMIN_PASSWORT: 'ein-langes-passwort' });
    expect(a.code).toBe(0);
    const rollen = () => db.k.selectFrom('plattform_rolle as r').innerJoin('konto as k', 'k.id', 'r.konto_id').select(['k.email', 'r.rolle']).where('k.email', 'like', '%@example.org').orderBy('k.email').execute();
    expect(await rollen()).toEqual([{ email: 'chefin@example.org', rolle: 'plattform-admin' }]);
    await db.k.insertInto('konto').values({ email: 'bestand@example.org', name: 'Bestand', passwort_hash: 'x' }).execute();
    const b = await lauf(['create-admin', 'bestand@example.org']);
    expect(b.code).toBe(0);
    expect(b.out).toMatch(/besteht bereits/);
    expect(await rollen()).toHaveLength(2);
    expect((await lauf(['create-admin', 'chefin@example.org'])).code).toBe(0); // idempotent
    expect((await lauf(['create-admin', 'keine-mail'])).code).toBe(1);
    expect((await lauf(['gibt-es-nicht'])).code).toBe(2);
  });
});
