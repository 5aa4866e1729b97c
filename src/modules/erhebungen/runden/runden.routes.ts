import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ausParam } from '../../../core/authz/zugriff.ts';
import { aufRunde, tags } from '../erhebungen.zugriff.ts';
import { idParams, kommuneParams } from '../erhebungen.schemas.ts';
import * as s from './runden.schemas.ts';
import * as uc from './runden.usecases.ts';

export const rundenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.post('/api/kommunen/:kommuneId/erhebungen', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Selbstcheck starten (Einzelmodus, Mitglieder der Kommune)', params: kommuneParams, body: s.rundeAnlegenSchema, response: { 201: s.rundeAntwort } },
  }, async (req, reply) => reply.status(201).send(await uc.rundeStarten(db, req.konto!.id, req.params.kommuneId, req.body)));

  app.get('/api/kommunen/:kommuneId/erhebungen', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Runden der Kommune im Zeitverlauf', params: kommuneParams, response: { 200: s.rundenListe } },
  }, async (req) => uc.rundenDerKommune(db, req.konto!, req.params.kommuneId));

  app.get('/api/erhebungen/:id', {
    config: { zugriff: aufRunde.lesen },
    schema: { tags, summary: 'Runde mit gespeicherten Antworten', params: idParams, response: { 200: s.rundeAntwort } },
  }, async (req) => uc.rundeDetail(db, req.params.id));

  app.put('/api/erhebungen/:id/antworten', {
    config: { zugriff: aufRunde.schreiben },
    schema: { tags, summary: 'Antworten zwischenspeichern (Einzelmodus)', params: idParams, body: s.antwortenSpeichernSchema, response: { 200: s.antwortenGespeichert } },
  }, async (req) => uc.antwortenSpeichern(db, req.konto!.id, req.params.id, req.body.antworten));

  app.post('/api/erhebungen/:id/abschliessen', {
    config: { zugriff: aufRunde.schreiben },
    schema: { tags, summary: 'Runde abschließen (einmalig; danach zählt sie im Vergleich)', params: idParams, response: { 200: s.abschlussAntwort } },
  }, async (req) => uc.abschliessen(db, req.konto!.id, req.params.id));

  app.get('/api/erhebungen/:id/ergebnis', {
    config: { zugriff: aufRunde.lesen },
    schema: { tags, summary: 'Ergebnis: Werte 0–100 und Stufen je Dimension (Team-Modus ab 5 Antworten mit Streuung)', params: idParams, response: { 200: s.ergebnisAntwort } },
  }, async (req) => uc.ergebnis(db, req.params.id));
};
