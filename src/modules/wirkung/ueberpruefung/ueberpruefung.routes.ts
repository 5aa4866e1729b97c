import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ausQuery, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { uuidParams } from '../../../core/schemas.ts';
import { pruefungFehler } from './ueberpruefung.errors.ts';
import * as s from './ueberpruefung.schemas.ts';
import * as uc from './ueberpruefung.usecases.ts';

const massnahmeKommune: KommuneAufloeser = (req, db) => uc.kommuneVonMassnahme(db, (req.params as { id: string }).id);
const tags = ['Wirkung'];

export const ueberpruefungRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/wirkung/pruefung', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Stop-Doing-Review: Maßnahmen mit Kosten, Zielen, Nachweis, Trend und Entscheidungsverlauf', querystring: s.listeQuery, response: { 200: s.reviewAntwort } },
  }, async (req) => uc.review(db, req.konto!, req.query.kommuneId));

  app.post('/api/wirkung/massnahmen/:id/pruefungen', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: massnahmeKommune, zeile: true, nichtGefunden: pruefungFehler.nichtGefunden } },
    schema: { tags, summary: 'Maßnahme fortführen, anpassen oder beenden (mit Begründung und Datum)', params: uuidParams, body: s.pruefungAnlegen, response: { 201: s.pruefungAngelegt } },
  }, async (req, reply) => reply.status(201).send(await uc.entscheide(db, req.konto!.id, req.params.id, req.body)));
};
