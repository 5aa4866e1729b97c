import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausBody, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { kommuneId, uuidParams } from '../../../core/schemas.ts';
import { kommuneVonExperiment } from '../experimente/index.ts';
import { experimentFehler } from '../experimente/experimente.errors.ts';
import * as uc from './transfer.usecases.ts';

const experimentKommune: KommuneAufloeser = (req, db) => kommuneVonExperiment(db, (req.params as { id: string }).id);
const anerkennung = z.object({ loesungId: z.string().nullable(), vorbild: z.object({ titel: z.string(), kommuneName: z.string().nullable() }).nullable(), nachgetestet: z.number() });

export const transferRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;
  const tags = ['Kaizen'];
  const zeile = { kommune: experimentKommune, zeile: true, nichtGefunden: experimentFehler.nichtGefunden } as const;

  app.post('/api/kaizen/experimente/:id/transfer', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'Standard gewordenes Experiment mit gemessener Wirkung als vorbefüllten Lösungsentwurf an die Transferstelle geben', params: uuidParams, response: { 201: z.object({ loesungId: z.string() }) } },
  }, async (req, reply) => reply.status(201).send(await uc.vorschlagen(db, req.konto!, req.params.id)));

  app.get('/api/kaizen/experimente/:id/anerkennung', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'Vorbild, Lösungsvorschlag und Zahl der Nachtests eines Experiments', params: uuidParams, response: { 200: anerkennung } },
  }, async (req) => uc.anerkennung(db, req.params.id));

  app.post('/api/kaizen/lernlog/:id/testen', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: '„Bei uns testen“: verknüpftes Experiment mit derselben Messgröße und Methode in der eigenen Kommune', params: uuidParams, body: z.strictObject({ kommuneId }), response: { 201: z.object({ id: z.string() }) } },
  }, async (req, reply) => reply.status(201).send(await uc.beiUnsTesten(db, req.konto!, req.params.id, req.body.kommuneId)));

  // Jede angemeldete Person: verrät nur, ob eine veröffentlichte Lösung auf einem Experiment beruht (sonst false).
  app.get('/api/kaizen/loesungen/:id/nachtest', {
    config: { zugriff: 'angemeldet' },
    schema: { tags, summary: 'Ob eine veröffentlichte Lösung aus einem Kaizen-Experiment stammt und „Bei uns testen“ möglich ist', params: uuidParams, response: { 200: z.object({ testbar: z.boolean() }) } },
  }, async (req) => uc.nachtestMoeglich(db, req.params.id));

  app.post('/api/kaizen/loesungen/:id/testen', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: '„Bei uns testen“ auf der Lösungsseite: verknüpftes Experiment nach dem Experiment hinter der veröffentlichten Lösung', params: uuidParams, body: z.strictObject({ kommuneId }), response: { 201: z.object({ id: z.string() }) } },
  }, async (req, reply) => reply.status(201).send(await uc.beiUnsTestenAusLoesung(db, req.konto!, req.params.id, req.body.kommuneId)));
};
