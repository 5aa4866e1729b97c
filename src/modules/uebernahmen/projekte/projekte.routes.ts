import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OEFFENTLICHE_ZEILE, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { darf, rolleIn } from '../../../core/authz/policy.ts';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import * as s from './projekte.schemas.ts';
import * as uc from './projekte.usecases.ts';
import * as repo from './projekte.repository.ts';

const projektId = (req: { params: unknown }) => (req.params as { id: string }).id;

/** Writing: the adopting Kommune of the project in `:id`. */
export const uebernehmendeKommune: KommuneAufloeser = async (req, db) => (await repo.kommunenDerUebernahme(db, projektId(req)))?.kommune_id;

/**
 * Reading: the adopting Kommune (its members, its Lotse, the Transferstelle) – or, for members of the
 * origin Kommune of the solution, the origin Kommune (they see who adopts and can answer).
 */
export const lesendeKommune: KommuneAufloeser = async (req, db) => {
  const r = await repo.kommunenDerUebernahme(db, projektId(req));
  if (!r) return undefined;
  if (r.herkunft_kommune_id && !darf(req.konto ?? null, 'kommune.lesen', r.kommune_id) && rolleIn(req.konto ?? null, r.herkunft_kommune_id)) return r.herkunft_kommune_id;
  return r.kommune_id;
};

const loesungDerVorlage = async (req: { params: unknown }, db: Parameters<KommuneAufloeser>[1]) =>
  repo.ladeLoesung(db.k, (req.params as { loesungId: string }).loesungId);

/** The checklist template of a published solution is public; of a draft: its Kommune and the Transferstelle. */
const vorlageLesen: KommuneAufloeser = async (req, db) => {
  const l = await loesungDerVorlage(req, db);
  if (!l) return undefined;
  return l.status === 'veroeffentlicht' ? OEFFENTLICHE_ZEILE : l.kommune_id;
};
const vorlageSchreiben: KommuneAufloeser = async (req, db) => (await loesungDerVorlage(req, db))?.kommune_id;

const nichtGefunden = uebernahmeFehler.nichtGefunden;
const lesen = { aktion: 'kommune.lesen', kommune: lesendeKommune, zeile: true, nichtGefunden } as const;
const schreiben = { aktion: 'kommune.schreiben', kommune: uebernehmendeKommune, zeile: true, nichtGefunden } as const;
const tags = ['Übernahmen'];

export const projekteRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.post('/api/uebernahmen', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: (req, db) => uc.kommuneFuerStart(db, req.konto ?? null, (req.body as { kommune?: string } | undefined)?.kommune) } },
    schema: { tags, summary: 'Übernahmeprojekt starten (Mitglieder der übernehmenden Kommune); `kommune` nur bei mehreren Kommunen', body: s.anlegenSchema, response: { 201: s.uebernahmeDetail } },
  }, async (req, reply) => reply.status(201).send(await uc.anlegen(db, req.konto!, req.zugriffKommuneId!, req.body)));

  app.get('/api/uebernahmen', {
    config: { zugriff: 'angemeldet' },
    schema: { tags, summary: 'Übernahmeprojekte, die das Konto sehen darf (eigene, Region, Transferstelle, Übernahmen eigener Lösungen)', querystring: s.listeQuery, response: { 200: s.listeAntwort } },
  }, async (req) => uc.liste(db, req.konto!, req.query));

  app.get('/api/uebernahmen/:id', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Ein Übernahmeprojekt mit Verlauf, Checkliste, Meilensteinen, Dokumenten und Rückmeldungen', params: s.idParams, response: { 200: s.uebernahmeDetail } },
  }, async (req) => uc.detail(db, req.konto!, req.params.id));

  app.patch('/api/uebernahmen/:id', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Phase (nur vorwärts, oder „abgebrochen“ mit Grund), verantwortliche Person, Kontakt der Herkunft, Inbetriebnahme', params: s.idParams, body: s.aendernSchema, response: { 200: s.uebernahmeDetail } },
  }, async (req) => uc.aendern(db, req.konto!, req.params.id, req.body));

  app.patch('/api/uebernahmen/:id/checkliste/:punktId', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Punkt der Checkliste abhaken oder umbenennen (nur dieses Projekt, nicht die Vorlage)', params: s.punktParams, body: s.punktAendernSchema, response: { 200: s.uebernahmeDetail } },
  }, async (req) => uc.punktAendern(db, req.konto!, req.params.id, req.params.punktId, req.body));

  app.post('/api/uebernahmen/:id/checkliste', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Punkt zur Checkliste dieses Projekts hinzufügen (die Vorlage der Lösung bleibt)', params: s.idParams, body: s.punktNeuSchema, response: { 201: s.uebernahmeDetail } },
  }, async (req, reply) => reply.status(201).send(await uc.punktAnlegen(db, req.konto!, req.params.id, req.body)));

  app.delete('/api/uebernahmen/:id/checkliste/:punktId', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Punkt aus der Checkliste dieses Projekts entfernen (die Vorlage der Lösung bleibt)', params: s.punktParams, response: { 200: s.uebernahmeDetail } },
  }, async (req) => uc.punktEntfernen(db, req.konto!, req.params.id, req.params.punktId));

  app.post('/api/uebernahmen/:id/meilensteine', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Meilenstein anlegen (Phase, Titel, verantwortlich, fällig am)', params: s.idParams, body: s.meilensteinSchema, response: { 201: s.uebernahmeDetail } },
  }, async (req, reply) => reply.status(201).send(await uc.meilensteinAnlegen(db, req.konto!, req.params.id, req.body)));

  app.patch('/api/uebernahmen/:id/meilensteine/:meilensteinId', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Meilenstein erledigt / offen', params: s.meilensteinParams, body: s.punktSchema, response: { 200: s.uebernahmeDetail } },
  }, async (req) => uc.meilensteinSetzen(db, req.konto!, req.params.id, req.params.meilensteinId, req.body.erledigt));

  app.post('/api/uebernahmen/:id/dokumente', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Dokument (Link) hinzufügen', params: s.idParams, body: s.dokumentSchema, response: { 201: s.uebernahmeDetail } },
  }, async (req, reply) => reply.status(201).send(await uc.dokumentAnlegen(db, req.konto!, req.params.id, req.body)));

  app.get('/api/uebernahmen/vorlagen/:loesungId', {
    config: { zugriff: { aktion: 'kommune.entwurf.lesen', kommune: vorlageLesen, zeile: true, nichtGefunden: uebernahmeFehler.loesungNichtGefunden } },
    schema: { tags, summary: 'Checklisten-Vorlage einer Lösung (ohne eigene: die Standardvorlage)', params: s.vorlageParams, response: { 200: s.vorlageAntwort } },
  }, async (req) => uc.vorlage(db, req.params.loesungId));

  app.put('/api/uebernahmen/vorlagen/:loesungId', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: vorlageSchreiben, zeile: true, nichtGefunden: uebernahmeFehler.loesungNichtGefunden } },
    schema: { tags, summary: 'Checklisten-Vorlage der eigenen Lösung pflegen (Herkunftskommune)', params: s.vorlageParams, body: s.vorlageSchema, response: { 200: s.vorlageAntwort } },
  }, async (req) => uc.vorlageSpeichern(db, req.konto!, req.params.loesungId, req.body));
};
