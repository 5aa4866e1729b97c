import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { aufRunde, tags } from '../erhebungen.zugriff.ts';
import { idParams } from '../erhebungen.schemas.ts';
import { berichtPdf } from './export.pdf.ts';
import { antwortenCsv } from './export.csv.ts';
import { berichtDaten, csvDaten } from './export.usecases.ts';

const csvQuery = z.strictObject({ trennzeichen: z.enum(['semikolon', 'komma']).default('semikolon') });

export const exportRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/erhebungen/:id/bericht.pdf', {
    config: { zugriff: aufRunde.lesen },
    schema: { tags, summary: 'PDF-Bericht für Rat/Kreistag', params: idParams },
  }, async (req, reply) => {
    const pdf = await berichtPdf(await berichtDaten(db, req.params.id));
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="selbstcheck-${req.params.id.slice(0, 8)}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  app.get('/api/erhebungen/:id/antworten.csv', {
    config: { zugriff: aufRunde.lesen },
    schema: { tags, summary: 'Antworten als CSV (eine Zeile je Frage)', params: idParams, querystring: csvQuery },
  }, async (req, reply) => {
    const csv = antwortenCsv(await csvDaten(db, req.params.id), req.query.trennzeichen === 'komma' ? ',' : ';');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="selbstcheck-${req.params.id.slice(0, 8)}.csv"`)
      .header('cache-control', 'no-store')
      .send(csv);
  });
};
