import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import { uebernehmendeKommune } from '../projekte/projekte.routes.ts';
import { idParams, uebernahmeDetail } from '../projekte/projekte.schemas.ts';
import { rueckmeldungSchema } from './rueckmeldungen.schemas.ts';
import * as uc from './rueckmeldungen.usecases.ts';

export const rueckmeldungenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.post('/api/uebernahmen/:id/rueckmeldungen', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: uebernehmendeKommune, zeile: true, nichtGefunden: uebernahmeFehler.nichtGefunden } },
    schema: {
      tags: ['Übernahmen'],
      summary: 'Rückmeldung bei Inbetriebnahme, nach 6 oder nach 12 Monaten (Aufwand, Kosten, Wirkungsstufe, Anpassungen, Belege, Einwilligung)',
      params: idParams,
      body: rueckmeldungSchema,
      response: { 201: uebernahmeDetail },
    },
  }, async (req, reply) => reply.status(201).send(await uc.melden(db, req.konto!, req.params.id, req.body)));
};
