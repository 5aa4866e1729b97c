import crypto from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausParam } from '../../../core/authz/zugriff.ts';
import { aufRunde, tags } from '../erhebungen.zugriff.ts';
import { idParams, kommuneParams, tokenParams } from '../erhebungen.schemas.ts';
import { antwortenSchema } from '../frageboegen/fragebogen.schemas.ts';
import { antwortenSpeichernSchema, teamRundeAnlegenSchema } from '../runden/runden.schemas.ts';
import * as s from './team.schemas.ts';
import * as uc from './team.usecases.ts';

/** Anonyme Kennung des Browsers im Team-Modus (httpOnly-Cookie, nur für /api/team). */
const TEAM_COOKIE = 'lotse_team';

export const teamRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, sicher } = app.lotse;

  const browserKennung = (req: FastifyRequest, reply: FastifyReply, anlegen: boolean): string | undefined => {
    const vorhanden = req.cookies[TEAM_COOKIE];
    if (vorhanden && /^[A-Za-z0-9_-]{40,60}$/.test(vorhanden)) return vorhanden;
    if (!anlegen) return undefined;
    const neu = crypto.randomBytes(32).toString('base64url');
    reply.setCookie(TEAM_COOKIE, neu, { path: '/api/team', httpOnly: true, sameSite: 'strict', secure: sicher(req), maxAge: 60 * 60 * 24 * 365 });
    return neu;
  };

  app.post('/api/kommunen/:kommuneId/erhebungen/team', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: {
      tags,
      summary: 'Team-Befragung öffnen (Kommune-Admin): liefert den anonymen Link genau einmal',
      params: kommuneParams,
      body: teamRundeAnlegenSchema,
      response: { 201: s.teamRundeAntwort },
    },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return reply.status(201).send(await uc.teamRundeOeffnen(db, req.konto!.id, req.params.kommuneId, req.body));
  });

  app.post('/api/erhebungen/:id/team/neuer-link', {
    config: { zugriff: aufRunde.verwalten },
    schema: { tags, summary: 'Team-Befragung: neuen anonymen Link erzeugen, der alte gilt nicht mehr (Kommune-Admin)', params: idParams, response: { 200: s.teamLinkAntwort } },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return uc.teamLinkErneuern(db, req.konto!.id, req.params.id);
  });

  app.post('/api/erhebungen/:id/team/beenden', {
    config: { zugriff: aufRunde.verwalten },
    schema: { tags, summary: 'Team-Befragung vorzeitig beenden (Kommune-Admin)', params: idParams, response: { 200: s.teamBeendetAntwort } },
  }, async (req) => uc.teamSchliessen(db, req.konto!.id, req.params.id));

  // ---- anonymer Link, ohne Konto ----

  app.get('/api/team/:token', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Team-Befragung: Fragebogen, Abschlusstermin und eigene Zwischenstände dieses Browsers', params: tokenParams, response: { 200: s.teamAnsichtAntwort } },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return uc.teamAnsicht(db, req.params.token, browserKennung(req, reply, false));
  });

  app.put('/api/team/:token/antworten', {
    config: { zugriff: 'oeffentlich', rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Team-Befragung: Antworten dieses Browsers zwischenspeichern', params: tokenParams, body: antwortenSpeichernSchema, response: { 200: s.teamGespeichert } },
  }, async (req, reply) => uc.teamSpeichern(db, req.params.token, browserKennung(req, reply, true)!, req.body.antworten, false));

  app.post('/api/team/:token/abschicken', {
    config: { zugriff: 'oeffentlich', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags,
      summary: 'Team-Befragung: Antwort abschicken (eine je Browser)',
      params: tokenParams,
      body: z.strictObject({ antworten: antwortenSchema.optional() }).optional(),
      response: { 200: s.teamGespeichert },
    },
  }, async (req, reply) => uc.teamSpeichern(db, req.params.token, browserKennung(req, reply, true)!, req.body?.antworten, true));
};
