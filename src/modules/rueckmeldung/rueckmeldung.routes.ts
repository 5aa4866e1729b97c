import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { betreiberAngaben } from '../../core/config.ts';
import * as s from './rueckmeldung.schemas.ts';
import { barrierefreiheitMelden } from './rueckmeldung.usecases.ts';

/** Feedback messages per client address and minute, counted in the database after validation (all instances). */
export const RUECKMELDUNG_LIMIT = 5;

export const rueckmeldungRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/betreiber', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags: ['Betreiber'], summary: 'Angaben zum Betreiber (Impressum, Datenschutz, Barrierefreiheit) aus LOTSE_BETREIBER_*', response: { 200: s.betreiberAntwort } },
  }, async () => betreiberAngaben());

  app.post('/api/rueckmeldung/barrierefreiheit', {
    config: { zugriff: 'oeffentlich', rateLimit: { hook: 'preHandler', max: RUECKMELDUNG_LIMIT, timeWindow: '1 minute' }, rateLimitGemeinsam: true },
    schema: { tags: ['Betreiber'], summary: 'Rückmeldung zur Barrierefreiheit an den Betreiber (Feedback-Mechanismus nach BITV 2.0)', body: s.barrierefreiheitBody, response: { 201: s.rueckmeldungAntwort } },
  }, async (req, reply) => {
    reply.status(201);
    return barrierefreiheitMelden(db, betreiberAngaben(), req.body);
  });
};
