import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import { lesendeKommune } from '../projekte/projekte.routes.ts';
import { idParams } from '../projekte/projekte.schemas.ts';
import * as uc from './bericht.usecases.ts';

export const berichtRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/uebernahmen/:id/bericht.pdf', {
    // Whoever may read the project (adopting Kommune, its Lotse, the Transferstelle, the origin).
    config: { zugriff: { aktion: 'kommune.lesen', kommune: lesendeKommune, zeile: true, nichtGefunden: uebernahmeFehler.nichtGefunden } },
    schema: { tags: ['Übernahmen'], summary: 'Übernahmebericht eines Projekts in Betrieb, abgeschlossen oder abgebrochen (getaggtes PDF: Zeitleiste, Anpassungen, Aufwand, Wirkung)', params: idParams },
  }, async (req, reply) => {
    const pdf = await uc.bericht(db, req.konto!, req.params.id);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="uebernahmebericht-${req.params.id}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
};
