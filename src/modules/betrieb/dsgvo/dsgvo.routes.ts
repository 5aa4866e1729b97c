import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausParam } from '../../../core/authz/zugriff.ts';
import { SITZUNG_COOKIE } from '../../../core/auth/sitzung.ts';
import * as s from './dsgvo.schemas.ts';
import * as uc from './dsgvo.usecases.ts';

/** Thin routes of the DSGVO part: access, schemas, one use case each. */
export const dsgvoRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;
  const verwalten = { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } as const;

  app.get('/api/kommunen/:kommuneId/datenexport', {
    config: { zugriff: verwalten },
    schema: {
      tags: ['Datenschutz'],
      summary: 'Alle Daten der Kommune als ZIP-Archiv (JSON und CSV je Tabelle; Kommune-Admin)',
      params: s.kommuneParams,
      response: { 200: z.any().describe('ZIP-Archiv (application/zip)') },
    },
  }, async (req, reply) => {
    const e = await uc.exportiereKommune(db, req.params.kommuneId, req.konto!.id);
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${e.dateiname}"`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(e.zip));
  });

  app.get('/api/kommunen/:kommuneId/loeschung', {
    config: { zugriff: verwalten },
    schema: { tags: ['Datenschutz'], summary: 'Stand eines Antrags auf Löschen aller Daten der Kommune (Kommune-Admin)', params: s.kommuneParams, response: { 200: s.loeschungStand } },
  }, async (req) => uc.loeschungsStand(db, req.params.kommuneId));

  app.post('/api/kommunen/:kommuneId/loeschung', {
    config: { zugriff: verwalten },
    schema: {
      tags: ['Datenschutz'],
      summary: 'Löschen aller Daten der Kommune beantragen (Kommune-Admin; Bestätigung mit dem Namen der Kommune, Ausführung nach der Wartefrist)',
      params: s.kommuneParams,
      body: s.loeschungAntrag,
      response: { 202: s.loeschungStand },
    },
  }, async (req, reply) => reply.status(202).send(await uc.beantrageLoeschung(db, req.params.kommuneId, req.konto!.id, req.body.bestaetigung)));

  app.delete('/api/kommunen/:kommuneId/loeschung', {
    config: { zugriff: verwalten },
    schema: { tags: ['Datenschutz'], summary: 'Antrag auf Löschen widerrufen (Kommune-Admin)', params: s.kommuneParams, response: { 204: s.keinInhalt } },
  }, async (req, reply) => {
    await uc.widerrufeLoeschung(db, req.params.kommuneId, req.konto!.id);
    return reply.status(204).send();
  });

  app.get('/api/konto/datenexport', {
    config: { zugriff: 'angemeldet' },
    schema: { tags: ['Datenschutz'], summary: 'Eigene Daten als JSON (Art. 15 und 20 DSGVO)', response: { 200: z.any().describe('JSON-Datei') } },
  }, async (req, reply) => {
    const daten = await uc.exportiereKonto(db, req.konto!.id);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="lotse-meine-daten-${daten.erstellt.slice(0, 10)}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(daten, null, 2));
  });

  app.post('/api/konto/loeschen', {
    config: { zugriff: 'angemeldet', rateLimit: { max: app.lotse.authRateLimit, timeWindow: '1 minute' } },
    schema: { tags: ['Datenschutz'], summary: 'Eigenes Konto löschen (Art. 17 DSGVO; mit Passwort)', body: s.kontoLoeschen, response: { 204: s.keinInhalt } },
  }, async (req, reply) => {
    await uc.loescheEigenesKonto(db, req.konto!.id, req.body.passwort);
    reply.clearCookie(SITZUNG_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
};
