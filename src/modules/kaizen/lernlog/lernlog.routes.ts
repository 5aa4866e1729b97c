import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausBody, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { uuidParams } from '../../../core/schemas.ts';
import { kommuneVonExperiment } from '../experimente/index.ts';
import * as s from './lernlog.schemas.ts';
import { lernlogFehler } from './lernlog.errors.ts';
import * as uc from './lernlog.usecases.ts';

const experimentKommune: KommuneAufloeser = (req, db) => kommuneVonExperiment(db, (req.params as { id: string }).id);

export const lernlogRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;
  const tags = ['Kaizen'];

  app.post('/api/kaizen/lernlog', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'Lerneintrag von Hand: was versucht wurde, was passiert ist, was wir gelernt haben (auch Fehlschläge)', body: s.eintragSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.anlegen(db, req.konto!, req.body) }));

  app.post('/api/kaizen/experimente/:id/lernlog', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: experimentKommune, zeile: true, nichtGefunden: lernlogFehler.experimentNichtGefunden } },
    schema: { tags, summary: 'Entschiedenes Experiment ins Lernlog übernehmen (Hypothese, Ergebnis, Gelerntes; einmal je Experiment)', params: uuidParams, body: s.ausExperimentSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.ausExperiment(db, req.konto!, req.params.id, req.body.sichtbarkeit) }));

  // Jede angemeldete Person; welche Einträge sie sieht, entscheidet lernlog.permissions.ts.
  app.get('/api/kaizen/lernlog', {
    config: { zugriff: 'angemeldet' },
    schema: { tags, summary: 'Lernlog: eigene Einträge und die mit allen geteilten (anonymisierte ohne Kommune und Person); Volltextsuche mit q', querystring: s.listeQuery, response: { 200: s.eintragListe } },
  }, async (req) => uc.liste(db, req.konto!, req.query.q));
};
