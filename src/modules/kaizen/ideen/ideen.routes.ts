import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausBody, ausParam, ausQuery, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import * as s from './ideen.schemas.ts';
import { ideeFehler } from './ideen.errors.ts';
import * as uc from './ideen.usecases.ts';

const ideeKommune: KommuneAufloeser = (req, db) => uc.kommuneVonIdee(db, (req.params as { id: string }).id);
const zeile = { kommune: ideeKommune, zeile: true, nichtGefunden: ideeFehler.nichtGefunden } as const;

export const ideenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;
  const tags = ['Kaizen'];

  app.post('/api/kaizen/ideen', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'Idee einreichen (auch anonym: dann wird nirgends gespeichert, wer sie eingereicht hat)', body: s.ideeEinreichenSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.einreichen(db, req.konto!, req.body) }));

  app.get('/api/kaizen/ideen', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Ideen einer Kommune (Board), optional je Organisationseinheit und Status', querystring: s.ideeListeQuery, response: { 200: s.ideeListe } },
  }, async (req) => uc.liste(db, req.query));

  app.get('/api/kaizen/ideen/:id', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'Idee mit Verlauf und Begründungen', params: s.idParams, response: { 200: s.ideeDetail } },
  }, async (req) => uc.detail(db, req.konto!, req.params.id));

  app.post('/api/kaizen/ideen/:id/status', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'Status ändern (Verworfen mit Grund, Zurückgestellt mit Datum)', params: s.idParams, body: s.statusSchema, response: { 200: s.ideeDetail } },
  }, async (req) => {
    await uc.aendereStatus(db, req.konto!, req.params.id, req.body);
    return uc.detail(db, req.konto!, req.params.id);
  });

  app.put('/api/kaizen/ideen/:id/verantwortung', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', ...zeile } },
    schema: { tags, summary: 'Verantwortung setzen (selbst übernehmen oder als Admin zuweisen)', params: s.idParams, body: s.verantwortungSchema, response: { 200: s.ideeDetail } },
  }, async (req) => {
    await uc.setzeVerantwortung(db, req.konto!, req.params.id, req.body);
    return uc.detail(db, req.konto!, req.params.id);
  });

  app.get('/api/kaizen/engpaesse', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Engpässe: ohne Verantwortung seit 7 Tagen, Frist verstrichen, 30 Tage im selben Status', querystring: s.kommuneQuery, response: { 200: s.engpassListe } },
  }, async (req) => uc.engpassListe(db, req.query.kommuneId));

  app.get('/api/kaizen/kommunen/:kommuneId/einheiten', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Organisationseinheiten (Teams) der Kommune', params: s.kommuneParams, response: { 200: s.einheitListe } },
  }, async (req) => uc.einheiten(db, req.params.kommuneId));

  app.post('/api/kaizen/kommunen/:kommuneId/einheiten', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Organisationseinheit anlegen (Admins)', params: s.kommuneParams, body: s.einheitAnlegenSchema, response: { 201: s.einheit } },
  }, async (req, reply) => reply.status(201).send(await uc.legeEinheitAn(db, req.konto!, req.params.kommuneId, req.body)));

  app.get('/api/kaizen/kommunen/:kommuneId/einstellungen', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Einstellungen: Namen an Ideen, Zahl der Beschäftigten', params: s.kommuneParams, response: { 200: s.einstellung } },
  }, async (req) => uc.einstellung(db, req.params.kommuneId));

  app.put('/api/kaizen/kommunen/:kommuneId/einstellungen', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Einstellungen ändern (Admins; z. B. auf Wunsch des Personalrats keine Namen an Ideen)', params: s.kommuneParams, body: s.einstellungSchema, response: { 200: s.einstellung } },
  }, async (req) => uc.speichereEinstellung(db, req.konto!, req.params.kommuneId, req.body));
};
