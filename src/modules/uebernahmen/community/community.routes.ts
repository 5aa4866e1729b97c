import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { communityFehler } from './community.errors.ts';
import * as s from './community.schemas.ts';
import * as uc from './community.usecases.ts';
import * as repo from './community.repository.ts';

const tags = ['Community'];
/** The Kommune the caller writes for (body `kommune`, or their only one). */
const schreibendeKommune: KommuneAufloeser = (req, db) => uc.kommuneFuerBeitrag(db, req.konto ?? null, (req.body as { kommune?: string } | undefined)?.kommune);
/** Accepting an answer: the Kommune that asked the question in `:id`. */
const fragendeKommune: KommuneAufloeser = async (req, db) => (await repo.ladeFrage(db.k, (req.params as { id: string }).id))?.kommune_id;

export const communityRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/loesungen/:id/fragen', {
    config: { zugriff: { aktion: 'community.lesen' } },
    schema: { tags, summary: 'Fragen zu einer veröffentlichten Lösung (angemeldete Mitglieder aller Kommunen, Lotsen, Transferstelle)', params: s.loesungParams, response: { 200: s.fragenListe } },
  }, async (req) => uc.liste(db, req.konto!, req.params.id));

  app.post('/api/loesungen/:id/fragen', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: schreibendeKommune } },
    schema: { tags, summary: 'Eine Frage zu einer Lösung stellen (für die eigene Kommune); Herkunft und übernehmende Kommunen werden benachrichtigt', params: s.loesungParams, body: s.frageSchema, response: { 201: s.frageDetail } },
  }, async (req, reply) => reply.status(201).send(await uc.fragen(db, req.konto!, req.zugriffKommuneId!, req.params.id, req.body)));

  app.get('/api/fragen/:id', {
    config: { zugriff: { aktion: 'community.lesen' } },
    schema: { tags, summary: 'Eine Frage mit ihren Antworten', params: s.frageParams, response: { 200: s.frageDetail } },
  }, async (req) => uc.detail(db, req.konto!, req.params.id));

  app.post('/api/fragen/:id/antworten', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: schreibendeKommune } },
    schema: { tags, summary: 'Eine Frage beantworten (für die eigene Kommune); die fragende Person wird benachrichtigt', params: s.frageParams, body: s.antwortSchema, response: { 201: s.frageDetail } },
  }, async (req, reply) => reply.status(201).send(await uc.antworten(db, req.konto!, req.zugriffKommuneId!, req.params.id, req.body)));

  app.put('/api/fragen/:id/akzeptiert', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: fragendeKommune, zeile: true, nichtGefunden: communityFehler.frageNichtGefunden } },
    schema: { tags, summary: 'Eine Antwort als akzeptiert markieren (nur die fragende Kommune); null nimmt die Markierung zurück', params: s.frageParams, body: s.akzeptierenSchema, response: { 200: s.frageDetail } },
  }, async (req) => uc.akzeptieren(db, req.konto!, req.params.id, req.body.antwortId));
};
