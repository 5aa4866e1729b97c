import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausParam } from '../../core/authz/zugriff.ts';
import { SITZUNG_COOKIE, beendeSitzung, neuesToken, setzeCsrfCookie, setzeSitzungsCookies } from '../../core/auth/sitzung.ts';
import * as s from './konten.schemas.ts';
import * as svc from './konten.service.ts';

export const kontenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, sicher, authRateLimit } = app.lotse;
  const authLimit = { rateLimit: { max: authRateLimit, timeWindow: '1 minute' } };

  app.get('/api/auth/me', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags: ['Konten'], summary: 'Angemeldetes Konto (oder null)', response: { 200: z.object({ konto: s.kontoAntwort.nullable() }) } },
  }, async (req) => ({ konto: req.konto ? await svc.kontoAntwort(db, req.konto) : null }));

  app.post('/api/auth/register', {
    config: { zugriff: 'oeffentlich', ...authLimit },
    schema: {
      tags: ['Konten'],
      summary: 'Registrieren (optional mit Einladungs-Token). Gleiche Antwort für neue und bekannte Adressen; danach anmelden.',
      body: s.registrierungSchema,
      response: { 202: s.registrierungAntwort },
    },
  }, async (req, reply) => {
    await svc.registriere(db, req.body);
    return reply.status(202).send({ status: 'eingegangen' as const });
  });

  app.post('/api/auth/login', {
    config: { zugriff: 'oeffentlich', ...authLimit },
    schema: { tags: ['Konten'], summary: 'Anmelden', body: s.loginSchema },
  }, async (req, reply) => {
    const token = await svc.anmelden(db, req.body.email, req.body.passwort);
    setzeSitzungsCookies(reply, token, sicher(req));
    return reply.status(204).send();
  });

  app.post('/api/auth/logout', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags: ['Konten'], summary: 'Abmelden' },
  }, async (req, reply) => {
    if (req.sitzungToken) await beendeSitzung(db, req.sitzungToken);
    reply.clearCookie(SITZUNG_COOKIE, { path: '/' });
    setzeCsrfCookie(reply, neuesToken(), sicher(req));
    return reply.status(204).send();
  });

  app.post('/api/auth/passwort', {
    config: { zugriff: 'angemeldet', ...authLimit },
    schema: { tags: ['Konten'], summary: 'Passwort ändern', body: s.passwortAendernSchema },
  }, async (req, reply) => {
    await svc.aenderePasswort(db, req.konto!.id, req.sitzungToken!, req.body.altesPasswort, req.body.neuesPasswort);
    return reply.status(204).send();
  });

  app.post('/api/kommunen/:kommuneId/einladungen', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: {
      tags: ['Konten'],
      summary: 'Kolleg*in einladen (Kommune-Admin): persönlich mit E-Mail-Adresse oder als übertragbarer Link (nur Rolle Mitglied)',
      params: s.kommuneParams,
      body: s.einladungSchema,
      response: { 201: s.einladungAntwort },
    },
  }, async (req, reply) => {
    const e = await svc.erstelleEinladung(db, req.params.kommuneId, req.konto!.id, req.body.rolle, req.body.email);
    return reply.status(201).send(e);
  });

  app.post('/api/einladungen/annehmen', {
    config: { zugriff: 'angemeldet' },
    schema: { tags: ['Konten'], summary: 'Einladung annehmen', body: s.einladungAnnehmenSchema },
  }, async (req) => svc.nimmEinladungAn(db, req.konto!, req.body.token));

  app.get('/api/kommunen/:kommuneId/mitglieder', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: { tags: ['Konten'], summary: 'Mitglieder einer Kommune (Kommune-Admin)', params: s.kommuneParams },
  }, async (req) => {
    const items = await svc.listeMitglieder(db, req.params.kommuneId);
    return { items, total: items.length };
  });

  app.patch('/api/kommunen/:kommuneId/mitglieder/:kontoId', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: {
      tags: ['Konten'],
      summary: 'Rolle eines Mitglieds ändern (Kommune-Admin; die letzte Administration bleibt)',
      params: s.mitgliedParams,
      body: s.rolleAendernSchema,
      response: { 200: s.mitgliedAntwort },
    },
  }, async (req) => svc.aendereRolle(db, req.konto!.id, req.params.kommuneId, req.params.kontoId, req.body.rolle));

  app.delete('/api/kommunen/:kommuneId/mitglieder/:kontoId', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: { tags: ['Konten'], summary: 'Mitglied aus der Kommune entfernen (Kommune-Admin; die letzte Administration bleibt)', params: s.mitgliedParams },
  }, async (req, reply) => {
    await svc.entferneMitglied(db, req.konto!.id, req.params.kommuneId, req.params.kontoId);
    return reply.status(204).send();
  });

  app.get('/api/kommunen/:kommuneId/audit', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: { tags: ['Konten'], summary: 'Audit-Log der eigenen Kommune (Kommune-Admin)', params: s.kommuneParams, querystring: s.auditQuery },
  }, async (req) => {
    const base = db.k.selectFrom('audit_log as a').where('a.kommune_id', '=', req.params.kommuneId);
    const [items, total] = await Promise.all([
      base
        .leftJoin('konto as k', 'k.id', 'a.konto_id')
        .select(['a.id', 'a.aktion', 'a.objekt_typ as objektTyp', 'a.objekt_id as objektId', 'a.details', 'a.zeitpunkt', 'k.name as wer'])
        .orderBy('a.zeitpunkt', 'desc')
        .orderBy('a.id', 'desc')
        .limit(req.query.limit)
        .offset(req.query.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(total.n) };
  });

  app.post('/api/admin/rollen', {
    config: { zugriff: { aktion: 'plattform.verwalten' } },
    schema: { tags: ['Administration'], summary: 'Plattformrolle vergeben (Lotse mit Region, Transferstelle, Plattform-Admin)', body: s.rolleVergebenSchema },
  }, async (req) => svc.vergibRolle(db, req.konto!.id, req.body.email, req.body.rolle, req.body.regionen));

  app.post('/api/admin/mitgliedschaften', {
    config: { zugriff: { aktion: 'plattform.verwalten' } },
    schema: { tags: ['Administration'], summary: 'Konto einer Kommune zuordnen (z. B. erste*n Kommune-Admin)', body: s.mitgliedschaftVergebenSchema },
  }, async (req) => svc.vergibMitgliedschaft(db, req.konto!.id, req.body.email, req.body.kommuneId, req.body.rolle));
};
