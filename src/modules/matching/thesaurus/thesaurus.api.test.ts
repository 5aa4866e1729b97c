import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../core/db/db.ts';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { createTestDb } from '../../../testing/testDb.ts';
import { manifest } from '../index.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

const log = () => {};
/** Runs the matching module's start tasks, as a (re)start of the server does. */
async function neustart(db: Db) {
  for (const aufgabe of manifest.start ?? []) await aufgabe(db, { demo: false, log });
}

/** The thesaurus as a comparable list (ids and timestamps differ between databases). */
async function thesaurus(db: Db) {
  const r = await sql<{ begriff: string; synonyme: string[]; hinweis: string }>`
    select begriff, synonyme, hinweis from thesaurus_eintrag order by lower(begriff), begriff`.execute(db.k);
  return r.rows;
}

const seedStand = async (db: Db) =>
  (await sql<{ version: number }>`select version from referenzdaten_stand where bereich = 'matching.thesaurus' order by version`.execute(db.k)).rows.map((r) => r.version);

const plattformAudit = async (db: Db, objektId: string) =>
  (await sql<{ aktion: string; konto_id: string | null; objekt_typ: string; details: Record<string, unknown> }>`
    select aktion, konto_id, objekt_typ, details from plattform_audit_log where objekt_id = ${objektId} order by id`.execute(db.k)).rows;

describe('Thesaurus-Pflege: Plattform-Audit', () => {
  it('schreibt Anlegen, Ändern und Löschen durch die Transferstelle ins Plattform-Protokoll', async () => {
    const t = await env.als('transferstelle');
    const neu = await t.post('/api/thesaurus', { begriff: 'Protokollbegriff', synonyme: ['Eins'] });
    expect(neu.status, neu.body).toBe(201);
    const id = neu.json().id as string;
    expect((await t.put(`/api/thesaurus/${id}`, { begriff: 'Protokollbegriff', synonyme: ['Zwei'], hinweis: 'geändert' })).status).toBe(200);
    expect((await t.delete(`/api/thesaurus/${id}`)).status).toBe(204);
    const eintraege = await plattformAudit(env.db, id);
    expect(eintraege.map((e) => e.aktion)).toEqual(['thesaurus.angelegt', 'thesaurus.geaendert', 'thesaurus.geloescht']);
    for (const e of eintraege) {
      expect(e.konto_id).toBe(env.kontoIds.transferstelle);
      expect(e.objekt_typ).toBe('thesaurus_eintrag');
      expect(e.details).toMatchObject({ begriff: 'Protokollbegriff' });
    }
    expect(eintraege[1].details).toMatchObject({ synonyme: ['Zwei'] });
  });

  it('ändert nichts, wenn das Protokoll nicht geschrieben werden kann (eine Transaktion)', async () => {
    await env.db.script(`
      create function test_audit_sperre() returns trigger language plpgsql as $$ begin raise exception 'Protokoll gesperrt'; end $$;
      create trigger test_audit_sperre before insert on plattform_audit_log for each row execute function test_audit_sperre();`);
    try {
      const t = await env.als('transferstelle');
      const r = await t.post('/api/thesaurus', { begriff: 'Ohne Protokoll', synonyme: ['Nie'] });
      expect(r.status).toBeGreaterThanOrEqual(500);
      expect((await thesaurus(env.db)).some((e) => e.begriff === 'Ohne Protokoll')).toBe(false);
    } finally {
      await env.db.script('drop trigger test_audit_sperre on plattform_audit_log; drop function test_audit_sperre();');
    }
  });
});

describe('Thesaurus-Startbestand als Referenzdaten (docs/decisions/0051)', () => {
  const datei = JSON.parse(fs.readFileSync(new URL('../daten/thesaurus.v1.json', import.meta.url), 'utf8')) as {
    version: number;
    gruppen: { begriff: string; synonyme: string[]; hinweis?: string }[];
  };

  it('die Datei v1 enthält genau die Gruppen der alten Migrationen', async () => {
    const db = await createTestDb();
    try {
      const erwartet = datei.gruppen.map((g) => ({ begriff: g.begriff, synonyme: g.synonyme, hinweis: g.hinweis ?? '' }));
      expect(await thesaurus(db)).toEqual(erwartet);
    } finally {
      await db.close();
    }
  });

  it('eine bestehende Installation (Migration 0050 angewendet) gilt als Stand v1 und bekommt nichts doppelt', async () => {
    const db = await createTestDb();
    try {
      const vorher = await thesaurus(db);
      expect(await seedStand(db)).toEqual([]);
      await neustart(db);
      expect(await seedStand(db)).toEqual([1, 2]);
      expect(await thesaurus(db)).toEqual(vorher);
    } finally {
      await db.close();
    }
  });

  it('eine Installation ohne die alten Migrationen bekommt denselben Thesaurus aus der Datei', async () => {
    const alt = await createTestDb();
    const neu = await createTestDb();
    try {
      await neustart(alt);
      // a database whose schema never ran the old thesaurus migrations (e.g. after a future squash)
      await sql`delete from thesaurus_eintrag`.execute(neu.k);
      await sql`delete from schema_migration where name in ('0026_thesaurus_start.sql', '0028_thesaurus_erweiterung.sql', '0029_thesaurus_englisch.sql', '0050_thesaurus_alltag.sql')`.execute(neu.k);
      await neustart(neu);
      expect(await seedStand(neu)).toEqual([1, 2]);
      expect(await thesaurus(neu)).toEqual(await thesaurus(alt));
      expect((await thesaurus(neu)).length).toBe(datei.gruppen.length);
    } finally {
      await alt.close();
      await neu.close();
    }
  });

  it('Änderungen und Löschungen der Transferstelle überstehen einen Neustart', async () => {
    const t = await env.als('transferstelle');
    await neustart(env.db);
    const liste = (await t.get('/api/thesaurus?q=knöllchen')).json().items as { id: string; begriff: string }[];
    const knoellchen = liste.find((e) => e.begriff === 'Knöllchen')!;
    expect((await t.put(`/api/thesaurus/${knoellchen.id}`, { begriff: 'Knöllchen', synonyme: ['Strafzettel'], hinweis: 'von der Transferstelle gekürzt' })).status).toBe(200);
    const kita = ((await t.get('/api/thesaurus?q=kita')).json().items as { id: string; begriff: string }[]).find((e) => e.begriff === 'Kita')!;
    expect((await t.delete(`/api/thesaurus/${kita.id}`)).status).toBe(204);
    const vorher = await thesaurus(env.db);

    await neustart(env.db);
    await neustart(env.db);

    expect(await thesaurus(env.db)).toEqual(vorher);
    expect(vorher.find((e) => e.begriff === 'Knöllchen')).toEqual({ begriff: 'Knöllchen', synonyme: ['Strafzettel'], hinweis: 'von der Transferstelle gekürzt' });
    expect(vorher.some((e) => e.begriff === 'Kita')).toBe(false);
    expect(await seedStand(env.db)).toEqual([1, 2]);
  });
});
