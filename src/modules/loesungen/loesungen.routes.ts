import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OEFFENTLICHE_ZEILE, ausBody, ausQuery, type KommuneAufloeser } from '../../core/authz/zugriff.ts';
import type { Db } from '../../core/db/db.ts';
import * as s from './loesungen.schemas.ts';
import * as uc from './loesungen.usecases.ts';
import * as entwurf from './entwurf/entwurf.usecases.ts';
import * as pruefung from './pruefung/pruefung.usecases.ts';
import { importiereLoesungen, zeilenAusText } from './import/import.usecases.ts';
import { schreibeCsv } from './import/import.rules.ts';
import { kommuneUndStatus } from './loesungen.repository.ts';
import { loesungFehler } from './loesungen.errors.ts';

/** Kommune of the solution in the path (for row access: unknown or foreign drafts → 404). */
const kommuneDerLoesung: KommuneAufloeser = async (req: FastifyRequest, db: Db) => (await kommuneUndStatus(db.k, (req.params as { id: string }).id))?.kommune_id;

/** Published solutions are public; drafts etc. belong to their Kommune (or, without one, to the Transferstelle). */
const sichtbarkeitDerLoesung: KommuneAufloeser = async (req: FastifyRequest, db: Db) => {
  const r = await kommuneUndStatus(db.k, (req.params as { id: string }).id);
  if (!r) return undefined;
  return r.status === 'veroeffentlicht' ? OEFFENTLICHE_ZEILE : r.kommune_id;
};

/** Row access to a solution of a Kommune: unknown and foreign rows answer the same 404 `loesung.nicht_gefunden`. */
const zeileDerKommune = { aktion: 'kommune.schreiben', kommune: kommuneDerLoesung, zeile: true, nichtGefunden: loesungFehler.nichtGefunden } as const;

const tags = ['Lösungen'];

