import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { LotseModul, AnstehendPunkt } from '../modul.ts';
import { leseEinstellung, speichereEinstellung } from '../benachrichtigung.ts';

/**
 * Core routes around messages: „Was steht an?“ (collected from every module's `anstehend`), the person's
 * notification settings and the outbox for the platform admin. Core gets the modules from buildApp.
 */
const anstehendPunkt = z.object({
  art: z.string(),
  titel: z.string(),
  link: z.string(),
  faellig: z.string().nullable(),
  handeln: z.boolean(),
  kommuneId: z.string().nullable(),
  modul: z.string(),
});
const einstellung = z.object({
  einwilligung: z.boolean(),
  modus: z.enum(['sofort', 'woche', 'aus']),
});
const mailZeile = z.object({
  id: z.number().int(),
  an: z.string(),
  art: z.string(),
  betreff: z.string(),
  text: z.string(),
  erstelltAm: z.string(),
  versendetAm: z.string().nullable(),
  versuche: z.number().int(),
  fehler: z.string().nullable(),
});

/** Sort: items to act on first, then by due date (without date last), then by title. */
export function ordneAnstehend<T extends AnstehendPunkt>(punkte: T[]): T[] {
  return [...punkte].sort((a, b) => Number(b.handeln) - Number(a.handeln)
    || (a.faellig ?? '9999-12-31').localeCompare(b.faellig ?? '9999-12-31')
    || a.titel.localeCompare(b.titel, 'de'));
}

export const mitteilungsRouten = (module: readonly LotseModul[]): FastifyPluginAsync => async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/anstehend', {
    config: { zugriff: 'angemeldet' },
    schema: {
      tags: ['Konten'],
      summary: 'Was steht an? Offene Punkte der angemeldeten Person aus allen Bereichen; zuerst, wo sie handeln muss, dann nach Fälligkeit',
      response: { 200: z.object({ punkte: z.array(anstehendPunkt) }) },
    },
  }, async (req) => {
    const je = await Promise.all(module.filter((m) => m.anstehend).map(async (m) => (await m.anstehend!(db, req.konto!)).map((p) => ({ ...p, modul: m.name }))));
    return { punkte: ordneAnstehend(je.flat()) };
  });

  app.get('/api/konto/benachrichtigungen', {
    config: { zugriff: 'angemeldet' },
    schema: { tags: ['Konten'], summary: 'Eigene Einstellung für Benachrichtigungen per E-Mail', response: { 200: einstellung.extend({ einwilligungAm: z.string().nullable() }) } },
  }, async (req) => leseEinstellung(db, req.konto!.id));

  app.put('/api/konto/benachrichtigungen', {
    config: { zugriff: 'angemeldet' },
    schema: {
      tags: ['Konten'],
      summary: 'Einwilligung und Art der Benachrichtigungen (sofort, wöchentliche Zusammenfassung, aus) ändern',
      body: einstellung.strict(),
      response: { 200: einstellung.extend({ einwilligungAm: z.string().nullable() }) },
    },
  }, async (req) => {
    await db.k.transaction().execute((tx) => speichereEinstellung(tx, req.konto!.id, req.body));
    return leseEinstellung(db, req.konto!.id);
  });

  app.get('/api/postausgang', {
    config: { zugriff: { aktion: 'plattform.verwalten' } },
    schema: {
      tags: ['System'],
      summary: 'Postausgang: die zuletzt abgelegten Mails (ohne LOTSE_SMTP_URL werden sie nicht versandt)',
      querystring: z.object({ seite: z.coerce.number().int().min(1).max(10_000).default(1), nurOffen: z.enum(['ja', 'nein']).default('nein') }).strict(),
      response: { 200: z.object({ smtp: z.boolean(), gesamt: z.number().int(), offen: z.number().int(), seite: z.number().int(), proSeite: z.number().int(), mails: z.array(mailZeile) }) },
    },
  }, async (req) => {
    const proSeite = 25;
    const { seite, nurOffen } = req.query;
    let q = db.k.selectFrom('mail_ausgang');
    if (nurOffen === 'ja') q = q.where('versendet_am', 'is', null);
    const [zeilen, zahlen] = await Promise.all([
      q.select(['id', 'an', 'art', 'betreff', 'text', 'erstellt_am', 'versendet_am', 'versuche', 'fehler']).orderBy('id', 'desc').limit(proSeite).offset((seite - 1) * proSeite).execute(),
      db.k.selectFrom('mail_ausgang').select([sql<string>`count(*)`.as('gesamt'), sql<string>`count(*) filter (where versendet_am is null)`.as('offen')]).executeTakeFirstOrThrow(),
    ]);
    return {
      smtp: !!process.env.LOTSE_SMTP_URL?.trim(),
      gesamt: Number(zahlen.gesamt),
      offen: Number(zahlen.offen),
      seite,
      proSeite,
      mails: zeilen.map((m) => ({
        id: Number(m.id), an: m.an, art: m.art, betreff: m.betreff, text: m.text,
        erstelltAm: new Date(m.erstellt_am).toISOString(), versendetAm: m.versendet_am ? new Date(m.versendet_am).toISOString() : null,
        versuche: m.versuche, fehler: m.fehler,
      })),
    };
  });
};
