import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { tags } from '../erhebungen.zugriff.ts';
import { referenzAntwort } from './referenz.schemas.ts';
import { referenzDigitaleKommune } from './studie.usecases.ts';

export const studieRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get('/api/referenz/digitale-kommune', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Studienwerte „Digitale Kommune“ (ÖFIT/KGSt 2019) je Größenklasse, mit Quelle', response: { 200: referenzAntwort } },
  }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    return referenzDigitaleKommune();
  });
};
