import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { aufRunde, tags } from '../erhebungen.zugriff.ts';
import { idParams } from '../erhebungen.schemas.ts';
import { lueckenAntwort } from './luecken.schemas.ts';
import { luecken } from './luecken.usecases.ts';

export const lueckenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/erhebungen/:id/luecken', {
    config: { zugriff: aufRunde.lesen },
    schema: { tags, summary: 'Schwächste Bereiche mit Bedarfsentwurf und passenden Lösungen', params: idParams, response: { 200: lueckenAntwort } },
  }, async (req) => luecken(db, req.params.id));
};
