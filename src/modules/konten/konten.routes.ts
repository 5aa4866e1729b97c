import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausParam } from '../../core/authz/zugriff.ts';
import { SITZUNG_COOKIE, neuesToken, setzeCsrfCookie, setzeSitzungsCookies } from '../../core/auth/sitzung.ts';
import * as s from './konten.schemas.ts';
import * as uc from './konten.usecases.ts';
import * as zf from './zweiter-faktor/zweiter-faktor.schemas.ts';
import { setzeAnmeldungCookie, zweiterFaktorRoutes } from './zweiter-faktor/zweiter-faktor.routes.ts';
import { herkunft, ssoRoutes } from './sso/sso.routes.ts';
import { abmeldeZiel } from './sso/sso.usecases.ts';
import { abmeldenAntwort } from './sso/sso.schemas.ts';

/** Thin routes: access, request and response schemas, one use case each. */
export const kontenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, sicher, authRateLimit } = app.lotse;
  const authLimit = { rateLimit: { max: authRateLimit, timeWindow: '1 minute' } };
  const verwalten = { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } as const;
  await app.register(zweiterFaktorRoutes);
  await app.register(ssoRoutes);

  app.get('/api/auth/me', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags: ['Konten'], summary: 'Angemeldetes Konto (oder null)', response: { 200: z.object({ konto: s.kontoAntwort.nullable() }) } },
  }, async (req) => ({ konto: req.konto ? await uc.kontoAntwort(db, req.konto) : null }));

  app.post('/api/auth/register', {
    config: { zugriff: 'oeffentlich', ...authLimit },
    schema: {
      tags: ['Konten'],
      summary: 'Registrieren (optional mit Einladungs-Token). Gleiche Antwort für neue und bekannte Adressen; danach anmelden.',
      body: s.registrierungSchema,
      response: { 202: s.registrierungAntwort },
    },
  }, async (req, reply) => {
    await uc.registriere(db, req.body);
    return reply.status(202).send({ status: 'eingegangen' as const });
  });

  app.post('/api/auth/login', {
    config: { zugriff: 'oeffentlich', ...authLimit },
    schema: {
      tags: ['Konten'],
      summary: 'Anmelden (204 mit Sitzung; 200 { zweiterFaktor: true }, wenn danach ein Code nötig ist: POST /api/auth/login/zweiter-faktor)',
      body: s.loginSchema,
      response: { 204: s.keinInhalt, 200: zf.loginZweiterFaktorAntwort },
    },
  }, async (req, reply) => {
    const ergebnis = await uc.anmelden(db, req.body.email, req.body.passwort);
    if (ergebnis.art === 'zweiter-faktor') {
      setzeAnmeldungCookie(reply, ergebnis.token, sicher(req));
      return reply.status(200).send({ zweiterFaktor: true as const });
    }
    setzeSitzungsCookies(reply, ergebnis.token, sicher(req));
    return reply.status(204).send();
  });

  app.post('/api/auth/logout', {
    config: { zugriff: 'oeffentlich' },
    schema: {
      tags: ['Konten'],
      summary: 'Abmelden (204; 200 { weiter } nach einer Anmeldung über das Konto der Verwaltung: dort auch abmelden)',
      response: { 204: s.keinInhalt, 200: abmeldenAntwort },
    },
  }, async (req, reply) => {
    const weiter = await abmeldeZiel(db, req.sitzungToken ?? undefined, herkunft(req));
    await uc.abmelden(db, req.sitzungToken ?? undefined);
    reply.clearCookie(SITZUNG_COOKIE, { path: '/' });
    setzeCsrfCookie(reply, neuesToken(), sicher(req));
    return weiter ? reply.status(200).send({ weiter }) : reply.status(204).send();
  });

  app.post('/api/auth/passwort', {
    config: { zugriff: 'angemeldet', ...authLimit },
    schema: { tags: ['Konten'], summary: 'Passwort ändern', body: s.passwortAendernSchema, response: { 204: s.keinInhalt } },
  }, async (req, reply) => {
    await uc.aenderePasswort(db, req.konto!.id, req.sitzungToken!, req.body.altesPasswort, req.body.neuesPasswort);
    return reply.status(204).send();
  });

  app.post('/api/kommunen/:kommuneId/einladungen', {
    config: { zugriff: verwalten },
    schema: {
      tags: ['Konten'],
      summary: 'Kolleg*in einladen (Kommune-Admin): persönlich mit E-Mail-Adresse oder als übertragbarer Link (nur Rolle Mitglied)',
      params: s.kommuneParams,
      body: s.einladungSchema,
      response: { 201: s.einladungAntwort },
    },
  }, async (req, reply) => reply.status(201).send(await uc.erstelleEinladung(db, req.params.kommuneId, req.konto!.id, req.body.rolle, req.body.email)));

  app.post('/api/einladungen/annehmen', {
    config: { zugriff: 'angemeldet' },
    schema: { tags: ['Konten'], summary: 'Einladung annehmen', body: s.einladungAnnehmenSchema, response: { 200: s.einladungAngenommenAntwort } },
  }, async (req) => uc.nimmEinladungAn(db, req.konto!, req.body.token));

  app.get('/api/kommunen/:kommuneId/mitglieder', {
    config: { zugriff: verwalten },
    schema: { tags: ['Konten'], summary: 'Mitglieder einer Kommune (Kommune-Admin)', params: s.kommuneParams, response: { 200: s.mitgliederAntwort } },
  }, async (req) => {
    const items = await uc.listeMitglieder(db, req.params.kommuneId);
    return { items, total: items.length };
  });

  app.patch('/api/kommunen/:kommuneId/mitglieder/:kontoId', {
    config: { zugriff: verwalten },
    schema: {
      tags: ['Konten'],
      summary: 'Rolle eines Mitglieds ändern (Kommune-Admin; die letzte Administration bleibt)',
      params: s.mitgliedParams,
      body: s.rolleAendernSchema,
      response: { 200: s.mitgliedAntwort },
    },
  }, async (req) => uc.aendereRolle(db, req.konto!.id, req.params.kommuneId, req.params.kontoId, req.body.rolle));

  app.delete('/api/kommunen/:kommuneId/mitglieder/:kontoId', {
    config: { zugriff: verwalten },
    schema: {
      tags: ['Konten'],
      summary: 'Mitglied aus der Kommune entfernen (Kommune-Admin; die letzte Administration bleibt)',
      params: s.mitgliedParams,
      response: { 204: s.keinInhalt },
    },
  }, async (req, reply) => {
    await uc.entferneMitglied(db, req.konto!.id, req.params.kommuneId, req.params.kontoId);
    return reply.status(204).send();
  });

  app.get('/api/kommunen/:kommuneId/audit', {
    config: { zugriff: verwalten },
    schema: { tags: ['Konten'], summary: 'Audit-Log der eigenen Kommune (Kommune-Admin)', params: s.kommuneParams, querystring: s.auditQuery, response: { 200: s.auditAntwort } },
  }, async (req) => uc.kommuneAudit(db, req.params.kommuneId, req.query));

  app.post('/api/admin/rollen', {
    config: { zugriff: { aktion: 'plattform.verwalten' } },
    schema: {
      tags: ['Administration'],
      summary: 'Plattformrolle vergeben (Lotse mit Region, Transferstelle, Plattform-Admin)',
      body: s.rolleVergebenSchema,
      response: { 200: s.kontoIdAntwort },
    },
  }, async (req) => uc.vergibRolle(db, req.konto!.id, req.body.email, req.body.rolle, req.body.regionen));

  app.post('/api/admin/mitgliedschaften', {
    config: { zugriff: { aktion: 'plattform.verwalten' } },
    schema: {
      tags: ['Administration'],
      summary: 'Konto einer Kommune zuordnen (z. B. erste*n Kommune-Admin)',
      body: s.mitgliedschaftVergebenSchema,
      response: { 200: s.kontoIdAntwort },
    },
  }, async (req) => uc.vergibMitgliedschaft(db, req.konto!.id, req.body.email, req.body.kommuneId, req.body.rolle));

  app.get('/api/admin/audit', {
    config: { zugriff: { aktion: 'plattform.verwalten' } },
    schema: {
      tags: ['Administration'],
      summary: 'Audit-Log der Plattform (Handlungen ohne Kommune: Rollen, Thesaurus, Importe), neueste zuerst',
      querystring: s.auditQuery,
      response: { 200: s.auditAntwort },
    },
  }, async (req) => uc.plattformAudit(db, req.query));
};
