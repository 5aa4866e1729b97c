import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ausBody, ausQuery, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { dialogFehler } from './dialog.errors.ts';
import { protokollPdf, tagesordnungPdf } from './dialog.pdf.ts';
import * as s from './dialog.schemas.ts';
import * as uc from './dialog.usecases.ts';

const dialogKommune: KommuneAufloeser = (req, db) => uc.kommuneVonDialog(db, (req.params as { id: string }).id);
const lesen = { aktion: 'kommune.lesen', kommune: dialogKommune, zeile: true, nichtGefunden: dialogFehler.nichtGefunden } as const;
const schreiben = { aktion: 'kommune.schreiben', kommune: dialogKommune, zeile: true, nichtGefunden: dialogFehler.nichtGefunden } as const;
const tags = ['Wirkung'];

export const dialogRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/wirkung/dialoge', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausQuery('kommuneId') } },
    schema: { tags, summary: 'Wirkungsdialoge einer Kommune', querystring: s.listeQuery, response: { 200: s.dialogListe } },
  }, async (req) => uc.liste(db, req.konto!, req.query.kommuneId));

  app.post('/api/wirkung/dialoge', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausBody('kommuneId') } },
    schema: { tags, summary: 'Wirkungsdialog zu einem Ziel oder eigenen Indikatoren anlegen (Ausreißer werden als Gesprächspunkte vorausgewählt)', body: s.dialogAnlegen, response: { 201: s.angelegt } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.erstelle(db, req.konto!.id, req.body) }));

  app.get('/api/wirkung/dialoge/:id', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Wirkungsdialog mit Teilnehmenden, Leitfragen und Einträgen', params: s.idParams, response: { 200: s.dialogDetail } },
  }, async (req) => uc.detail(db, req.konto ?? null, req.params.id));

  app.post('/api/wirkung/dialoge/:id/eintraege', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Gesprächspunkt, Antwort auf eine Leitfrage, Hypothese, Entscheidung oder Aufgabe festhalten', params: s.idParams, body: s.eintragAnlegen, response: { 201: s.angelegt } },
  }, async (req, reply) => reply.status(201).send({ id: await uc.erfasseEintrag(db, req.konto!.id, req.params.id, req.body) }));

  app.post('/api/wirkung/dialoge/:id/eintraege/:eintragId/bedarf', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Hypothese in einem Schritt zum Bedarf der Kommune machen', params: s.eintragParams, body: s.bedarfAusHypothese, response: { 201: s.bedarfAngelegt } },
  }, async (req, reply) => reply.status(201).send({ bedarfId: await uc.hypotheseZuBedarf(db, req.konto!.id, req.params.id, req.params.eintragId, req.body) }));

  for (const [pfad, pdf, name] of [['tagesordnung.pdf', tagesordnungPdf, 'Tagesordnung'], ['protokoll.pdf', protokollPdf, 'Protokoll']] as const) {
    app.get(`/api/wirkung/dialoge/:id/${pfad}`, {
      config: { zugriff: lesen },
      schema: { tags, summary: `${name} des Wirkungsdialogs als getaggtes PDF`, params: s.idParams },
    }, async (req, reply) => {
      const datei = await pdf(await uc.detail(db, req.konto ?? null, req.params.id));
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="wirkungsdialog-${pfad.replace('.pdf', '')}-${req.params.id}.pdf"`).header('cache-control', 'no-store').send(datei);
    });
  }
};
