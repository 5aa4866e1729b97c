import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OEFFENTLICHE_ZEILE, type KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import { lesendeKommune } from '../projekte/projekte.routes.ts';
import { ladeLoesung } from '../projekte/projekte.repository.ts';
import { idParams, vorlageParams } from '../projekte/projekte.schemas.ts';
import { checkAntwort, voraussetzungenAntwort, voraussetzungenSchema } from './check.schemas.ts';
import * as uc from './check.usecases.ts';

const loesung = (req: { params: unknown }, db: Parameters<KommuneAufloeser>[1]) => ladeLoesung(db.k, (req.params as { loesungId: string }).loesungId);
/** Preconditions of a published solution are public; of a draft: its Kommune and the Transferstelle. */
const lesen: KommuneAufloeser = async (req, db) => {
  const l = await loesung(req, db);
  return !l ? undefined : l.status === 'veroeffentlicht' ? OEFFENTLICHE_ZEILE : l.kommune_id;
};
const schreiben: KommuneAufloeser = async (req, db) => (await loesung(req, db))?.kommune_id;
const tags = ['Übernahmen'];

export const checkRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/uebernahmen/:id/check', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: lesendeKommune, zeile: true, nichtGefunden: uebernahmeFehler.nichtGefunden } },
    schema: { tags, summary: 'Übertragbarkeits-Check des Projekts (beim Start aus Verzeichnis und letztem Selbstcheck „Digitale Kommune“ vorbefüllt)', params: idParams, response: { 200: checkAntwort } },
  }, async (req) => uc.checkDesProjekts(db, req.params.id));

  app.get('/api/uebernahmen/voraussetzungen/:loesungId', {
    config: { zugriff: { aktion: 'kommune.entwurf.lesen', kommune: lesen, zeile: true, nichtGefunden: uebernahmeFehler.loesungNichtGefunden } },
    schema: { tags, summary: 'Voraussetzungen einer Lösung für den Übertragbarkeits-Check', params: vorlageParams, response: { 200: voraussetzungenAntwort } },
  }, async (req) => uc.voraussetzungen(db, req.params.loesungId));

  app.put('/api/uebernahmen/voraussetzungen/:loesungId', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: schreiben, zeile: true, nichtGefunden: uebernahmeFehler.loesungNichtGefunden } },
    schema: { tags, summary: 'Voraussetzungen der eigenen Lösung pflegen (Herkunftskommune)', params: vorlageParams, body: voraussetzungenSchema, response: { 200: voraussetzungenAntwort } },
  }, async (req) => uc.voraussetzungenSpeichern(db, req.konto!, req.params.loesungId, req.body));
};
