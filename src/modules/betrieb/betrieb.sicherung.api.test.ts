import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDb, type Db } from '../../core/db/db.ts';
import { migrate } from '../../core/db/migrate.ts';
import { bereiteVor } from '../../core/start.ts';
import { fuehreAus } from '../../cli.ts';
import { alleModule } from '../index.ts';
import { pgliteVorlagePfad, vorlageAbgeschaltet, vorlagenSchluessel } from '../../testing/vorlage.ts';
import { seedKommunen, seedKonten, KOMMUNE_A } from '../../testing/fixtures.ts';
import { sichere, stelleWiederHer, tabellenPruefsummen } from './betrieb.sicherung.ts';
import { SicherungsFehler } from './betrieb.errors.ts';

/**
 * Round trip PGlite → PostgreSQL → PGlite: every table has the same checksum at every stop.
 * The PostgreSQL leg runs when DATABASE_URL is set (as `npm test` does) and is skipped otherwise.
 */
const PG_URL = process.env.DATABASE_URL;
const ordner = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-sicherung-'));
const offen: Db[] = [];

/** A fresh, migrated PGlite in memory: a clone of this run's template when there is one (fast). */
async function frischesPglite(): Promise<Db> {
  const pfad = vorlageAbgeschaltet() ? undefined : pgliteVorlagePfad(vorlagenSchluessel());
  const db = pfad && fs.existsSync(pfad) ? await openDb({ loadDataDir: new Blob([fs.readFileSync(pfad)]) }) : await openDb({});
  offen.push(db);
  await migrate(db);
  return db;
}

async function frischesPostgres(): Promise<Db> {
  const schema = `lotse_sicherung_${crypto.randomBytes(5).toString('hex')}`;
  const db = await openDb({ databaseUrl: PG_URL!, schema, poolSize: 2 });
  offen.push({
    ...db,
    close: async () => {
      try {
        await sql.raw(`drop schema if exists ${schema} cascade`).execute(db.k);
      } finally {
        await db.close();
      }
    },
  });
  await migrate(db);
  return db;
}

let quelle: Db;
let summen: Record<string, string>;
let datei1: string;

beforeAll(async () => {
  quelle = await frischesPglite();
  // Data-rich: the directory of Kommunen, every demo content (accounts, solutions, needs, self-checks,
  // matcher index), the test accounts, plus values that are easy to get wrong on the way.
  const opts = { demo: true, demoPasswort: 'demo-passwort-sicherung', log: () => {} };
  await bereiteVor(quelle, alleModule, opts);
  // Demo content arrives in the background since decision 0071; these modules' background tasks give a data-rich
  // database in a few seconds. Not the indicator reference set (670,000 rows, loaded asynchronously) nor the
  // Kaizen demo log: they would only make the backup slower, not the test stronger.
  for (const m of alleModule.filter((x) => ['loesungen', 'bedarfe', 'erhebungen', 'matching', 'uebernahmen'].includes(x.name))) {
    for (const aufgabe of m.hintergrund ?? []) await aufgabe(quelle, opts);
  }
  await seedKommunen(quelle);
  await seedKonten(quelle);
  await sql`insert into audit_log (id, kommune_id, aktion, objekt_typ, details, zeitpunkt) overriding system value
    select 900000, ${KOMMUNE_A}, 'test.sonderzeichen', 'test',
      ${JSON.stringify({ text: 'Zeile 1\nZeile 2 "Zitat" \\ Backslash – Umlaute äöüß 😀', zahl: 0.1, gross: 9007199254740991, liste: [1, null, 'x'] })}::jsonb,
      '2024-02-29 23:59:59.123456+01'`.execute(quelle.k);
  await sql`update thesaurus_eintrag set synonyme = array['mit, Komma', 'mit "Anführung"', 'mit {Klammer}'] || synonyme
    where id = (select id from thesaurus_eintrag order by id limit 1)`.execute(quelle.k);
  summen = await tabellenPruefsummen(quelle);
  datei1 = path.join(ordner, 'quelle.jsonl.gz');
  await sichere(quelle, datei1);
}, 240_000);

afterAll(async () => {
  for (const db of offen.splice(0)) await db.close().catch(() => {});
  fs.rmSync(ordner, { recursive: true, force: true });
});

