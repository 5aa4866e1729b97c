import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import { createTestDb } from '../../testing/testDb.ts';
import { seedKommunen, seedKonten, KOMMUNE_A } from '../../testing/fixtures.ts';
import { starteTestSmtp } from '../../testing/smtp.ts';
import { fuehreFaelligeJobsAus, isoWoche, jobRegister, planeLaeufe, stelleEin, wartezeitSekunden, zeitraum, type JobHandler } from './warteschlange.ts';
import { KERN_JOBS } from './kern.ts';
import { starteJobWorker } from './worker.ts';
import { legeMailAb, smtpVersand } from '../mail.ts';
import { benachrichtige, speichereEinstellung } from '../benachrichtigung.ts';

let db: Db;
let konten: Record<string, string>;
const gelaufen: string[] = [];
let scheitertNoch = 0;
const testJobs: Record<string, JobHandler> = {
  'test.merken': async ({ daten }) => {
    gelaufen.push(String((daten as { wert: string }).wert));
  },
  'test.scheitern': async () => {
    if (scheitertNoch-- > 0) throw new Error('Gegenstelle nicht erreichbar');
    gelaufen.push('endlich');
  },
  'test.taeglich': async ({ faelligFuer }) => {
    gelaufen.push(`tag ${faelligFuer}`);
  },
};
const register = (mitZeitplan = false) => jobRegister([{ name: 'test', jobs: testJobs, zeitplan: mitZeitplan ? [{ art: 'test.taeglich', alle: 'tag' }] : [] }], KERN_JOBS);

beforeAll(async () => {
  db = await createTestDb();
  await seedKommunen(db);
  konten = await seedKonten(db);
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  gelaufen.length = 0;
  await db.k.deleteFrom('job').execute();
  await db.k.deleteFrom('mail_ausgang').execute();
  await db.k.deleteFrom('benachrichtigung').execute();
});

describe('Zeiträume', () => {
  it('ISO-Wochen über den Jahreswechsel', () => {
    expect(isoWoche(new Date('2026-11-30T08:00:00Z'))).toBe('2026-W49');
    expect(isoWoche(new Date('2027-01-01T08:00:00Z'))).toBe('2026-W53');
    expect(isoWoche(new Date('2025-12-29T08:00:00Z'))).toBe('2026-W01');
    expect(zeitraum('tag', new Date('2026-11-30T23:59:00Z'))).toBe('2026-11-30');
  });
  it('Wartezeit wächst exponentiell bis höchstens eine Stunde', () => {
    expect([1, 2, 3, 10, 20].map(wartezeitSekunden)).toEqual([30, 60, 120, 3600, 3600]);
  });
});

