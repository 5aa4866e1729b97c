import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ausBody, ausQuery, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { messungFehler } from './messung.errors.ts';
import * as s from './messung.schemas.ts';
import * as uc from './messung.usecases.ts';

const indikatorKommune: KommuneAufloeser = (req, db) => uc.kommuneVonIndikator(db, (req.params as { id: string }).id);
const lesen = { aktion: 'kommune.lesen', kommune: indikatorKommune, zeile: true, nichtGefunden: messungFehler.nichtGefunden } as const;
const schreiben = { aktion: 'kommune.schreiben', kommune: indikatorKommune, zeile: true, nichtGefunden: messungFehler.nichtGefunden } as const;
const tags = ['Wirkung'];

export const messungRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/wirkung/indikatoren', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Eigene Indikatoren einer Kommune mit letztem Wert, Fälligkeit und Hinweisen', querystring: s.listeQuery, response: { 200: s.indikatorListe } },
  }, async (req) => uc.liste(db, req.query.kommuneId));

  app.get('/api/wirkung/frische', {
    // Nur die Administration der Kommune; Anteile je Organisationseinheit, nie je Person (Entscheidung 0087).
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Anteil aktueller eigener Indikatoren je Organisationseinheit', querystring: s.listeQuery, response: { 200: s.frischeAntwort } },
  }, async (req) => uc.frische(db, req.query.kommuneId));

  app.post('/api/wirkung/indikatoren', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'Eigenen Indikator anlegen (wer ihn anlegt, pflegt ihn)', body: s.indikatorAnlegen, response: { 201: s.angelegt } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.erstelle(db, req.konto!.id, req.body) }));

  app.get('/api/wirkung/indikatoren/:id', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Eigener Indikator mit Werten, „Weiter so“-Prognose (80-%-Band) und Hinweisen', params: s.idParams, response: { 200: s.indikatorDetail } },
  }, async (req) => uc.detail(db, req.konto!, req.params.id));

  app.post('/api/wirkung/indikatoren/:id/werte', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Einen Wert erfassen', params: s.idParams, body: s.wertAnlegen, response: { 201: s.importErgebnis } },
  }, async (req, reply) => {
    await uc.erfasseWert(db, req.konto!.id, req.params.id, req.body);
    return reply.status(201).send({ importiert: 1 });
  });

  app.put('/api/wirkung/indikatoren/:id/handprognose', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Eigene Prognose (Werte je künftigem Jahr) über der berechneten setzen; ersetzt die bisherige', params: s.idParams, body: s.handprognose, response: { 200: s.handprognoseAntwort } },
  }, async (req) => {
    await uc.setzeHandprognose(db, req.konto!.id, req.params.id, req.body);
    return { werte: [...req.body.werte].sort((a, b) => a.jahr - b.jahr) };
  });

  app.post('/api/wirkung/indikatoren/:id/import', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Werte aus CSV oder XLSX importieren (alles oder nichts, Fehler je Zeile)', params: s.idParams, body: s.importAnfrage, response: { 201: s.importErgebnis } },
  }, async (req, reply) => reply.status(201).send(await uc.importiere(db, req.konto!.id, req.params.id, req.body.format, req.body.inhalt)));
};
