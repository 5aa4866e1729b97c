import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ausParam } from '../../../core/authz/zugriff.ts';
import { setzeSitzungsCookies } from '../../../core/auth/sitzung.ts';
import * as s from './zweiter-faktor.schemas.ts';
import * as uc from './zweiter-faktor.usecases.ts';
import { ANMELDUNG_AUSSTEHEND_MINUTEN } from './zweiter-faktor.rules.ts';

/** Between password and code (httpOnly, only sent to /api/auth, a few minutes). */
export const ANMELDUNG_COOKIE = 'lotse_anmeldung';

export const zweiterFaktorRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, sicher, authRateLimit } = app.lotse;
  const authLimit = { rateLimit: { max: authRateLimit, timeWindow: '1 minute' } };
  const tags = ['Konten'];

  app.post('/api/auth/login/zweiter-faktor', {
    config: { zugriff: 'oeffentlich', ...authLimit },
    schema: { tags, summary: 'Anmelden, zweiter Schritt: Code aus der App oder Wiederherstellungscode', body: s.codeSchema, response: { 204: s.keinInhalt } },
  }, async (req, reply) => {
    const token = await uc.anmeldenMitCode(db, req.cookies[ANMELDUNG_COOKIE], req.body.code);
    reply.clearCookie(ANMELDUNG_COOKIE, { path: '/api/auth' });
    setzeSitzungsCookies(reply, token, sicher(req));
    return reply.status(204).send();
  });

  app.get('/api/konto/zweiter-faktor', {
    config: { zugriff: 'angemeldet' },
    schema: { tags, summary: 'Stand der Zwei-Faktor-Anmeldung des eigenen Kontos', response: { 200: s.statusAntwort } },
  }, async (req) => uc.status(db, req.konto!));

  app.post('/api/konto/zweiter-faktor/einrichten', {
    config: { zugriff: 'angemeldet', ...authLimit },
    schema: { tags, summary: 'Einrichtung beginnen (Passwort bestätigen): Geheimnis als QR-Code und Text', body: s.einrichtenSchema, response: { 200: s.einrichtenAntwort } },
  }, async (req) => uc.einrichten(db, req.konto!, req.body.passwort));

  app.post('/api/konto/zweiter-faktor/bestaetigen', {
    config: { zugriff: 'angemeldet', ...authLimit },
    schema: { tags, summary: 'Einrichtung mit dem ersten Code abschließen; liefert zehn Wiederherstellungscodes (nur dieses eine Mal)', body: s.codeSchema, response: { 200: s.codesAntwort } },
  }, async (req) => uc.bestaetigen(db, req.konto!, req.body.code));

  app.post('/api/konto/zweiter-faktor/abschalten', {
    config: { zugriff: 'angemeldet', ...authLimit },
    schema: { tags, summary: 'Zwei-Faktor-Anmeldung abschalten (Passwort und Code); andere Sitzungen enden', body: s.abschaltenSchema, response: { 204: s.keinInhalt } },
  }, async (req, reply) => {
    await uc.abschalten(db, req.konto!, req.sitzungToken!, req.body.passwort, req.body.code);
    return reply.status(204).send();
  });

  app.post('/api/kommunen/:kommuneId/mitglieder/:kontoId/zweiter-faktor/zuruecksetzen', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Zweiten Faktor eines Mitglieds zurücksetzen (Kommune-Admin; nicht für Personen mit Plattformrolle)', params: s.mitgliedParams, response: { 204: s.keinInhalt } },
  }, async (req, reply) => {
    await uc.zuruecksetzen(db, req.konto!, req.params.kontoId, req.params.kommuneId);
    return reply.status(204).send();
  });

  app.post('/api/admin/konten/:kontoId/zweiter-faktor/zuruecksetzen', {
    config: { zugriff: { aktion: 'plattform.verwalten' } },
    schema: { tags: ['Administration'], summary: 'Zweiten Faktor eines Kontos zurücksetzen (Plattform-Admin)', params: s.kontoParams, response: { 204: s.keinInhalt } },
  }, async (req, reply) => {
    await uc.zuruecksetzen(db, req.konto!, req.params.kontoId, null);
    return reply.status(204).send();
  });
};

/** Sets the pending-login cookie (login route of konten). */
export function setzeAnmeldungCookie(reply: { setCookie: (n: string, v: string, o: object) => unknown }, token: string, sicher: boolean) {
  reply.setCookie(ANMELDUNG_COOKIE, token, { path: '/api/auth', httpOnly: true, sameSite: 'strict', secure: sicher, maxAge: ANMELDUNG_AUSSTEHEND_MINUTEN * 60 });
}
