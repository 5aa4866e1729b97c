/**
 * The migration runner: one order, checksums of applied migrations, and a database migrated step by
 * step (with data in between) ends up with the same catalogue as a fresh one. Runs on the engine under
 * test (PGlite, or PostgreSQL with LOTSE_TEST_DB=postgres). Each test works on a temp copy of migrations/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from './db.ts';
import { leseMigrationen, migrate, MIGRATIONS_DIR, MigrationsFehler, pruefsumme } from './migrate.ts';
import { createLeereTestDb, createTestDb } from '../../testing/testDb.ts';
import { leseKatalog } from '../../testing/katalog.ts';

const ordner: string[] = [];
function kopie(bis?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-migrationen-'));
  ordner.push(dir);
  for (const f of fs.readdirSync(MIGRATIONS_DIR)) {
    if (f.endsWith('.sql') && (bis === undefined || f <= bis)) fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
  }
  return dir;
}
afterEach(() => {
  for (const o of ordner.splice(0)) fs.rmSync(o, { recursive: true, force: true });
});
const neueste = () => fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort().at(-1)!;
const angewendet = async (db: Db) =>
  (await sql<{ name: string; pruefsumme: string | null }>`select name, pruefsumme from schema_migration order by name`.execute(db.k)).rows;
const tabelleDa = async (db: Db, name: string) =>
  (await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema() and table_name = ${name}`.execute(db.k)).rows[0].n > 0;

describe('Migrationen: Prüfsummen und Reihenfolge', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('vermerkt zu jeder angewendeten Migration die sha256 ihrer Datei', async () => {
    const dateien = leseMigrationen(kopie());
    expect(await angewendet(db)).toEqual(dateien.map((d) => ({ name: d.name, pruefsumme: d.pruefsumme })));
    expect(await migrate(db, kopie())).toEqual([]);
  });

  it('hält an, wenn eine angewendete Migration nachträglich verändert wurde, und wendet dann nichts an', async () => {
    const dir = kopie();
    fs.appendFileSync(path.join(dir, '0020_loesungen.sql'), '\ncreate index loesung_titel_idx on loesung (titel);\n');
    fs.writeFileSync(path.join(dir, '9998_neu.sql'), 'create table spaeter_neu (x int);');
    const fehler = await migrate(db, dir).catch((e: unknown) => e);
    expect(fehler).toBeInstanceOf(MigrationsFehler);
    expect((fehler as Error).message).toMatch(/Die Migration 0020_loesungen\.sql wurde nach dem Anwenden verändert/);
    expect((fehler as Error).message).toMatch(/git checkout -- migrations\/0020_loesungen\.sql/);
    expect(await tabelleDa(db, 'spaeter_neu')).toBe(false);
  });

  it('wertet andere Zeilenenden (CRLF aus einem Windows-Checkout) nicht als Änderung', async () => {
    const dir = kopie();
    const datei = path.join(dir, '0020_loesungen.sql');
    fs.writeFileSync(datei, fs.readFileSync(datei, 'utf8').replace(/\r?\n/g, '\r\n'));
    expect(await migrate(db, dir)).toEqual([]);
  });

  it('weist eine neue Migration ab, die vor die zuletzt angewendete sortiert', async () => {
    const dir = kopie();
    fs.writeFileSync(path.join(dir, '0035_nachzuegler.sql'), 'create table nachzuegler (x int);');
    await expect(migrate(db, dir)).rejects.toThrow(
      new RegExp(`Die Migration 0035_nachzuegler\\.sql ist noch nicht angewendet, sortiert aber vor der zuletzt angewendeten Migration ${neueste()}`));
    expect(await tabelleDa(db, 'nachzuegler')).toBe(false);
    // Renamed behind the newest one, it is applied.
    const nummer = String(Number(neueste().slice(0, 4)) + 1).padStart(4, '0');
    fs.renameSync(path.join(dir, '0035_nachzuegler.sql'), path.join(dir, `${nummer}_nachzuegler.sql`));
    expect(await migrate(db, dir)).toEqual([`${nummer}_nachzuegler.sql`]);
    await db.script(`drop table nachzuegler; delete from schema_migration where name = '${nummer}_nachzuegler.sql';`);
  });

  it('hält an, wenn die Datei einer angewendeten Migration fehlt', async () => {
    const dir = kopie();
    fs.rmSync(path.join(dir, '0021_loesungen_pruefung.sql'));
    await expect(migrate(db, dir)).rejects.toThrow(/Die Migration 0021_loesungen_pruefung\.sql ist in der Datenbank als angewendet vermerkt, die Datei fehlt aber/);
  });

  it('ergänzt beim ersten Lauf nach dem Update die Prüfsummen bereits angewendeter Migrationen', async () => {
    // The state before checksums existed: schema_migration without the column.
    await db.script('alter table schema_migration drop column pruefsumme;');
    const dir = kopie();
    expect(await migrate(db, dir)).toEqual([]);
    const dateien = leseMigrationen(dir);
    expect(await angewendet(db)).toEqual(dateien.map((d) => ({ name: d.name, pruefsumme: d.pruefsumme })));
    fs.appendFileSync(path.join(dir, '0001_kern.sql'), '\n-- nachträglich\n');
    await expect(migrate(db, dir)).rejects.toThrow(/Die Migration 0001_kern\.sql wurde nach dem Anwenden verändert/);
  });

  it('weist falsch benannte und doppelt nummerierte Dateien ab', () => {
    const dir = kopie();
    fs.writeFileSync(path.join(dir, '0052_Gross.sql'), 'select 1;');
    expect(() => leseMigrationen(dir)).toThrow(/Die Datei 0052_Gross\.sql .* passt nicht zum Namensschema NNNN_name\.sql/);
    fs.rmSync(path.join(dir, '0052_Gross.sql'));
    fs.writeFileSync(path.join(dir, '0020_zweite.sql'), 'select 1;');
    expect(() => leseMigrationen(dir)).toThrow(/Die Migrationen 0020_loesungen\.sql und 0020_zweite\.sql tragen dieselbe Nummer 0020/);
  });

  it('berechnet die Prüfsumme über den Text mit LF-Zeilenenden', () => {
    expect(pruefsumme('a\r\nb\r\n')).toBe(pruefsumme('a\nb\n'));
    expect(pruefsumme('a\nb\n')).not.toBe(pruefsumme('a\nb \n'));
  });
});

describe('Migrationen: schrittweise migriert = frisch migriert', () => {
  const dbs: Db[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });
  const leer = async () => {
    const db = await createLeereTestDb();
    dbs.push(db);
    return db;
  };

  it('ergibt nach Migration bis zur Mitte, Daten und den übrigen Migrationen (einzeln) denselben Katalog', async () => {
    const mitte = '0020_loesungen.sql';
    const frisch = await leer();
    await migrate(frisch);

    const alt = await leer();
    const dir = kopie(mitte);
    await migrate(alt, dir);
    // A little data, as a long-running installation has it, before the later migrations run.
    await alt.script(`
      insert into kommune (id, ags, name, kurzname, typ, einwohner, land, such_name)
        values ('065310005005', '06531005', 'Gießen, Universitätsstadt', 'Gießen', 'Stadt', 87217, 'HE', 'giessen');
      insert into konto (email, name, passwort_hash) values ('alt@giessen.test', 'Alt', 'x');
      insert into mitgliedschaft (kommune_id, konto_id, rolle) select '065310005005', id, 'admin' from konto;
      insert into loesung (kommune_id, status, titel, zusammenfassung, problem)
        values ('065310005005', 'veroeffentlicht', 'Mängelmelder', 'Bürger melden Schäden', 'Schlaglöcher');`);
    for (const f of fs.readdirSync(MIGRATIONS_DIR).filter((n) => n.endsWith('.sql') && n > mitte).sort()) {
      fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
      expect(await migrate(alt, dir)).toEqual([f]);
    }

    const katalog = await leseKatalog(frisch);
    expect(katalog.relationen.map((r) => r.name)).toEqual(expect.arrayContaining(['konto', 'loesung', 'bedarf', 'schema_migration']));
    expect(katalog.indizes.map((i) => i.name)).toContain('konto_email_idx');
    expect(katalog.constraints.length).toBeGreaterThan(20);
    expect(await leseKatalog(alt)).toEqual(katalog);
    expect((await angewendet(alt)).map((a) => a.name)).toEqual((await angewendet(frisch)).map((a) => a.name));

    // The comparison sees a difference in nullability (so it can fail) …
    await alt.script('alter table kommune alter column kurzname drop not null;');
    expect(await leseKatalog(alt)).not.toEqual(katalog);
    // … and the template every test file clones equals the fresh database, too.
    const klon = await createTestDb();
    dbs.push(klon);
    expect(await leseKatalog(klon)).toEqual(katalog);
  });
});
