import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, TEST_KONTEN, TEST_PASSWORT } from '../../../testing/fixtures.ts';
import { protokolliere } from '../../../core/audit.ts';
import { legeMailAb } from '../../../core/mail.ts';
import { raeumeAuf } from './dsgvo.usecases.ts';

const TAG = 86_400_000;
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Eigenes Konto: Auskunft und Löschen (Art. 15, 17, 20)', () => {
  it('die Auskunft enthält das eigene Konto und alle Verweise darauf, ohne Passwort-Hash und Sitzungskennung', async () => {
    const id = env.kontoIds.mitglied;
    // A second factor with recovery codes: neither the secret nor the code hashes may leave in the file.
    await sql`update konto set totp_geheimnis = 'GEHEIMNISGEHEIMNIS' where id = ${id}`.execute(env.db.k);
    await sql`insert into konto_wiederherstellungscode (konto_id, code_hash) values (${id}, 'wiederherstellung-hash-123')`.execute(env.db.k);
    await env.db.k.insertInto('bedarf').values({ kommune_id: KOMMUNE_A, titel: 'Mein Bedarf', beschreibung: 'x', dringlichkeit: 'mittel', status: 'neu', erstellt_von: id }).execute();
    const c = await env.als('mitglied');
    const r = await c.get('/api/konto/datenexport');
    expect(r.status, r.body).toBe(200);
    expect(String(r.headers['content-disposition'])).toMatch(/^attachment; filename="lotse-meine-daten-/);
    const d = r.json();
    expect(d.konto.email).toBe(TEST_KONTEN.mitglied);
    expect(d.verweise['mitgliedschaft.konto_id']).toEqual([expect.objectContaining({ kommune_id: KOMMUNE_A, rolle: 'mitglied' })]);
    expect(d.verweise['bedarf.erstellt_von'].map((b: { titel: string }) => b.titel)).toEqual(['Mein Bedarf']);
    expect(d.verweise['sitzung.konto_id'].length).toBeGreaterThan(0);
    expect(r.body).not.toMatch(/passwort_hash|\$argon2|totp_geheimnis|code_hash/);
    expect(d.verweise['sitzung.konto_id'][0]).not.toHaveProperty('id');
    expect(r.body).not.toContain('GEHEIMNISGEHEIMNIS');
    expect(r.body).not.toContain('wiederherstellung-hash-123');
    expect(d.verweise['konto_wiederherstellungscode.konto_id']).toEqual([expect.objectContaining({ verwendet_am: null })]);
    expect(r.body).not.toContain(TEST_KONTEN.admin);
  });

  it('die letzte Administration einer Kommune kann ihr Konto nicht löschen (409, deutsch)', async () => {
    const r = await (await env.als('admin')).post('/api/konto/loeschen', { passwort: TEST_PASSWORT });
    expect(r.status).toBe(409);
    expect(r.json().error.code).toBe('konto.letzter_admin');
    expect(r.json().error.message).toContain('Gießen, Universitätsstadt');
    expect(await env.db.k.selectFrom('konto').select('id').where('id', '=', env.kontoIds.admin).executeTakeFirst()).toBeDefined();
  });

  it('ein falsches Passwort löscht nichts', async () => {
    const r = await (await env.als('mitglied')).post('/api/konto/loeschen', { passwort: 'falsches-passwort' });
    expect(r.status).toBe(422);
    expect(r.json().error.code).toBe('auth.passwort_falsch');
  });

  it('löscht das Konto; Inhalte bleiben bei der Kommune, das Audit-Log behält die Tatsache ohne die Person', async () => {
    const id = env.kontoIds.mitglied;
    // An invitation the member accepted, entries by and about the member, a mail to them.
    await env.db.k.transaction().execute(async (tx) => {
      await tx.insertInto('einladung').values({ kommune_id: KOMMUNE_A, token_hash: 'dsgvo-test', rolle: 'mitglied', email: TEST_KONTEN.mitglied, erstellt_von: id, laeuft_ab_am: new Date(Date.now() + TAG), angenommen_von: id, angenommen_am: new Date() }).execute();
      await protokolliere(tx, [
        { kommuneId: KOMMUNE_A, kontoId: env.kontoIds.admin, aktion: 'mitglied.rolle_geaendert', objektTyp: 'mitgliedschaft', objektId: id, details: { name: 'Test mitglied', von: 'admin', zu: 'mitglied' } },
        { kommuneId: KOMMUNE_A, kontoId: env.kontoIds.admin, aktion: 'mitglied.eingeladen', objektTyp: 'einladung', objektId: 'x', details: { rolle: 'mitglied', email: TEST_KONTEN.mitglied } },
        { kommuneId: KOMMUNE_A, kontoId: id, aktion: 'bedarf.erstellt', objektTyp: 'bedarf', objektId: 'y' },
      ]);
      await legeMailAb(tx, { an: TEST_KONTEN.mitglied, art: 'test', betreff: 'Hallo', text: 'Text' });
    });
    const c = await env.als('mitglied');
    const r = await c.post('/api/konto/loeschen', { passwort: TEST_PASSWORT });
    expect(r.status, r.body).toBe(204);
    expect((await c.get('/api/auth/me')).json().konto).toBeNull();
    expect(await env.db.k.selectFrom('konto').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
    // The need stays with the Kommune, without the author.
    const b = await env.db.k.selectFrom('bedarf').select('erstellt_von').where('titel', '=', 'Mein Bedarf').executeTakeFirstOrThrow();
    expect(b.erstellt_von).toBeNull();
    const e = await env.db.k.selectFrom('einladung').select(['erstellt_von', 'angenommen_von']).where('token_hash', '=', 'dsgvo-test').executeTakeFirstOrThrow();
    expect(e).toEqual({ erstellt_von: null, angenommen_von: null });
    // Audit: the facts stay, nothing names the person any more.
    const audit = await sql<{ j: string }>`select row_to_json(a)::text as j from audit_log a where kommune_id = ${KOMMUNE_A}`.execute(env.db.k);
    const text = audit.rows.map((x) => x.j).join('\n');
    expect(text).toContain('mitglied.rolle_geaendert');
    expect(text).toContain('bedarf.erstellt');
    expect(text).toContain('mitglied.konto_geloescht');
    expect(text).not.toContain(id);
    expect(text).not.toContain(TEST_KONTEN.mitglied);
    expect(text).not.toContain('Test mitglied');
    const plattform = await env.db.k.selectFrom('plattform_audit_log').select(['aktion', 'konto_id']).where('aktion', '=', 'konto.geloescht').execute();
    expect(plattform).toEqual([{ aktion: 'konto.geloescht', konto_id: null }]);
    expect(await env.db.k.selectFrom('mail_ausgang').select('id').where('an', '=', TEST_KONTEN.mitglied).execute()).toEqual([]);
  });

  it('jede Spalte, die auf ein Konto verweist, gibt beim Löschen nach (cascade oder set null) – auch in künftigen Tabellen', async () => {
    const r = await sql<{ tabelle: string; spalte: string; regel: string }>`
      select c.relname as tabelle, a.attname as spalte, k.confdeltype::text as regel
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
      where k.contype = 'f' and r.relname = 'konto' and k.connamespace = current_schema()::regnamespace`.execute(env.db.k);
    expect(r.rows.length).toBeGreaterThan(5);
    expect(r.rows.filter((x) => x.regel !== 'c' && x.regel !== 'n').map((x) => `${x.tabelle}.${x.spalte}`)).toEqual([]);
  });
});

