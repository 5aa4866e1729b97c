import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, fehler } from '../errors.ts';
import type { Db } from '../db/db.ts';
import { darf, istBekannteAktion, type Aktion } from './policy.ts';

/**
 * Every API route declares in `config.zugriff` who may call it. One hook (below) enforces it,
 * so no route checks permissions on its own.
 *
 * - `'oeffentlich'`: anyone.
 * - `'angemeldet'`: any signed-in account (the handler only touches the caller's own data).
 * - `{ aktion }`: a platform-wide action (`transferstelle`, `plattform.verwalten`).
 * - `{ aktion, kommune }`: an action on one Kommune's data; `kommune` returns its id from the
 *   request (a path/query/body field, or a lookup of the row being touched). If the lookup finds no
 *   row, or the caller may not read that Kommune's data, the answer is 404 — so that nobody learns
 *   whether another Kommune's row exists.
 */
export type KommuneAufloeser = (req: FastifyRequest, db: Db) => string | null | undefined | Promise<string | null | undefined>;

/**
 * A resolver may answer `OEFFENTLICHE_ZEILE` when the row in question is public (e.g. a published
 * solution): then anyone may read it, signed in or not.
 */
export const OEFFENTLICHE_ZEILE = '*oeffentlich*';

export type Zugriff =
  | 'oeffentlich'
  | 'angemeldet'
  | {
      aktion: Aktion;
      kommune?: KommuneAufloeser;
      /** lookup of a row: hide existence (404) */
      zeile?: boolean;
      /** When the request names no Kommune (resolver returns null), this platform-wide action applies instead. */
      ohneKommune?: Aktion;
      /** The 404 error of this kind of row (default: `ressource.nicht_gefunden`). */
      nichtGefunden?: () => AppError;
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    zugriff?: Zugriff;
  }
  interface FastifyRequest {
    /** Kommune id resolved by the access check (when the route names one). */
    zugriffKommuneId?: string;
  }
}

/** Resolve the Kommune from a request field (e.g. `ausParam('kommuneId')`). */
export const ausParam = (name: string): KommuneAufloeser => (req) => (req.params as Record<string, string | undefined>)[name];
export const ausQuery = (name: string): KommuneAufloeser => (req) => (req.query as Record<string, string | undefined>)[name];
export const ausBody = (name: string): KommuneAufloeser => (req) => (req.body as Record<string, string | undefined> | undefined)?.[name];

export function registerZugriff(app: FastifyInstance, db: Db) {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const z = route.config?.zugriff;
    if (!z) throw new Error(`Route ${route.method} ${route.url} deklariert keinen Zugriff (config.zugriff)`);
    // A misspelt or unregistered action would deny everyone silently: stop the start instead.
    for (const a of typeof z === 'object' ? [z.aktion, z.ohneKommune] : []) {
      if (a && !istBekannteAktion(a)) throw new Error(`Route ${route.method} ${route.url} nennt die unbekannte Aktion ${a}`);
    }
  });

  app.addHook('preHandler', async (req) => {
    const z = req.routeOptions.config?.zugriff;
    if (!z || z === 'oeffentlich') return;
    const kommuneId = typeof z === 'object' && z.kommune ? await z.kommune(req, db) : undefined;
    if (kommuneId === OEFFENTLICHE_ZEILE) return;
    if (!req.konto) throw fehler.nichtAngemeldet();
    if (z === 'angemeldet') return;
    if (!z.kommune) {
      if (!darf(req.konto, z.aktion)) throw fehler.verboten();
      return;
    }
    if (kommuneId === null && z.ohneKommune) {
      if (!darf(req.konto, z.ohneKommune)) throw fehler.verboten();
      return;
    }
    const nichtGefunden = z.nichtGefunden ?? (() => fehler.nichtGefunden());
    if (!kommuneId) {
      throw z.zeile ? nichtGefunden() : fehler.kommuneNichtGefunden();
    }
    if (!darf(req.konto, z.aktion, kommuneId)) {
      // Rows of other Kommunen are not revealed: same answer as for a row that does not exist.
      if (z.zeile && !darf(req.konto, 'kommune.lesen', kommuneId)) throw nichtGefunden();
      throw fehler.verboten();
    }
    req.zugriffKommuneId = kommuneId;
  });
}

export type { Aktion };
