import type { FastifyPluginAsync } from 'fastify';
import { tokenGleich } from '../../../core/auth/sitzung.ts';
import { AppError } from '../../../core/errors.ts';
import { bearerAus, metrikToken } from './metriken.rules.ts';

/**
 * GET /metrics in the Prometheus text format. Off unless LOTSE_METRICS_TOKEN is set; then only with
 * `Authorization: Bearer <token>` (docs/decisions/0131).
 */
export const metrikRoutes: FastifyPluginAsync = async (app) => {
  const token = metrikToken(process.env);
  app.get('/metrics', { config: { zugriff: 'oeffentlich' }, schema: { hide: true } }, async (req, reply) => {
    if (!token) throw new AppError(404, 'metriken.aus', 'Metriken sind nicht eingeschaltet (LOTSE_METRICS_TOKEN setzen).');
    const gesendet = bearerAus(req.headers.authorization);
    if (!gesendet || !tokenGleich(gesendet, token)) {
      reply.header('www-authenticate', 'Bearer realm="lotse-metriken"');
      throw new AppError(401, 'metriken.token', 'Für die Metriken ist ein gültiges Bearer-Token nötig.');
    }
    const registry = app.metriken.registry;
    return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(await registry.metrics());
  });
};
