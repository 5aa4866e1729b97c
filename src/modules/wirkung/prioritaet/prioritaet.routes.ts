import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ausBody, ausQuery, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { uuidParams } from '../../../core/schemas.ts';
import { kommuneVonMassnahme } from '../ueberpruefung/ueberpruefung.usecases.ts';
import { prioritaetFehler } from './prioritaet.errors.ts';
import { prioritaetPdf } from './prioritaet.pdf.ts';
import * as s from './prioritaet.schemas.ts';
import * as uc from './prioritaet.usecases.ts';

const massnahmeKommune: KommuneAufloeser = (req, db) => kommuneVonMassnahme(db, (req.params as { id: string }).id);
const tags = ['Wirkung'];

export const prioritaetRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/wirkung/prioritaet', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Priorisierungsmatrix: erwartete Wirkung und Aufwand je Maßnahme, Ziele, frei gewordenes Budget, Zielkonflikte', querystring: s.listeQuery, response: { 200: s.prioritaetAntwort } },
  }, async (req) => uc.uebersicht(db, req.konto, req.query.kommuneId));

  app.get('/api/wirkung/prioritaet.pdf', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Ratsvorlage zur Priorisierung als getaggtes PDF', querystring: s.listeQuery },
  }, async (req, reply) => {
    const pdf = await prioritaetPdf(await uc.uebersicht(db, req.konto, req.query.kommuneId));
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="priorisierung-${req.query.kommuneId}.pdf"`).header('cache-control', 'no-store').send(pdf);
  });

  app.get('/api/wirkung/prioritaet.docx', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Ratsvorlage zur Priorisierung als DOCX (bearbeitbar)', querystring: s.listeQuery },
  }, async (req, reply) => {
    // The docx package loads on first use, not with every server start (src/core/export/bibliotheken.ts).
    const { prioritaetDocx } = await import('./prioritaet.docx.ts');
    const docx = await prioritaetDocx(await uc.uebersicht(db, req.konto, req.query.kommuneId));
    return reply.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').header('content-disposition', `attachment; filename="priorisierung-${req.query.kommuneId}.docx"`).header('cache-control', 'no-store').send(docx);
  });

  app.put('/api/wirkung/massnahmen/:id/einschaetzung', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: massnahmeKommune, zeile: true, nichtGefunden: prioritaetFehler.massnahmeNichtGefunden } },
    schema: { tags, summary: 'Erwartete Wirkung und Aufwand einer Maßnahme (1–5) einschätzen', params: uuidParams, body: s.einschaetzung, response: { 200: s.gespeichert } },
  }, async (req) => uc.schaetzeEin(db, req.konto!.id, req.params.id, req.body));

  app.post('/api/wirkung/zielkonflikte', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'Zwei Ziele der Kommune als Konflikt markieren (mit Beschreibung und Auflösung)', body: s.konfliktAnlegen, response: { 201: s.angelegt } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.erfasseKonflikt(db, req.konto!.id, req.body) }));
};
