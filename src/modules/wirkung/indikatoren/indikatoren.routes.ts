import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as s from './indikatoren.schemas.ts';
import { indikatorenDerKommune } from './indikatoren.usecases.ts';

/** Referenzindikatoren einer Kommune: offene Daten, daher öffentlich lesbar (wie das Verzeichnis). */
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
  }, async (req) => indikatorenDerKommune(db, req.params.key));
};
