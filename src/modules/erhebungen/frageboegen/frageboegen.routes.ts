import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { tags } from '../erhebungen.zugriff.ts';
import * as s from './frageboegen.schemas.ts';
import { fragebogen, listeFrageboegen } from './frageboegen.usecases.ts';

export const frageboegenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/frageboegen', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Verfügbare Selbstchecks (jeweils aktuelle Version)', response: { 200: s.fragebogenListe } },
  }, async () => listeFrageboegen(db));

  app.get('/api/frageboegen/:id', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Fragebogen (aktuelle oder angegebene Version)', params: s.fragebogenParams, querystring: s.fragebogenQuery, response: { 200: s.fragebogenAntwort } },
  }, async (req) => fragebogen(db, req.params.id, req.query.version));
};
