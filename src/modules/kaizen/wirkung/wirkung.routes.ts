import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ausQuery } from '../../../core/authz/zugriff.ts';
import { kommuneId } from '../../../core/schemas.ts';
import * as uc from './wirkung.usecases.ts';

const kennzahlen = z.object({
  ideen: z.number(), ideenJe100: z.number().nullable(), entschieden: z.number(), anteilFristgerecht: z.number().nullable(),
  durchlaufzeitVerkuerzungProzent: z.number().nullable(), experimenteMitVerkuerzung: z.number(),
  stundenLaufend: z.number(), stundenEinmalig: z.number(), stundenBestaetigtVon: z.array(z.string()),
});
const antwort = z.object({
  jahr: z.number(), bundIdeenJe100: z.number(), mindestTeam: z.number(), kommune: kennzahlen,
  teams: z.array(z.object({ einheitId: z.string(), name: z.string(), kennzahlen: kennzahlen.nullable() })),
});

export const wirkungRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;
  app.get('/api/kaizen/wirkung', {
    config: { zugriff: { aktion: 'kaizen.mitwirken', kommune: ausQuery('kommuneId') } },
    schema: {
      tags: ['Kaizen'],
      summary: 'Wirkung und Beteiligung eines Jahres je Kommune und je Team (nie je Person; Teams ab 5 Beschäftigten)',
      querystring: z.strictObject({ kommuneId, jahr: z.coerce.number({ message: 'Jahr: Zahl erwartet.' }).int().min(2000, { message: 'Jahr: ab 2000.' }).max(2100, { message: 'Jahr: bis 2100.' }) }),
      response: { 200: antwort },
    },
  }, async (req) => uc.wirkung(db, req.query.kommuneId, req.query.jahr));
};