describe('Job-Warteschlange', () => {
  it('führt eingestellte Jobs aus und markiert sie als erledigt', async () => {
    await db.k.transaction().execute(async (tx) => {
      await stelleEin(tx, { art: 'test.merken', daten: { wert: 'a' } });
      await stelleEin(tx, { art: 'test.merken', daten: { wert: 'b' } });
    });
    const e = await fuehreFaelligeJobsAus(db, { register: register() });
    expect(gelaufen).toEqual(expect.arrayContaining(['a', 'b']));
    expect(e.erledigt).toBeGreaterThanOrEqual(2);
    const offen = await db.k.selectFrom('job').select('status').where('art', '=', 'test.merken').execute();
    expect(offen.map((o) => o.status)).toEqual(['erledigt', 'erledigt']);
  });

  it('ein zurückgerollter Job wird nie ausgeführt', async () => {
    await expect(db.k.transaction().execute(async (tx) => {
      await stelleEin(tx, { art: 'test.merken', daten: { wert: 'nie' } });
      throw new Error('Abbruch');
    })).rejects.toThrow('Abbruch');
    await fuehreFaelligeJobsAus(db, { register: register() });
    expect(gelaufen).not.toContain('nie');
  });

  it('wiederholt einen fehlgeschlagenen Job mit wachsender Wartezeit und gibt nach max_versuche auf', async () => {
    scheitertNoch = 1;
    await stelleEin(db.k, { art: 'test.scheitern', maxVersuche: 2 });
    await fuehreFaelligeJobsAus(db, { register: register() });
    let job = await db.k.selectFrom('job').selectAll().where('art', '=', 'test.scheitern').executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'offen', versuche: 1, fehler: 'Gegenstelle nicht erreichbar' });
    const abstand = (await sql<{ s: number }>`select extract(epoch from ausfuehren_ab - now())::float8 as s from job where id = ${job.id}`.execute(db.k)).rows[0].s;
    expect(abstand).toBeGreaterThan(20);
    // not due yet: a second pass leaves it alone
    await fuehreFaelligeJobsAus(db, { register: register() });
    expect(gelaufen).toEqual([]);
    await db.k.updateTable('job').set({ ausfuehren_ab: new Date(Date.now() - 1000) }).where('id', '=', job.id).execute();
    await fuehreFaelligeJobsAus(db, { register: register() });
    job = await db.k.selectFrom('job').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'erledigt', versuche: 2, fehler: null });
    expect(gelaufen).toEqual(['endlich']);

    scheitertNoch = 5;
    await stelleEin(db.k, { art: 'test.scheitern', maxVersuche: 2 });
    await fuehreFaelligeJobsAus(db, { register: register() });
    await db.k.updateTable('job').set({ ausfuehren_ab: new Date(Date.now() - 1000) }).where('status', '=', 'offen').execute();
    await fuehreFaelligeJobsAus(db, { register: register() });
    const zweiter = await db.k.selectFrom('job').selectAll().where('art', '=', 'test.scheitern').where('id', '!=', job.id).executeTakeFirstOrThrow();
    expect(zweiter).toMatchObject({ status: 'fehlgeschlagen', versuche: 2 });
  });

  it('ein Job ohne Handler schlägt fehl statt zu verschwinden', async () => {
    await stelleEin(db.k, { art: 'unbekannt.art', maxVersuche: 1 });
    await fuehreFaelligeJobsAus(db, { register: register() });
    const j = await db.k.selectFrom('job').selectAll().where('art', '=', 'unbekannt.art').executeTakeFirstOrThrow();
    expect(j.status).toBe('fehlgeschlagen');
    expect(j.fehler).toContain('kein Handler');
  });

  it('übersteht einen Neustart: ein Job, dessen Instanz starb, läuft nach Ablauf der Frist erneut', async () => {
    await stelleEin(db.k, { art: 'test.merken', daten: { wert: 'nach-neustart' } });
    // an instance claimed it and died: status 'laeuft', lease still running
    await db.k.updateTable('job').set({ status: 'laeuft', versuche: 1, gesperrt_bis: new Date(Date.now() + 60_000) }).where('art', '=', 'test.merken').execute();
    await fuehreFaelligeJobsAus(db, { register: register() });
    expect(gelaufen).toEqual([]);
    await db.k.updateTable('job').set({ gesperrt_bis: new Date(Date.now() - 1000) }).where('art', '=', 'test.merken').execute();
    await fuehreFaelligeJobsAus(db, { register: register() });
    expect(gelaufen).toEqual(['nach-neustart']);
  });

  it('geplante Läufe: einmal je Zeitraum, auch wenn zwei Instanzen planen', async () => {
    const montag = new Date('2026-11-30T07:00:00Z');
    const r = register(true);
    const [a, b] = await Promise.all([planeLaeufe(db, r, montag), planeLaeufe(db, r, montag)]);
    expect(a + b).toBe(2); // the daily and the weekly run, each created by exactly one of the two
    await Promise.all([fuehreFaelligeJobsAus(db, { register: r, jetzt: () => montag }), fuehreFaelligeJobsAus(db, { register: r, jetzt: () => montag })]);
    expect(gelaufen).toEqual(['tag 2026-11-30']);
    await fuehreFaelligeJobsAus(db, { register: r, jetzt: () => new Date('2026-11-30T23:00:00Z') });
    expect(gelaufen).toEqual(['tag 2026-11-30']);
    await fuehreFaelligeJobsAus(db, { register: r, jetzt: () => new Date('2026-12-01T00:01:00Z') });
    expect(gelaufen).toEqual(['tag 2026-11-30', 'tag 2026-12-01']);
    const woche = await db.k.selectFrom('job').select(['faellig_fuer', 'status']).where('art', '=', 'benachrichtigung.wochenzusammenfassung').execute();
    expect(woche).toEqual([{ faellig_fuer: '2026-W49', status: 'erledigt' }]);
  });

  it('ein unbekannter Job im Zeitplan verhindert den Start', () => {
    expect(() => jobRegister([{ name: 'x', zeitplan: [{ art: 'x.fehlt', alle: 'tag' }] }])).toThrow('unbekannten Job x.fehlt');
    expect(() => jobRegister([{ name: 'x', jobs: testJobs }, { name: 'y', jobs: testJobs }])).toThrow('doppelt');
  });
});

describe('Mails über SMTP aus der Warteschlange', () => {
  it('ohne SMTP bleiben Mails im Postausgang', async () => {
    await db.k.transaction().execute((tx) => legeMailAb(tx, { an: 'a@example.org', art: 'test', betreff: 'Hallo', text: 'Text' }));
    await fuehreFaelligeJobsAus(db, { register: register(), mailVersand: null });
    const m = await db.k.selectFrom('mail_ausgang').selectAll().executeTakeFirstOrThrow();
    expect(m.versendet_am).toBeNull();
  });

  it('zwei Worker gleichzeitig: jede Mail kommt genau einmal an', async () => {
    const smtp = await starteTestSmtp({ verzoegerungMs: 5 });
    const v1 = smtpVersand(smtp.url, 'Lotse <lotse@test.example>');
    const v2 = smtpVersand(smtp.url, 'Lotse <lotse@test.example>');
    try {
      await db.k.transaction().execute(async (tx) => {
        for (let i = 0; i < 30; i++) await legeMailAb(tx, { an: `person${i}@example.org`, art: 'test.last', betreff: `Nachricht ${i}`, text: `Inhalt ${i}` });
      });
      const r = register();
      const w1 = starteJobWorker(db, { register: r, mailVersand: v1, intervallMs: 10 });
      const w2 = starteJobWorker(db, { register: r, mailVersand: v2, intervallMs: 10 });
      const bis = Date.now() + 20_000;
      while (smtp.mails.length < 30 && Date.now() < bis) await new Promise((res) => setTimeout(res, 50));
      await new Promise((res) => setTimeout(res, 200)); // give a double a chance to arrive
      await Promise.all([w1.stoppe(), w2.stoppe()]);
      const betreffe = smtp.mails.map((m) => m.betreff).sort();
      expect(betreffe).toHaveLength(30);
      expect(new Set(betreffe).size).toBe(30);
      const offen = await db.k.selectFrom('mail_ausgang').select('id').where('versendet_am', 'is', null).execute();
      expect(offen).toEqual([]);
      const versuche = await db.k.selectFrom('mail_ausgang').select('versuche').execute();
      expect(versuche.every((v) => v.versuche === 1)).toBe(true);
    } finally {
      v1.schliesse();
      v2.schliesse();
      await smtp.schliesse();
    }
  });
});

