import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { setzeSitzungsCookies } from '../../../core/auth/sitzung.ts';
import { keinInhalt } from '../konten.schemas.ts';
import * as s from './sso.schemas.ts';
import * as uc from './sso.usecases.ts';

/** Browser binding of a login in progress (only the hash is stored with state, nonce and PKCE verifier). */
export const SSO_COOKIE = 'lotse_sso';
const SSO_COOKIE_PFAD = '/api/auth/sso';

/** Lotse's own address as the browser sees it (behind a proxy: LOTSE_TRUST_PROXY); the provider only accepts registered ones. */
export const herkunft = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

/** Sign-on through an identity provider (OIDC) and its configuration by the platform admin. */
export const ssoRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, sicher, authRateLimit } = app.lotse;
  const authLimit = { rateLimit: { max: authRateLimit, timeWindow: '1 minute' } };
  const plattform = { aktion: 'plattform.verwalten' } as const;

  app.get('/api/auth/sso', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags: ['Konten'], summary: 'Ist eine Anmeldung über das Konto der Verwaltung eingerichtet? (für die Anmeldeseite)', response: { 200: s.verfuegbarAntwort } },
  }, async () => uc.verfuegbar(db));

  app.post('/api/auth/sso/start', {
    config: { zugriff: 'oeffentlich', ...authLimit },
    schema: {
      tags: ['Konten'],
      summary: 'Anmeldung über das Konto der Verwaltung beginnen: der Anbieter wird über die Domain der E-Mail-Adresse gefunden; Antwort = Adresse des Anbieters',
      body: s.startSchema,
      response: { 200: s.weiterAntwort },
    },
  }, async (req, reply) => {
    const r = await uc.starte(db, req.body.email, herkunft(req));
    reply.setCookie(SSO_COOKIE, r.bindung, { path: SSO_COOKIE_PFAD, httpOnly: true, sameSite: 'lax', secure: sicher(req), maxAge: 600 });
    return { weiter: r.weiter };
  });

  app.post('/api/auth/sso/abschluss', {
    config: { zugriff: 'oeffentlich', ...authLimit },
    schema: {
      tags: ['Konten'],
      summary: 'Anmeldung über das Konto der Verwaltung abschließen (Antwort des Anbieters an /anmelden/sso); 204 mit Sitzung',
      body: s.abschlussSchema,
      response: { 204: keinInhalt },
    },
  }, async (req, reply) => {
    const { token } = await uc.schliesseAb(db, req.body.antwort, req.cookies[SSO_COOKIE]);
    reply.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PFAD });
    setzeSitzungsCookies(reply, token, sicher(req));
    return reply.status(204).send();
  });

  app.get('/api/admin/sso', {
    config: { zugriff: plattform },
    schema: { tags: ['Administration'], summary: 'Identitätsanbieter (OIDC) je Kommune oder Land; ohne Client-Secret', response: { 200: s.anbieterListe } },
  }, async (req) => uc.anbieterListe(db, herkunft(req)));

  app.post('/api/admin/sso', {
    config: { zugriff: plattform },
    schema: {
      tags: ['Administration'],
      summary: 'Identitätsanbieter (OIDC) für eine Kommune oder ein Land einrichten (Client-Secret verschlüsselt gespeichert, nie ausgegeben)',
      body: s.anbieterSchema,
      response: { 201: s.anbieterAntwort },
    },
  }, async (req, reply) => reply.status(201).send(await uc.legeAnbieterAn(db, req.konto!.id, req.body, herkunft(req))));

  app.patch('/api/admin/sso/:id', {
    config: { zugriff: plattform },
    schema: {
      tags: ['Administration'],
      summary: 'Identitätsanbieter ändern (nur die genannten Felder; ohne clientSecret bleibt das Secret). Die Verknüpfung der Konten bleibt, Rollen folgen bei der nächsten Anmeldung; ein neuer Issuer löst die Verknüpfungen',
      params: s.anbieterParams,
      body: s.anbieterAenderungSchema,
      response: { 200: s.anbieterAntwort },
    },
  }, async (req) => uc.aendereAnbieter(db, req.konto!.id, req.params.id, req.body, herkunft(req)));

  app.delete('/api/admin/sso/:id', {
    config: { zugriff: plattform },
    schema: { tags: ['Administration'], summary: 'Identitätsanbieter entfernen (seine Sitzungen enden; die Konten bleiben)', params: s.anbieterParams, response: { 204: keinInhalt } },
  }, async (req, reply) => {
    await uc.loescheAnbieter(db, req.konto!.id, req.params.id);
    return reply.status(204).send();
  });
};
