import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../core/db/db.ts';
import type { KommuneAufloeser } from '../../core/authz/zugriff.ts';
import { AppError, fehler } from '../../core/errors.ts';
import { kontoOderAdresse } from '../../core/http/ratelimit-store.ts';
import { ausgelastet, auslastungFuer, WIEDERHOLEN_NACH_S } from './matching.auslastung.ts';
import { findeLoesungen } from './matching.ts';
import { kommuneZu } from './matching.repository.ts';
import { lernKontext, speichereLernsignale } from './lernen/lernen.usecases.ts';
import * as s from './matching.schemas.ts';
import * as th from './thesaurus/thesaurus.usecases.ts';

type FeedbackBody = z.infer<typeof s.feedbackAnfrage>;

/**
 * Kommune of a feedback: that of the need, or the one named (404 if either is unknown); `null` when
 * the feedback concerns no Kommune (catalogue search) — then any Lotse or the Transferstelle may give it.
 */
async function feedbackKommuneId(req: FastifyRequest, db: Db): Promise<string | null | undefined> {
  const b = req.body as FeedbackBody;
  if (b.bedarfId) {
    const r = await db.k.selectFrom('bedarf').select('kommune_id').where('id', '=', b.bedarfId).executeTakeFirst();
    // Unknown need: undefined → the access layer answers 404 exactly as for another Kommune's need.
    return r?.kommune_id;
  }
  if (b.kommune) {
    const k = await kommuneZu(db.k, b.kommune);
    if (!k) throw fehler.kommuneNichtGefunden();
    return k.id;
  }
  return null;
}

const feedbackKommune: KommuneAufloeser = (req, db) => feedbackKommuneId(req, db);

/** 503 with Retry-After: the matcher is saturated (matching.auslastung.ts). */
function abweisen(reply: FastifyReply): AppError {
  reply.header('retry-after', String(WIEDERHOLEN_NACH_S));
  return ausgelastet();
}

export const matchingRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, matchingRateLimit } = app.lotse;

  app.post('/api/matching', {
    config: {
      zugriff: 'oeffentlich',
      // Per minute: anonymous per client address, signed in per account (higher); counted in the database, so
      // the limit holds across all instances. Counted after validation: invalid requests cost no matcher work.
      rateLimitGemeinsam: true,
      rateLimit: {
        hook: 'preHandler',
        timeWindow: 60_000,
        keyGenerator: kontoOderAdresse,
        max: (req) => (req.konto ? matchingRateLimit.angemeldet : matchingRateLimit.anonym),
      },
    },
    // Saturated: turn the request away before it costs anything (no body validation, no database).
    onRequest: async (_req, reply) => {
      if (auslastungFuer(db.kind).voll()) throw abweisen(reply);
    },
    schema: {
      tags: ['Matching'],
      summary: 'Passende veröffentlichte Lösungen zu einem Bedarf in eigenen Worten, mit Begründungen',
      body: s.matchingAnfrage,
      response: { 200: s.matchingAntwort },
    },
  }, async (req, reply) => {
    try {
      return await findeLoesungen(db, req.body, { vonAussen: true });
    } catch (err) {
      throw err instanceof AppError && err.code === 'matching.ausgelastet' ? abweisen(reply) : err;
    }
  });

  app.post('/api/matching/feedback', {
    config: { zugriff: { aktion: 'kommune.begleiten', kommune: feedbackKommune, zeile: true, ohneKommune: 'begleiten' } },
    schema: {
      tags: ['Matching'],
      summary: 'Rückmeldung zu einem Vorschlag (Lotse, Transferstelle): hilfreich oder nicht',
      body: s.feedbackAnfrage,
      response: { 201: z.object({ id: z.string() }) },
    },
  }, async (req, reply) => {
    const l = await db.k.selectFrom('loesung').select('id').where('id', '=', req.body.loesungId).executeTakeFirst();
    if (!l) throw new AppError(404, 'loesung.nicht_gefunden', 'Die Lösung wurde nicht gefunden.');
    // One transaction: the feedback and the learning signal it gives (docs/decisions/0124); the matcher's vocabulary
    // for the signal's concepts is read before it (docs/decisions/0139).
    const lk = await lernKontext(db);
    const r = await db.k.transaction().execute(async (tx) => {
      const neu = await tx
        .insertInto('matching_feedback')
        .values({
          bedarf_id: req.body.bedarfId ?? null,
          kommune_id: req.zugriffKommuneId ?? null,
          loesung_id: req.body.loesungId,
          konto_id: req.konto!.id,
          text: req.body.text ?? null,
          hilfreich: req.body.hilfreich,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const bedarf = req.body.bedarfId ? await tx.selectFrom('bedarf').select(['titel', 'beschreibung']).where('id', '=', req.body.bedarfId).executeTakeFirst() : undefined;
      await speichereLernsignale(tx, {
        quelle: req.body.hilfreich ? 'hilfreich' : 'nicht_hilfreich',
        text: req.body.text ?? (bedarf ? `${bedarf.titel}\n${bedarf.beschreibung}` : ''),
        loesungIds: [req.body.loesungId],
        kommuneId: req.zugriffKommuneId ?? null,
        bedarfId: req.body.bedarfId ?? null,
        kontoId: req.konto!.id,
        kontext: lk,
      });
      return neu;
    });
    return reply.status(201).send({ id: r.id });
  });

  app.get('/api/thesaurus', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags: ['Matching'], summary: 'Thesaurus des Matchings (Gruppen gleichbedeutender Begriffe)', querystring: s.thesaurusQuery, response: { 200: s.thesaurusListe } },
  }, async (req) => th.listeThesaurus(db, req.query));

  app.post('/api/thesaurus', {
    config: { zugriff: { aktion: 'transferstelle' } },
    schema: { tags: ['Matching'], summary: 'Thesaurus-Eintrag anlegen (Transferstelle)', body: s.thesaurusEingabe, response: { 201: s.thesaurusEintrag } },
  }, async (req, reply) => reply.status(201).send(await th.legeThesaurusAn(db, req.konto!.id, req.body)));

  app.put('/api/thesaurus/:id', {
    config: { zugriff: { aktion: 'transferstelle' } },
    schema: { tags: ['Matching'], summary: 'Thesaurus-Eintrag ändern (Transferstelle)', params: s.thesaurusParams, body: s.thesaurusEingabe, response: { 200: s.thesaurusEintrag } },
  }, async (req) => th.aendereThesaurus(db, req.konto!.id, req.params.id, req.body));

  app.delete('/api/thesaurus/:id', {
    config: { zugriff: { aktion: 'transferstelle' } },
    schema: { tags: ['Matching'], summary: 'Thesaurus-Eintrag löschen (Transferstelle)', params: s.thesaurusParams },
  }, async (req, reply) => {
    await th.loescheThesaurus(db, req.konto!.id, req.params.id);
    return reply.status(204).send();
  });
};
