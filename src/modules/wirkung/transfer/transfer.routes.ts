import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { transferFehler } from './transfer.errors.ts';
import * as s from './transfer.schemas.ts';
import * as uc from './transfer.usecases.ts';

const uebernahmeKommune: KommuneAufloeser = (req, db) => uc.kommuneVonUebernahme(db, (req.params as { id: string }).id);
const tags = ['Wirkung'];

export const transferRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.put('/api/wirkung/uebernahmen/:id/ziele', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: uebernahmeKommune, zeile: true, nichtGefunden: transferFehler.nichtGefunden } },
    schema: { tags, summary: 'Wirkungsziele der übernehmenden Kommune an ein Transferprojekt hängen (ersetzt die bisherigen)', params: s.idParams, body: s.zieleSetzen, response: { 200: s.transferWirkung } },
  }, async (req) => {
    await uc.setzeZiele(db, req.konto!.id, req.params.id, req.body);
    return uc.wirkungDerUebernahme(db, req.params.id);
  });

  app.get('/api/wirkung/uebernahmen/:id/wirkung', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: uebernahmeKommune, zeile: true, nichtGefunden: transferFehler.nichtGefunden } },
    schema: { tags, summary: 'Für die Rückmeldung: erreichte Stufe und Veränderung der Indikatoren aus den Wirkungszielen des Projekts', params: s.idParams, response: { 200: s.transferWirkung } },
  }, async (req) => uc.wirkungDerUebernahme(db, req.params.id));
};