describe('Wochenzusammenfassung', () => {
  it('eine Mail je Person und Woche, nach Vorhaben gegliedert, Handlungsbedarf zuerst, vollständiger Textteil', async () => {
    const smtp = await starteTestSmtp();
    const versand = smtpVersand(smtp.url, 'Lotse <lotse@test.example>');
    try {
      await db.k.transaction().execute(async (tx) => {
        await speichereEinstellung(tx, konten.mitglied, { einwilligung: true, modus: 'woche' });
        await speichereEinstellung(tx, konten.admin, { einwilligung: false, modus: 'woche' });
        await speichereEinstellung(tx, konten.lotse, { einwilligung: true, modus: 'sofort' });
        await benachrichtige(tx, [
          { kontoId: konten.mitglied, kommuneId: KOMMUNE_A, art: 'test.info', gruppe: 'Online-Terminvergabe', titel: 'Lich hat die Lösung übernommen', link: '/loesungen/1' },
          { kontoId: konten.mitglied, kommuneId: KOMMUNE_A, art: 'test.frage', gruppe: 'Digitaler Bauantrag', titel: 'Neue Frage: Welche Schnittstelle nutzt ihr?', link: '/loesungen/2/community', handeln: true },
          { kontoId: konten.mitglied, kommuneId: KOMMUNE_A, art: 'test.meilenstein', gruppe: 'Online-Terminvergabe', titel: 'Meilenstein Transferplan fällig', link: '/uebernahmen/1', handeln: true },
          { kontoId: konten.admin, kommuneId: KOMMUNE_A, art: 'test.info', gruppe: 'Online-Terminvergabe', titel: 'Ohne Einwilligung', link: '/x' },
          { kontoId: konten.lotse, kommuneId: null, art: 'test.info', gruppe: 'Online-Terminvergabe', titel: 'Sofort an den Lotsen', link: '/y' },
        ]);
      });
      const r = register();
      const montag = new Date('2026-11-30T07:00:00Z');
      await fuehreFaelligeJobsAus(db, { register: r, mailVersand: versand, jetzt: () => montag });
      // a second instance in the same week creates no second digest
      await fuehreFaelligeJobsAus(db, { register: r, mailVersand: versand, jetzt: () => new Date('2026-12-03T07:00:00Z') });

      const an = (email: string) => smtp.mails.filter((m) => m.an.includes(email));
      expect(an('admin@giessen.test')).toEqual([]);
      expect(an('lotse@hessen.test').map((m) => m.betreff)).toEqual(['Lotse: Sofort an den Lotsen']);
      const digest = an('mitglied@giessen.test');
      expect(digest).toHaveLength(1);
      const { betreff, text, html } = digest[0];
      expect(betreff).toBe('Lotse: Ihre Wochenübersicht (2 zu erledigen)');
      // grouped by project, each heading once; inside a project the item to act on comes first
      const pos = (s: string) => text.indexOf(s);
      expect(text.match(/^Online-Terminvergabe$/gm)).toHaveLength(1);
      expect(pos('Bitte handeln: Meilenstein Transferplan fällig')).toBeGreaterThan(pos('Online-Terminvergabe'));
      expect(pos('Lich hat die Lösung übernommen')).toBeGreaterThan(pos('Bitte handeln: Meilenstein Transferplan fällig'));
      expect(pos('Bitte handeln: Neue Frage: Welche Schnittstelle nutzt ihr?')).toBeGreaterThan(pos('Digitaler Bauantrag'));
      // the plain-text part carries every item and every link, written out
      for (const s of ['http://localhost:3000/loesungen/2/community', 'http://localhost:3000/uebernahmen/1', 'http://localhost:3000/loesungen/1', 'Mein Konto']) expect(text).toContain(s);
      expect(html).toContain('<h2>Digitaler Bauantrag</h2>');
      const offen = await db.k.selectFrom('benachrichtigung').select('id').where('erledigt_am', 'is', null).execute();
      expect(offen).toEqual([]);
    } finally {
      versand.schliesse();
      await smtp.schliesse();
    }
  });
});