const zeilen = async (db: Db, tabelle: string) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.id(tabelle)}`.execute(db.k)).rows[0].n);

describe('Sichern und Wiederherstellen', () => {
  it('sichert eine datenreiche Datenbank (Kopf mit Version und Migrationen, jede Tabelle)', async () => {
    const zeilenText = zlib.gunzipSync(fs.readFileSync(datei1)).toString('utf8').split('\n');
    const kopf = JSON.parse(zeilenText[0]);
    expect(kopf).toMatchObject({ format: 'lotse-sicherung', formatVersion: 1, quelle: 'pglite' });
    expect(kopf.migrationen.length).toBeGreaterThan(10);
    expect(kopf.migrationen[0]).toEqual({ name: expect.stringMatching(/^0001_/), pruefsumme: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const nach = Object.fromEntries(kopf.tabellen.map((t: { name: string; zeilen: number }) => [t.name, t.zeilen]));
    expect(Object.keys(nach).sort()).toEqual(Object.keys(summen).sort());
    expect(nach.schema_migration).toBeUndefined();
    for (const t of ['kommune', 'konto', 'loesung', 'bedarf', 'erhebungsrunde', 'antwortsatz', 'audit_log', 'thesaurus_eintrag', 'matching_posting']) {
      expect(nach[t], t).toBeGreaterThan(0);
    }
    expect(fs.statSync(datei1).mode & 0o077).toBe(0);
  });

  it.skipIf(!PG_URL)('zieht von PGlite nach PostgreSQL um und zurück: jede Tabelle mit derselben Prüfsumme', async () => {
    const pg = await frischesPostgres();
    await stelleWiederHer(pg, datei1);
    expect(await tabellenPruefsummen(pg)).toEqual(summen);
    const datei2 = path.join(ordner, 'postgres.jsonl.gz');
    await sichere(pg, datei2);
    const zurueck = await frischesPglite();
    await stelleWiederHer(zurueck, datei2);
    expect(await tabellenPruefsummen(zurueck)).toEqual(summen);
  }, 300_000); // two restores and a backup of ~100,000 rows; slow when the machine is shared

  it('stellt in eine frische eingebettete Datenbank wieder her, identisch, mit Sequenzen hinter den Zeilen', async () => {
    const ziel = await frischesPglite();
    const e = await stelleWiederHer(ziel, datei1);
    expect(e.zeilen).toBeGreaterThan(10_000);
    expect(await tabellenPruefsummen(ziel)).toEqual(summen);
    const max = Number((await sql<{ m: number }>`select max(id)::int as m from audit_log`.execute(ziel.k)).rows[0].m);
    const neu = await sql<{ id: number }>`insert into audit_log (kommune_id, aktion, objekt_typ) values (${KOMMUNE_A}, 'test.neu', 'test') returning id::int as id`.execute(ziel.k);
    expect(neu.rows[0].id).toBeGreaterThan(max);
    // The matcher's queue was not refilled by triggers during the restore.
    expect(await zeilen(ziel, 'matching_warteschlange')).toBe(await zeilen(quelle, 'matching_warteschlange'));
  });

  it('verweigert eine Datenbank, die nicht leer ist (deutsche Meldung) und ändert nichts', async () => {
    const fast = await frischesPglite();
    await seedKommunen(fast);
    const vorher = await tabellenPruefsummen(fast);
    const fehler = await stelleWiederHer(fast, datei1).catch((e) => e);
    expect(fehler).toBeInstanceOf(SicherungsFehler);
    expect(fehler.code).toBe('sicherung.ziel_nicht_leer');
    expect(fehler.message).toMatch(/Die Zieldatenbank ist nicht leer: kommune \(7 Zeilen\).*frisch angelegte Datenbank/);
    expect(await tabellenPruefsummen(fast)).toEqual(vorher);
  });

  it('verweigert eine Datenbank mit anderen Migrationen', async () => {
    const anders = await frischesPglite();
    await sql`update schema_migration set pruefsumme = ${'f'.repeat(64)} where name = (select min(name) from schema_migration)`.execute(anders.k);
    const fehler = await stelleWiederHer(anders, datei1).catch((e) => e);
    expect(fehler.code).toBe('sicherung.andere_migrationen');
    expect(fehler.message).toMatch(/anderen Programmstand.*0001_\w+\.sql hat eine andere Prüfsumme/);
    expect(await zeilen(anders, 'konto')).toBe(0);
  });

  it('verweigert eine abgeschnittene oder fremde Datei und ändert nichts', async () => {
    const voll = fs.readFileSync(datei1);
    const abgeschnitten = path.join(ordner, 'abgeschnitten.jsonl.gz');
    fs.writeFileSync(abgeschnitten, voll.subarray(0, Math.floor(voll.length * 0.7)));
    const ziel = await frischesPglite();
    const f1 = await stelleWiederHer(ziel, abgeschnitten).catch((e) => e);
    expect(f1).toBeInstanceOf(SicherungsFehler);
    expect(f1.message).toMatch(/beschädigt|unvollständig/);
    const fremd = path.join(ordner, 'fremd.txt');
    fs.writeFileSync(fremd, 'keine Sicherung');
    const f2 = await stelleWiederHer(ziel, fremd).catch((e) => e);
    expect(f2).toBeInstanceOf(SicherungsFehler);
    for (const t of ['kommune', 'konto', 'loesung']) expect(await zeilen(ziel, t)).toBe(0);
    // The same database takes the complete file afterwards: the failed attempts left nothing behind.
    await stelleWiederHer(ziel, datei1);
    expect(await tabellenPruefsummen(ziel)).toEqual(summen);
  });

  it('Befehle backup und restore über die Kommandozeile (Modulliste), ohne Überschreiben', async () => {
    const datei = path.join(ordner, 'cli.jsonl.gz');
    const out: string[] = [];
    const err: string[] = [];
    const opts = { db: async () => quelle, out: (s: string) => out.push(s), err: (s: string) => err.push(s), env: { DATABASE_URL: '' } };
    expect(await fuehreAus(['backup', datei], opts)).toBe(0);
    expect(out.join('\n')).toMatch(/Sicherung geschrieben: .*cli\.jsonl\.gz .*Tabellen/);
    expect(await fuehreAus(['backup', datei], opts)).toBe(1);
    expect(err.join('\n')).toMatch(/gibt es schon.*--ueberschreiben/);
    const ziel = await frischesPglite();
    expect(await fuehreAus(['restore', datei], { ...opts, db: async () => ziel })).toBe(0);
    expect(await tabellenPruefsummen(ziel)).toEqual(summen);
    expect(await fuehreAus(['restore', datei], { ...opts, db: async () => ziel })).toBe(1);
    expect(err.join('\n')).toMatch(/Zieldatenbank ist nicht leer/);
  });
});
