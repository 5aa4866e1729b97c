/**
 * Routen des Moduls „erhebungen“: ein Plugin, das die Routen der Teile registriert (Fragebögen und Studie,
 * Runden, Team-Modus, Vergleich, Lücken, Export). Jede Route deklariert `config.zugriff`.
 */
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../core/errors.ts';
import { erhebungFehler } from './erhebungen.errors.ts';
import { frageboegenRoutes } from './frageboegen/frageboegen.routes.ts';
import { studieRoutes } from './studie/studie.routes.ts';
import { rundenRoutes } from './runden/runden.routes.ts';
import { teamRoutes } from './team/team.routes.ts';
import { vergleichRoutes } from './vergleich/vergleich.routes.ts';
import { lueckenRoutes } from './luecken/luecken.routes.ts';
import { exportRoutes } from './export/export.routes.ts';

export const erhebungenRoutes: FastifyPluginAsync = async (app) => {
  // Fehlende und fremde Runden sind nicht zu unterscheiden: beide 404 mit dem Code erhebung.nicht_gefunden.
  app.setErrorHandler((err, _req, _reply) => {
    if (err instanceof AppError && err.status === 404 && err.code === 'ressource.nicht_gefunden') throw erhebungFehler.rundeNichtGefunden();
    throw err;
  });
  for (const teil of [frageboegenRoutes, studieRoutes, rundenRoutes, teamRoutes, vergleichRoutes, lueckenRoutes, exportRoutes]) await teil(app, {});
};
