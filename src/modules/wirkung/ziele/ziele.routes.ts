import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausBody, ausQuery, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import * as s from './ziele.schemas.ts';
import { zielFehler } from './ziele.errors.ts';
import * as uc from './ziele.usecases.ts';

const zielKommune: KommuneAufloeser = (req, db) => uc.kommuneVonZiel(db, (req.params as { id: string }).id);
const lesen = { aktion: 'kommune.lesen', kommune: zielKommune, zeile: true, nichtGefunden: zielFehler.nichtGefunden } as const;
const schreiben = { aktion: 'kommune.schreiben', kommune: zielKommune, zeile: true, nichtGefunden: zielFehler.nichtGefunden } as const;
const tags = ['Wirkung'];

export const zieleRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/wirkung/ziele', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Wirkungsziele einer Kommune mit Hinweis „nur Output gemessen“', querystring: s.listeQuery, response: { 200: s.zielListe } },
  }, async (req) => uc.liste(db, req.query.kommuneId));

  app.post('/api/wirkung/ziele', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'Wirkungsziel anlegen', body: s.zielAnlegen, response: { 201: s.angelegt } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.erstelle(db, req.konto!.id, req.body) }));

  app.get('/api/wirkung/ziele/:id', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Wirkungsziel mit Maßnahmen, Wirkungslogik und Indikatoren', params: s.idParams, response: { 200: s.zielDetail } },
  }, async (req) => uc.detail(db, req.konto!, req.params.id));

  app.put('/api/wirkung/ziele/:id', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Wirkungsziel ändern', params: s.idParams, body: s.zielAendern, response: { 200: s.zielDetail } },
  }, async (req) => {
    await uc.aendere(db, req.konto!.id, req.params.id, req.body);
    return uc.detail(db, req.konto!, req.params.id);
  });

  app.post('/api/wirkung/ziele/:id/massnahmen', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Maßnahme dem Ziel zuordnen (bestehend oder neu)', params: s.idParams, body: s.massnahmeImZiel, response: { 201: s.angelegt } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.ordneMassnahmeZu(db, req.konto!.id, req.params.id, req.body) }));

  app.post('/api/wirkung/ziele/:id/elemente', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Output, Outcome oder Impact zur Wirkungslogik hinzufügen', params: s.idParams, body: s.elementAnlegen, response: { 201: s.angelegt } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.erstelleElement(db, req.konto!.id, req.params.id, req.body.ebene, req.body.titel) }));

  app.delete('/api/wirkung/ziele/:id/elemente/:elementId', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Element der Wirkungslogik entfernen (mit seinen Verbindungen)', params: s.elementParams, response: { 204: z.void().describe('Kein Inhalt') } },
  }, async (req, reply) => {
    await uc.loescheElement(db, req.konto!.id, req.params.id, req.params.elementId);
    return reply.status(204).send();
  });

  app.post('/api/wirkung/ziele/:id/verbindungen', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Verbindung mit Annahme in der Wirkungslogik', params: s.idParams, body: s.verbindungAnlegen, response: { 201: s.angelegt } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.erstelleVerbindung(db, req.konto!.id, req.params.id, req.body) }));

  app.delete('/api/wirkung/ziele/:id/verbindungen/:verbindungId', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Verbindung der Wirkungslogik entfernen', params: s.verbindungParams, response: { 204: z.void().describe('Kein Inhalt') } },
  }, async (req, reply) => {
    await uc.loescheVerbindung(db, req.konto!.id, req.params.id, req.params.verbindungId);
    return reply.status(204).send();
  });
};
