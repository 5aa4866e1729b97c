import type { FastifyPluginAsync } from 'fastify';

// Placeholder: the directory routes (GET /api/kommunen, GET /api/kommunen/:key) are built in this module.
export const kommunenRoutes: FastifyPluginAsync = async () => {};
