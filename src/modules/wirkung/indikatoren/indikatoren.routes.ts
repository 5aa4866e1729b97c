import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as s from './indikatoren.schemas.ts';
import { indikatorenDerKommune } from './indikatoren.usecases.ts';

const JSON_TYP = 'application/json; charset=utf-8';

/**
 * Referenzindikatoren einer Kommune: offene Daten, daher öffentlich lesbar (wie das Verzeichnis). Die Antwort geht
 * als fertiger JSON-Text hinaus (wie beim Verzeichnis): Fastify sendet Strings unverändert, das Antwortschema
 * dokumentiert die Form (die API-Tests prüfen sie).
 */
export const indikatorenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/kommunen/:key/indikatoren', {
    config: { zugriff: 'oeffentlich' },
    schema: {
      tags: ['Wirkung'],
      summary: 'Echte Indikatoren einer Kommune (INKAR/BBSR, Deutschlandatlas, Destatis) mit Verlauf, Kreiswert und Vergleich mit Größenklasse und Land',
      params: s.keyParams,
      response: { 200: s.indikatorenAntwort },
    },
  }, async (req, reply) => reply.type(JSON_TYP).send(JSON.stringify(await indikatorenDerKommune(db, req.params.key)) as never));
};
