import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as s from './kommunen.schemas.ts';
import { hoereAufVerzeichnis, kommuneJson, sucheJson } from './kommunen.usecases.ts';

const JSON_TYP = 'application/json; charset=utf-8';

/**
 * Verzeichnis der Kommunen: öffentlich lesbar (Referenzdaten). Die Use Cases liefern fertiges JSON aus einem
 * kurzen Cache; Fastify sendet Strings unverändert (das Antwortschema dokumentiert die Form).
 */
export const kommunenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;
  // Another instance imported the directory: drop this instance's cached answers (PostgreSQL NOTIFY).
  const aufhoeren = await hoereAufVerzeichnis(db);
  app.addHook('onClose', async () => aufhoeren());

  app.get('/api/kommunen', {
    config: { zugriff: 'oeffentlich' },
    schema: {
      tags: ['Kommunen'],
      summary: 'Kommunen suchen (Name, auch unscharf; ARS/AGS; Filter Land und Typ)',
      querystring: s.sucheQuery,
      response: { 200: s.sucheAntwort },
    },
  }, async (req, reply) => reply.type(JSON_TYP).send((await sucheJson(db, req.query)) as never));

  app.get('/api/kommunen/:key', {
    config: { zugriff: 'oeffentlich' },
    schema: {
      tags: ['Kommunen'],
      summary: 'Eine Kommune mit Kreis, Land und Größenklasse (ARS, AGS, Kreis- oder Landesschlüssel)',
      params: s.keyParams,
      response: { 200: s.kommuneDetail },
    },
  }, async (req, reply) => reply.type(JSON_TYP).send((await kommuneJson(db, req.params.key)) as never));
};
