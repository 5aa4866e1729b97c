import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ausParam } from '../../../core/authz/zugriff.ts';
import { aufRunde, tags } from '../erhebungen.zugriff.ts';
import { idParams, kommuneParams } from '../erhebungen.schemas.ts';
import * as s from './vergleich.schemas.ts';
import * as uc from './vergleich.usecases.ts';

export const vergleichRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/erhebungen/:id/vergleich', {
    config: { zugriff: aufRunde.lesen },
    schema: { tags, summary: 'Vergleich mit Kommunen gleicher Größenklasse (ab 5 Kommunen) und Studienwerte', params: idParams, response: { 200: s.vergleichAntwort } },
  }, async (req) => uc.vergleich(db, req.params.id));

  app.get('/api/kommunen/:kommuneId/vorreiter', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Einwilligungen als „Vorreiter“ je Fragebogen', params: kommuneParams, response: { 200: s.vorreiterListe } },
  }, async (req) => uc.vorreiterLesen(db, req.params.kommuneId));

  app.put('/api/kommunen/:kommuneId/vorreiter', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Als „Vorreiter“ einer Dimension genannt werden (Kommune-Admin)', params: kommuneParams, body: s.vorreiterSchema, response: { 200: s.vorreiterAntwort } },
  }, async (req) => uc.vorreiterSetzen(db, req.konto!.id, req.params.kommuneId, req.body.fragebogenId, req.body.dimensionen));
};
