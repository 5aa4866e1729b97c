import type { FastifyPluginAsync } from 'fastify';
import { dsgvoRoutes } from './dsgvo/dsgvo.routes.ts';
import { metrikRoutes } from './metriken/metriken.routes.ts';

/** All routes of the module: DSGVO (archive, deletion, own account) and the Prometheus metrics. */
export const betriebRoutes: FastifyPluginAsync = async (app) => {
  await app.register(dsgvoRoutes);
  await app.register(metrikRoutes);
};
