import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { ausBody, type KommuneAufloeser } from '../../core/authz/zugriff.ts';
import * as s from './bedarfe.schemas.ts';
import { bedarfFehler } from './bedarfe.errors.ts';
import * as uc from './bedarfe.usecases.ts';

/** Zeilen-Auflöser: Kommune des Bedarfs aus `:id` (fehlt die Zeile, antwortet die Zugriffsschicht mit 404). */
const bedarfKommune: KommuneAufloeser = (req, db) => uc.kommuneVonBedarf(db, (req.params as { id: string }).id);

export const bedarfeRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  // Fehlende und fremde Bedarfe sind nicht zu unterscheiden: beide 404 mit dem Code bedarf.nicht_gefunden.
  app.setErrorHandler((err, _req, _reply) => {
    if (err instanceof AppError && err.status === 404 && err.code === 'ressource.nicht_gefunden') throw bedarfFehler.nichtGefunden();
    throw err;
  });

  app.post('/api/bedarfe', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausBody('kommuneId') } },
    schema: { tags: ['Bedarfe'], summary: 'Bedarf erfassen (Mitglieder der Kommune)', body: s.bedarfAnlegenSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (req, reply) => {
    const id = await uc.erstelle(db, req.konto!.id, req.body);
    return reply.status(201).send({ id });
  });

  app.get('/api/bedarfe', {
    // Liste: jede*r Angemeldete, gefiltert mit sichtbar() (eigene Kommune, Region des Lotsen, Transferstelle).
    config: { zugriff: 'angemeldet' },
    schema: { tags: ['Bedarfe'], summary: 'Bedarfe, die das Konto sehen darf', querystring: s.bedarfListeQuery, response: { 200: s.bedarfListe } },
  }, async (req) => uc.liste(db, req.konto!, req.query));

  app.get('/api/bedarfe/:id', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: bedarfKommune, zeile: true } },
    schema: { tags: ['Bedarfe'], summary: 'Bedarf mit Statusverlauf und Vorschlägen', params: s.idParams, response: { 200: s.bedarfDetail } },
  }, async (req) => uc.detail(db, req.konto!, req.params.id));

  app.post('/api/bedarfe/:id/status', {
    // Wer den Bedarf lesen darf, ist Mitglied der Kommune oder begleitet sie; welcher Übergang wem offensteht,
    // prüft der Statusfluss (bedarfe.rules.ts).
    config: { zugriff: { aktion: 'kommune.lesen', kommune: bedarfKommune, zeile: true } },
    schema: { tags: ['Bedarfe'], summary: 'Status ändern (mit Kommentar)', params: s.idParams, body: s.statusAendernSchema, response: { 200: s.bedarfDetail } },
  }, async (req) => {
    await uc.aendereStatus(db, req.konto!, req.params.id, req.body.status, req.body.kommentar);
    return uc.detail(db, req.konto!, req.params.id);
  });

  app.post('/api/bedarfe/:id/vorschlaege', {
    config: { zugriff: { aktion: 'kommune.begleiten', kommune: bedarfKommune, zeile: true } },
    schema: { tags: ['Bedarfe'], summary: 'Lösungen vorschlagen (Lotse, Transferstelle)', params: s.idParams, body: s.vorschlaegeSchema, response: { 201: s.bedarfDetail } },
  }, async (req, reply) => {
    await uc.schlageVor(db, req.konto!, req.params.id, req.body.loesungIds, req.body.notiz);
    return reply.status(201).send(await uc.detail(db, req.konto!, req.params.id));
  });

  app.get('/api/lotse/eingang', {
    // Eingang: die Bedarfe, die das Konto sehen darf (für Lotsen: ihre Region), älteste zuerst.
    config: { zugriff: 'angemeldet' },
    schema: { tags: ['Bedarfe'], summary: 'Eingang der Lotsen: Bedarfe der Region mit Vorschlägen des Matchings', querystring: s.eingangQuery, response: { 200: s.eingangListe } },
  }, async (req) => uc.eingang(db, req.konto!, req.query));
};
