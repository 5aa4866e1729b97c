import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../core/db/db.ts';
import { migrate } from '../../core/db/migrate.ts';
import { createTestDb, testDbArt } from '../../testing/testDb.ts';
import { seedKommunen } from '../../testing/fixtures.ts';
import { hashPasswort, pruefePasswort } from '../../core/auth/passwort.ts';
import { DEMO_KONTEN, demoKonten, ladeDemoPasswort } from './konten.demo.ts';

/** The password the README used to publish for every demo account. */
const VEROEFFENTLICHT = 'lotse-demo-2026';

const offen: Db[] = [];
afterEach(async () => {
  while (offen.length) await offen.pop()!.close();
});

async function neueDb(): Promise<Db> {
  const db = await createTestDb();
  offen.push(db);
  await seedKommunen(db);
  return db;
}

async function hashVon(db: Db, email: string) {
  return (await db.k.selectFrom('konto').select('passwort_hash').where('email', '=', email).executeTakeFirstOrThrow()).passwort_hash;
}

const log = () => {
  const zeilen: string[] = [];
  return { zeilen, log: (m: string) => zeilen.push(m) };
};

describe('Demo-Konten', () => {
  it('bekommen ein je Installation erzeugtes Passwort, nie das veröffentlichte; es bleibt beim nächsten Start gleich', async () => {
    const db = await neueDb();
    const l = log();
    await demoKonten(db, { demo: true, log: l.log });
    const pw = await ladeDemoPasswort(db);
    expect(pw).toBeTruthy();
    expect(pw).not.toBe(VEROEFFENTLICHT);
    expect(pw!.length).toBeGreaterThanOrEqual(16);
    const hash = await hashVon(db, DEMO_KONTEN[0].email);
    expect(await pruefePasswort(hash, VEROEFFENTLICHT)).toBe(false);
    expect(await pruefePasswort(hash, pw!)).toBe(true);
    // Second start: same password, accounts untouched.
    await demoKonten(db, { demo: true, log: l.log });
    expect(await ladeDemoPasswort(db)).toBe(pw);
    expect(await hashVon(db, DEMO_KONTEN[0].email)).toBe(hash);
    // A second installation gets another password.
    const db2 = await neueDb();
    await demoKonten(db2, { demo: true, log: () => {} });
    expect(await ladeDemoPasswort(db2)).not.toBe(pw);
  });

  it('nehmen LOTSE_DEMO_PASSWORT, auch wenn es sich zwischen zwei Starts ändert', async () => {
    const db = await neueDb();
    await demoKonten(db, { demo: true, log: () => {}, demoPasswort: 'erstes-demo-passwort' });
    expect(await pruefePasswort(await hashVon(db, DEMO_KONTEN[5].email), 'erstes-demo-passwort')).toBe(true);
    await demoKonten(db, { demo: true, log: () => {}, demoPasswort: 'zweites-demo-passwort' });
    expect(await ladeDemoPasswort(db)).toBe('zweites-demo-passwort');
    for (const d of DEMO_KONTEN) expect(await pruefePasswort(await hashVon(db, d.email), 'zweites-demo-passwort'), d.email).toBe(true);
  });

  it('legt ohne Demo nichts an', async () => {
    const db = await neueDb();
    await demoKonten(db, { demo: false, log: () => {} });
    expect(await db.k.selectFrom('konto').select('id').execute()).toHaveLength(0);
    expect(await ladeDemoPasswort(db)).toBeUndefined();
  });

  it('ersetzen das früher veröffentlichte Passwort bestehender Installationen', async () => {
    for (const demo of [true, false]) {
      const db = await neueDb();
      const alt = await hashPasswort(VEROEFFENTLICHT);
      await db.k.insertInto('konto').values(DEMO_KONTEN.map((d) => ({ email: d.email, name: d.name, passwort_hash: alt }))).execute();
      const eigenes = await hashPasswort('selbst-geaendert-123');
      await db.k.updateTable('konto').set({ passwort_hash: eigenes }).where('email', '=', DEMO_KONTEN[1].email).execute();
      const l = log();
      await demoKonten(db, { demo, log: l.log });
      for (const d of DEMO_KONTEN) expect(await pruefePasswort(await hashVon(db, d.email), VEROEFFENTLICHT), `${demo} ${d.email}`).toBe(false);
      // A password the person changed themselves stays.
      expect(await hashVon(db, DEMO_KONTEN[1].email)).toBe(eigenes);
      expect(l.zeilen.join('\n')).toMatch(/veröffentlichte Demo-Passwort/);
      if (demo) expect(await pruefePasswort(await hashVon(db, DEMO_KONTEN[0].email), (await ladeDemoPasswort(db))!)).toBe(true);
    }
  });

  it.skipIf(testDbArt() === 'postgres')('bleibt über einen Neustart mit demselben PGlite-Datenordner gleich', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-demo-pw-'));
    try {
      const oeffnen = async () => {
        const db = await openDb({ dataDir: dir });
        await migrate(db);
        await seedKommunen(db);
        return db;
      };
      let db = await oeffnen();
      await demoKonten(db, { demo: true, log: () => {} });
      const pw = await ladeDemoPasswort(db);
      await db.close();
      db = await oeffnen();
      try {
        await demoKonten(db, { demo: true, log: () => {} });
        expect(await ladeDemoPasswort(db)).toBe(pw);
        expect(await pruefePasswort(await hashVon(db, DEMO_KONTEN[0].email), pw!)).toBe(true);
      } finally {
        await db.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
