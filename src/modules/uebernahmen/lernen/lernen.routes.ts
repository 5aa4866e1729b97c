import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { KommuneAufloeser } from '../../../core/authz/zugriff.ts';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import { kommunenDerUebernahme } from '../projekte/projekte.repository.ts';
import * as uc from './lernen.usecases.ts';

/** The origin Kommune of the project's solution (it decides what goes into its solution). */
const herkunft: KommuneAufloeser = async (req, db) => (await kommunenDerUebernahme(db, (req.params as { id: string }).id))?.herkunft_kommune_id;

const params = z.strictObject({ id: z.uuid({ message: 'Ungültige Kennung (Projekt).' }), rueckmeldungId: z.uuid({ message: 'Ungültige Kennung (Rückmeldung).' }) });
const body = z.strictObject({ text: z.string().trim().min(10, { message: 'Bitte beschreiben Sie die Anpassung in mindestens 10 Zeichen.' }).max(2000, { message: 'Höchstens 2000 Zeichen.' }) });

export const lernenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;
  app.post('/api/uebernahmen/:id/rueckmeldungen/:rueckmeldungId/in-loesung', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: herkunft, zeile: true, nichtGefunden: uebernahmeFehler.nichtGefunden } },
    schema: {
      tags: ['Übernahmen'],
      summary: 'Herkunftskommune übernimmt eine Anpassung in eine Überarbeitung ihrer Lösung (Prüfung durch die Transferstelle; andere Übernehmende erhalten eine Mail)',
      params,
      body,
      response: { 201: z.object({ loesungId: z.string(), ueberarbeitung: z.literal('entwurf'), benachrichtigt: z.number() }) },
    },
  }, async (req, reply) => reply.status(201).send(await uc.anpassungUebernehmen(db, req.konto!, req.params.id, req.params.rueckmeldungId, req.body.text)));
};
