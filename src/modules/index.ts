import type { FastifyPluginAsync } from 'fastify';
import { matchingRoutes } from './matching/matching.routes.ts';
import { kontenRoutes } from './konten/konten.routes.ts';
import { kommunenRoutes } from './kommunen/kommunen.routes.ts';
import { loesungenRoutes } from './loesungen/loesungen.routes.ts';
import { bedarfeRoutes } from './bedarfe/bedarfe.routes.ts';
import { transferRoutes } from './transfer/transfer.routes.ts';
import { erhebungenRoutes } from './erhebungen/erhebungen.routes.ts';

/**
 * The module manifest: every feature registers its API routes here (one line per module).
 * A feature can be removed by removing its folder and its line.
 */
export const moduleRoutes: FastifyPluginAsync[] = [kontenRoutes, kommunenRoutes, loesungenRoutes, bedarfeRoutes, transferRoutes, erhebungenRoutes, matchingRoutes];