export const loesungenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/loesungen', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Öffentlicher Katalog (nur veröffentlichte Lösungen) mit Filtern', querystring: s.listeQuery, response: { 200: s.listeAntwort } },
  }, async (req) => uc.liste(db, req.query));

  app.get('/api/loesungen/export', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Veröffentlichter Katalog als JSON oder CSV (Importformat)', querystring: s.exportQuery },
  }, async (req, reply) => {
    const zeilen = await uc.exportiere(db);
    const datum = new Date().toISOString().slice(0, 10);
    reply.header('content-disposition', `attachment; filename="lotse-loesungen-${datum}.${req.query.format}"`);
    if (req.query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(`\uFEFF${schreibeCsv(zeilen)}`);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(zeilen));
  });

  app.get('/api/loesungen/eigene', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Alle Lösungen der eigenen Kommune (jeder Status)', querystring: s.eigeneQuery, response: { 200: s.eigeneAntwort } },
  }, async (req) => uc.eigene(db, req.query.kommuneId));

  app.get('/api/loesungen/pruefung', {
    config: { zugriff: { aktion: 'loesung.pruefen' } },
    schema: { tags, summary: 'Prüfliste der Transferstelle: eingereichte Entwürfe und Überarbeitungen, Siegel-Kandidaten', response: { 200: s.prueflisteAntwort } },
  }, async () => pruefung.pruefliste(db));

  app.post('/api/loesungen/import', {
    config: { zugriff: { aktion: 'transferstelle' } },
    bodyLimit: 10 * 1024 * 1024 + 64 * 1024,
    schema: { tags, summary: 'Import (JSON-Liste oder CSV): Upsert nach externalId, alles oder nichts', body: s.importSchema, response: { 200: s.importBericht } },
  }, async (req) => {
    const b = req.body;
    const zeilen = Array.isArray(b) ? b : b.format === 'csv' ? zeilenAusText(b.daten, 'csv') : b.daten;
    return importiereLoesungen(db, zeilen, { kontoId: req.konto!.id, quelle: 'api' });
  });

  app.get('/api/loesungen/:id', {
    config: {
      zugriff: { aktion: 'kommune.entwurf.lesen', kommune: sichtbarkeitDerLoesung, zeile: true, ohneKommune: 'loesung.pruefen', nichtGefunden: loesungFehler.nichtGefunden },
    },
    schema: { tags, summary: 'Eine Lösung mit Versionen, nutzenden Kommunen und Siegel (Kommune und Transferstelle: mit offener Überarbeitung)', params: s.idParams, response: { 200: s.detailAntwort } },
  }, async (req) => uc.detail(db, req.konto, req.params.id));

  app.post('/api/loesungen', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'Entwurf für die eigene Kommune anlegen', body: s.loesungAnlegenSchema, response: { 201: s.aenderungAntwort } },
  }, async (req, reply) => reply.status(201).send(await entwurf.anlegen(db, req.konto!, req.body)));

  app.patch('/api/loesungen/:id', {
    config: { zugriff: zeileDerKommune },
    schema: { tags, summary: 'Lösung ändern: Entwurf → neue Version; veröffentlicht → Überarbeitung, die die Transferstelle prüft', params: s.idParams, body: s.loesungAendernSchema, response: { 200: s.aenderungAntwort } },
  }, async (req) => entwurf.aendern(db, req.konto!, req.params.id, req.body));

  app.post('/api/loesungen/:id/einreichen', {
    config: { zugriff: zeileDerKommune },
    schema: { tags, summary: 'Entwurf (oder Überarbeitung einer veröffentlichten Lösung) zur Prüfung bei der Transferstelle einreichen', params: s.idParams, response: { 200: s.aenderungAntwort } },
  }, async (req) => entwurf.einreichen(db, req.konto!, req.params.id));

  app.delete('/api/loesungen/:id/ueberarbeitung', {
    config: { zugriff: zeileDerKommune },
    schema: { tags, summary: 'Offene Überarbeitung einer veröffentlichten Lösung verwerfen (die geprüfte Version bleibt)', params: s.idParams, response: { 204: s.leer } },
  }, async (req, reply) => {
    await entwurf.ueberarbeitungVerwerfen(db, req.konto!, req.params.id);
    return reply.status(204).send();
  });

  app.post('/api/loesungen/:id/pruefung', {
    config: { zugriff: { aktion: 'loesung.pruefen' } },
    schema: { tags, summary: 'Prüfung eines Entwurfs oder einer Überarbeitung: veröffentlichen oder zurückweisen (Transferstelle)', params: s.idParams, body: s.pruefungSchema, response: { 200: s.aenderungAntwort } },
  }, async (req) => pruefung.pruefen(db, req.konto!, req.params.id, req.body.entscheidung, req.body.kommentar));

  app.post('/api/loesungen/:id/archivieren', {
    config: { zugriff: { aktion: 'loesung.pruefen' } },
    schema: { tags, summary: 'Aus dem Katalog nehmen (Transferstelle, mit Begründung)', params: s.idParams, body: s.archivSchema, response: { 200: s.aenderungAntwort } },
  }, async (req) => pruefung.archivieren(db, req.konto!, req.params.id, req.body.kommentar));

  app.put('/api/loesungen/:id/siegel', {
    config: { zugriff: { aktion: 'loesung.pruefen' } },
    schema: { tags, summary: 'Siegel „Bewährt“ vergeben (Transferstelle, alle Kriterien erfüllt, mind. 2 Kommunen)', params: s.idParams, body: s.siegelSchema, response: { 200: s.siegelAntwort } },
  }, async (req) => pruefung.siegelVergeben(db, req.konto!, req.params.id, req.body.kriterien));

  app.delete('/api/loesungen/:id/siegel', {
    config: { zugriff: { aktion: 'loesung.pruefen' } },
    schema: { tags, summary: 'Siegel entziehen (Transferstelle)', params: s.idParams, response: { 204: s.leer } },
  }, async (req, reply) => {
    await pruefung.siegelEntziehen(db, req.konto!, req.params.id);
    return reply.status(204).send();
  });

  app.post('/api/loesungen/:id/nutzungen', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'Nutzung melden: die eigene Kommune hat die Lösung übernommen', params: s.idParams, body: s.nutzungSchema, response: { 201: s.nutzungAntwort } },
  }, async (req, reply) => reply.status(201).send(await entwurf.nutzungMelden(db, req.konto!, req.params.id, req.body)));
};
