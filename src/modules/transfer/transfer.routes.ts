import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as s from './transfer.schemas.ts';
import { nachfrage } from './transfer.usecases.ts';

export const transferRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/transfer/nachfrage', {
    // Aufgabe der Transferstelle; die Zahlen selbst sind zusätzlich mit sichtbar() gefiltert.
    config: { zugriff: { aktion: 'transferstelle' } },
    schema: { tags: ['Transfer'], summary: 'Nachfragebild: Bedarfe ohne Treffer, gefragte Lösungen, Bedarfe je Land und Größenklasse', querystring: s.nachfrageQuery, response: { 200: s.nachfrageAntwort } },
  }, async (req) => nachfrage(db, req.konto!, req.query.ohneVorschlagSeitTagen));
};