describe('Geplantes Aufräumen', () => {
  it('löscht abgelaufene Sitzungen, erledigte Einladungen und alte versendete Mails – und sonst nichts', async () => {
    const jetzt = new Date();
    const vor = (tage: number) => new Date(jetzt.getTime() - tage * TAG);
    const admin = env.kontoIds.admin;
    await env.db.k.insertInto('sitzung').values([
      { id: 'abgelaufen', konto_id: admin, laeuft_ab_am: vor(1) },
      { id: 'gueltig', konto_id: admin, laeuft_ab_am: new Date(jetzt.getTime() + TAG) },
    ]).execute();
    await env.db.k.insertInto('einladung').values([
      { kommune_id: KOMMUNE_A, token_hash: 'alt-angenommen', rolle: 'mitglied', email: null, erstellt_von: admin, laeuft_ab_am: vor(30), angenommen_von: admin, angenommen_am: vor(40) },
      { kommune_id: KOMMUNE_A, token_hash: 'alt-abgelaufen', rolle: 'mitglied', email: null, erstellt_von: admin, laeuft_ab_am: vor(31) },
      { kommune_id: KOMMUNE_A, token_hash: 'frisch-abgelaufen', rolle: 'mitglied', email: null, erstellt_von: admin, laeuft_ab_am: vor(2) },
      { kommune_id: KOMMUNE_A, token_hash: 'offen', rolle: 'mitglied', email: null, erstellt_von: admin, laeuft_ab_am: new Date(jetzt.getTime() + TAG) },
    ]).execute();
    await env.db.k.insertInto('mail_ausgang').values([
      { an: 'a@example.org', art: 'alt', betreff: 'b', text: 't', versendet_am: vor(31) },
      { an: 'b@example.org', art: 'neu', betreff: 'b', text: 't', versendet_am: vor(1) },
      { an: 'c@example.org', art: 'offen', betreff: 'b', text: 't' },
    ]).execute();
    const r = await raeumeAuf(env.db, jetzt);
    expect(r).toMatchObject({ sitzungen: 1, einladungen: 2, mails: 1, kommunen: [] });
    const sitzungen = await env.db.k.selectFrom('sitzung').select('id').where('id', 'in', ['abgelaufen', 'gueltig']).execute();
    expect(sitzungen.map((s) => s.id)).toEqual(['gueltig']);
    const einladungen = await env.db.k.selectFrom('einladung').select('token_hash').where('token_hash', 'in', ['alt-angenommen', 'alt-abgelaufen', 'frisch-abgelaufen', 'offen']).orderBy('token_hash').execute();
    expect(einladungen.map((e) => e.token_hash)).toEqual(['frisch-abgelaufen', 'offen']);
    const mails = await env.db.k.selectFrom('mail_ausgang').select('art').where('art', 'in', ['alt', 'neu', 'offen']).orderBy('art').execute();
    expect(mails.map((m) => m.art)).toEqual(['neu', 'offen']);
  });
});
