import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as uc from './export.usecases.ts';

const params = z.strictObject({
  art: z.enum(['projekte', 'rueckmeldungen'], { message: 'Liste: „projekte“ oder „rueckmeldungen“.' }),
  format: z.enum(['csv', 'xlsx'], { message: 'Format: „csv“ oder „xlsx“.' }),
});

export const exportRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/uebernahmen/export/:art.:format', {
    // Only the rows the account may see (same filter as GET /api/uebernahmen).
    config: { zugriff: 'angemeldet' },
    schema: { tags: ['Übernahmen'], summary: 'Übernahmeprojekte oder Rückmeldungen als CSV oder XLSX (nur sichtbare Zeilen)', params },
  }, async (req, reply) => {
    const x = await uc.tabelle(db, req.konto!, req.params.art);
    const name = `lotse-uebernahmen-${req.params.art}-${new Date().toISOString().slice(0, 10)}.${req.params.format}`;
    reply.header('content-disposition', `attachment; filename="${name}"`);
    if (req.params.format === 'csv') return reply.type('text/csv; charset=utf-8').send(uc.alsCsv(x));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await uc.alsXlsx(x, req.params.art === 'projekte' ? 'Übernahmen' : 'Rückmeldungen'));
  });
};
