import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { KommuneAufloeser, Zugriff } from '../../../core/authz/zugriff.ts';
import { kohortenFehler } from './kohorten.errors.ts';
import { kommuneFuerZugriff, MEHRERE } from './kohorten.permissions.ts';
import * as s from './kohorten.schemas.ts';
import * as uc from './kohorten.usecases.ts';
import * as exp from './kohorten.export.ts';
import { mitgliederDer, traegerDer } from './kohorten.repository.ts';

const tags = ['Kohorten'];
const aufloeser = (art: 'lesen' | 'schreiben' | 'antworten'): KommuneAufloeser => async (req, db) => {
  const id = (req.params as { id: string }).id;
  const [mitglieder, traeger] = await Promise.all([mitgliederDer(db.k, id), traegerDer(db.k, id)]);
  const k = kommuneFuerZugriff(req.konto ?? null, mitglieder, art, (req.body as { kommune?: string } | undefined)?.kommune, traeger);
  if (k === MEHRERE) throw kohortenFehler.kommuneWaehlen();
  return k;
};
const nichtGefunden = kohortenFehler.nichtGefunden;
const lesen = { aktion: 'kommune.lesen', kommune: aufloeser('lesen'), zeile: true, nichtGefunden } as const;
const schreiben = { aktion: 'kohorte.beitragen', kommune: aufloeser('schreiben'), zeile: true, nichtGefunden } as const;
const antworten = { aktion: 'kommune.verwalten', kommune: aufloeser('antworten'), zeile: true, nichtGefunden } as const;
/** Inviting: into a Verbund its Träger (members of the carrying Kommune), into any other cohort the Transferstelle. */
const einladen = {
  aktion: 'kommune.schreiben',
  kommune: async (req, db) => {
    const id = (req.params as { id: string }).id;
    const k = await db.k.selectFrom('kohorte').select('kommune_id').where('id', '=', id).executeTakeFirst();
    return k ? k.kommune_id : undefined;
  },
  ohneKommune: 'transferstelle',
  zeile: true,
  nichtGefunden,
} as const satisfies Zugriff;

export const kohortenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/kohorten', {
    config: { zugriff: 'angemeldet' },
    schema: { tags, summary: 'Kohorten, die das Konto sehen darf (eigene Kommunen, Region, Transferstelle), mit offenen Einladungen', response: { 200: s.listeAntwort } },
  }, async (req) => uc.liste(db, req.konto!));

  app.post('/api/kohorten', {
    config: { zugriff: { aktion: 'transferstelle' } },
    schema: { tags, summary: 'Kohorte für eine Lösung bilden und Kommunen einladen (Transferstelle; höchstens 8, mehr nur Plattform-Administration)', body: s.anlegenSchema, response: { 201: s.board } },
  }, async (req, reply) => reply.status(201).send(await uc.bilden(db, req.konto!, req.body)));

  app.post('/api/kohorten/verbund', {
    // Members of the carrying Kommune (Landkreis, Amt/Verbandsgemeinde): named in `traeger`, or the only own one.
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: (req, db) => uc.traegerFuer(db, req.konto ?? null, (req.body as { traeger?: string } | undefined)?.traeger) } },
    schema: { tags, summary: 'Verbund öffnen: ein Landkreis, ein Amt oder eine Verbandsgemeinde lädt Mitgliedsgemeinden zu einer gemeinsamen Übernahme ein und sieht deren Stand', body: s.verbundSchema, response: { 201: s.board } },
  }, async (req, reply) => reply.status(201).send(await uc.verbundBilden(db, req.konto!, req.zugriffKommuneId!, req.body)));

  app.get('/api/kohorten/vorschlaege', {
    config: { zugriff: { aktion: 'transferstelle' } },
    schema: { tags, summary: 'Kommunen mit offenen Bedarfen, denen diese Lösung vorgeschlagen wurde', querystring: s.vorschlagQuery, response: { 200: s.vorschlaege } },
  }, async (req) => uc.vorschlaege(db, req.query.loesungId));

  app.get('/api/kohorten/:id', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Board der Kohorte: Status je Kommune, Phase, offene Meilensteine, letzte Rückmeldung, Zeitplan, Diskussion, Dokumente', params: s.idParams, response: { 200: s.board } },
  }, async (req) => uc.board(db, req.konto!, req.params.id));

  app.get('/api/kohorten/:id/board.:format', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Board der Kohorte als CSV oder XLSX', params: s.exportParams },
  }, async (req, reply) => {
    const b = await uc.board(db, req.konto!, req.params.id);
    const x = exp.tabelle(b);
    reply.header('content-disposition', `attachment; filename="lotse-kohorte-${new Date().toISOString().slice(0, 10)}.${req.params.format}"`);
    if (req.params.format === 'csv') return reply.type('text/csv; charset=utf-8').send(exp.alsCsv(x));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await exp.alsXlsx(x));
  });

  app.post('/api/kohorten/:id/antwort', {
    config: { zugriff: antworten },
    schema: { tags, summary: 'Einladung annehmen (startet oder verknüpft das eigene Übernahmeprojekt) oder ablehnen – Administration der eingeladenen Kommune', params: s.idParams, body: s.antwortSchema, response: { 200: s.board } },
  }, async (req) => uc.antworten(db, req.konto!, req.params.id, req.zugriffKommuneId!, req.body.annehmen));

  app.post('/api/kohorten/:id/einladungen', {
    config: { zugriff: einladen },
    schema: { tags, summary: 'Weitere Kommunen in eine bestehende Kohorte einladen (Transferstelle; beim Verbund der Träger); die Höchstzahl bleibt', params: s.idParams, body: s.einladenSchema, response: { 201: s.board } },
  }, async (req, reply) => reply.status(201).send(await uc.einladen(db, req.konto!, req.params.id, req.body.kommunen)));

  app.post('/api/kohorten/:id/meilensteine', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Gemeinsamen Meilenstein der Kohorte anlegen (Mitgliedskommunen, Träger, Transferstelle)', params: s.idParams, body: s.meilensteinSchema, response: { 201: s.board } },
  }, async (req, reply) => reply.status(201).send(await uc.meilensteinAnlegen(db, req.konto!, req.params.id, req.zugriffKommuneId, req.body)));

  app.patch('/api/kohorten/:id/meilensteine/:meilensteinId', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Gemeinsamen Meilenstein als erledigt oder offen markieren', params: s.meilensteinParams, body: s.erledigtSchema, response: { 200: s.board } },
  }, async (req) => uc.meilensteinSetzen(db, req.konto!, req.params.id, req.zugriffKommuneId, req.params.meilensteinId, req.body.erledigt));

  app.post('/api/kohorten/:id/beitraege', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Beitrag zur Diskussion der Kohorte (Mitgliedskommunen, Transferstelle)', params: s.idParams, body: s.beitragSchema, response: { 201: s.board } },
  }, async (req, reply) => reply.status(201).send(await uc.beitragen(db, req.konto!, req.params.id, req.zugriffKommuneId, req.body.text)));

  app.post('/api/kohorten/:id/dokumente', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Gemeinsames Dokument (Link) hinzufügen (Mitgliedskommunen, Transferstelle)', params: s.idParams, body: s.dokumentSchema, response: { 201: s.board } },
  }, async (req, reply) => reply.status(201).send(await uc.dokumentAnlegen(db, req.konto!, req.params.id, req.zugriffKommuneId, req.body)));
};
