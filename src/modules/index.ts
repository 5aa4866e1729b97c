import type { FastifyPluginAsync } from 'fastify';
import { kontenRoutes } from './konten/konten.routes.ts';
import { kommunenRoutes } from './kommunen/kommunen.routes.ts';

/**
 * The module manifest: every feature registers its API routes here (one line per module).
 * A feature can be removed by removing its folder and its line.
 */
export const moduleRoutes: FastifyPluginAsync[] = [kontenRoutes, kommunenRoutes];
