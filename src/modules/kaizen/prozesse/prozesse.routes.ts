import type { FastifyError, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../core/errors.ts';
import type { KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import * as s from './prozesse.schemas.ts';
import * as uc from './prozesse.usecases.ts';
import { MAX_DATEI_MB, prozessFehler } from './prozesse.errors.ts';

/** Row resolver: the Kommune of the process in `:id` (no row → 404 from the access layer). */
const prozessKommune: KommuneAufloeser = (req, db) => uc.kommuneVonProzess(db, (req.params as { id: string }).id);
const nichtGefunden = prozessFehler.nichtGefunden;
const lesen = { aktion: 'kommune.lesen', kommune: prozessKommune, zeile: true, nichtGefunden } as const;
const schreiben = { aktion: 'kommune.schreiben', kommune: prozessKommune, zeile: true, nichtGefunden } as const;
const tags = ['Kaizen'];
const DATEI_LIMIT = MAX_DATEI_MB * 1024 * 1024;

/** Own plugin context: the CSV body parser and the 413 message apply to these routes only. */
const routen: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.addContentTypeParser(['text/csv', 'text/plain', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: DATEI_LIMIT }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: FastifyError | AppError, _req, _reply) => {
    if (!(err instanceof AppError) && (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413)) throw prozessFehler.zuGross();
    throw err;
  });

  app.post('/api/kaizen/prozesse', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: (req, db) => uc.kommuneFuerAnlage(db, req.konto ?? null, (req.body as { kommune?: string } | undefined)?.kommune) } },
    schema: { tags, summary: 'Prozess anlegen (Mitglieder der Kommune); `kommune` (AGS/ARS) nur bei mehreren Kommunen', body: s.anlegenSchema, response: { 201: s.prozess } },
  }, async (req, reply) => reply.status(201).send(await uc.anlegen(db, req.konto!, req.zugriffKommuneId!, req.body)));

  app.get('/api/kaizen/prozesse', {
    config: { zugriff: 'angemeldet' },
    schema: { tags, summary: 'Prozesse, die das Konto sehen darf (eigene Kommune, Region, Transferstelle)', querystring: s.listeQuery, response: { 200: s.liste } },
  }, async (req) => uc.liste(db, req.konto!, req.query));

  app.get('/api/kaizen/prozesse/:id', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Ein Prozess mit Zahl der Ereignisse und Fälle und dem Zeitraum des Protokolls', params: s.idParams, response: { 200: s.prozess } },
  }, async (req) => uc.detail(db, req.params.id));

  app.post('/api/kaizen/prozesse/:id/ereignisse', {
    config: { zugriff: schreiben },
    bodyLimit: DATEI_LIMIT,
    schema: {
      tags,
      summary: `Ereignisprotokoll einlesen (text/csv: fall_id,schritt,zeitpunkt[,prozess]; höchstens ${MAX_DATEI_MB} MB); bei einem Fehler wird nichts übernommen`,
      params: s.idParams,
      response: { 200: s.importAntwort },
    },
  }, async (req) => {
    const body = req.body as unknown;
    if (body === undefined || body === null || (Buffer.isBuffer(body) && body.length === 0)) throw prozessFehler.dateiFehlt();
    if (!Buffer.isBuffer(body)) throw prozessFehler.keinCsv();
    return uc.importiere(db, req.konto, req.params.id, body);
  });

  app.get('/api/kaizen/prozesse/:id/kennzahlen', {
    config: { zugriff: lesen },
    schema: {
      tags,
      summary: 'Kennzahlen vor und ab dem Stichtag (Fälle nach ihrem ersten Ereignis); ohne Stichtag ein Block „gesamt“',
      params: s.idParams,
      querystring: s.kennzahlenQuery,
      response: { 200: s.kennzahlenAntwort },
    },
  }, async (req) => uc.kennzahlen(db, req.params.id, req.query.stichtag));
};

export const prozesseRoutes: FastifyPluginAsync = async (app) => {
  await app.register(routen);
};
