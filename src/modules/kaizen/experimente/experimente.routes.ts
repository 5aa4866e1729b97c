import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausBody, ausQuery, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import * as s from './experimente.schemas.ts';
import { experimentFehler } from './experimente.errors.ts';
import * as uc from './experimente.usecases.ts';
import { a3Pdf } from './experimente.a3.ts';

const experimentKommune: KommuneAufloeser = (req, db) => uc.kommuneVonExperiment(db, (req.params as { id: string }).id);
const zeile = { kommune: experimentKommune, zeile: true, nichtGefunden: experimentFehler.nichtGefunden } as const;

export const experimenteRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;
  const tags = ['Kaizen'];

  app.post('/api/kaizen/experimente', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'PDCA-Experiment anlegen (aus einer Idee oder direkt); eine Messgröße ist Pflicht', body: s.experimentAnlegenSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.anlegen(db, req.konto!, req.body) }));

  app.get('/api/kaizen/experimente', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Experimente einer Kommune', querystring: s.listeQuery, response: { 200: s.experimentListe } },
  }, async (req) => uc.liste(db, req.query.kommuneId));

  app.get('/api/kaizen/experimente/:id', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'Experiment mit Stichprobe (Median, Konfidenzintervall, „zu klein“)', params: s.idParams, response: { 200: s.experimentDetail } },
  }, async (req) => uc.detail(db, req.params.id));

  app.get('/api/kaizen/experimente/:id/a3.pdf', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'A3-Übersicht des Experiments auf einer Seite (A3 quer) als getaggtes PDF', params: s.idParams },
  }, async (req, reply) => {
    const x = await uc.detail(db, req.params.id);
    const pdf = await a3Pdf(x, await uc.kommuneName(db, x.kommuneId));
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="a3-experiment-${x.id}.pdf"`).header('cache-control', 'no-store').send(pdf);
  });

  app.post('/api/kaizen/experimente/:id/stichprobe', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'Von Hand gestoppte Fälle erfassen (Beginn und Ende je Fall; alle oder keiner)', params: s.idParams, body: s.stichprobeSchema, response: { 201: s.experimentDetail } },
  }, async (req, reply) => {
    await uc.erfasseStichprobe(db, req.konto!, req.params.id, req.body);
    return reply.status(201).send(await uc.detail(db, req.params.id));
  });

  app.post('/api/kaizen/experimente/:id/abschluss', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'Ergebnis und Entscheidung (Standard, anpassen, beenden) mit „Was haben wir gelernt?“', params: s.idParams, body: s.abschlussSchema, response: { 200: s.experimentDetail } },
  }, async (req) => {
    await uc.abschliessen(db, req.konto!, req.params.id, req.body);
    return uc.detail(db, req.params.id);
  });
};
