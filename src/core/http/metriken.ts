import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Db, PoolStand } from '../db/db.ts';

/**
 * Prometheus metrics of one app (prom-client, one registry per app so that test apps do not share
 * counters). Request durations are labelled by the route PATTERN (`/api/bedarfe/:id`), never by the raw
 * URL: no ids, tokens or search words reach the metrics, and the number of series stays bounded.
 * The endpoint `/metrics` itself belongs to the module „betrieb“ (protected by a bearer token).
 */
export interface Metriken {
  registry: Registry;
}

const DAUER_GRENZEN = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function registriereMetriken(app: FastifyInstance, db: Db): Metriken {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lotse_' });

  const anfragen = new Histogram({
    name: 'lotse_http_anfrage_dauer_sekunden',
    help: 'Dauer der HTTP-Anfragen nach Methode, Routenmuster und Statusklasse',
    labelNames: ['methode', 'route', 'status'] as const,
    buckets: DAUER_GRENZEN,
    registers: [registry],
  });
  const matching = new Histogram({
    name: 'lotse_matching_dauer_sekunden',
    help: 'Antwortzeit des Matchers (Anfragen an /api/matching/…, erfolgreich beantwortet)',
    labelNames: ['route'] as const,
    buckets: DAUER_GRENZEN,
    registers: [registry],
  });
  const fehler = new Counter({
    name: 'lotse_http_serverfehler_gesamt',
    help: 'Antworten mit Status 5xx nach Routenmuster',
    labelNames: ['route'] as const,
    registers: [registry],
  });

  const pool = db.pool;
  if (pool) {
    const g = (name: string, help: string, wert: (s: PoolStand) => number) =>
      new Gauge({ name, help, registers: [registry], collect() { this.set(wert(pool())); } });
    g('lotse_db_pool_verbindungen', 'Offene Verbindungen des PostgreSQL-Pools (belegt und frei)', (s) => s.gesamt);
    g('lotse_db_pool_frei', 'Freie Verbindungen des PostgreSQL-Pools', (s) => s.frei);
    g('lotse_db_pool_wartend', 'Anfragen, die auf eine Verbindung warten', (s) => s.wartend);
    g('lotse_db_pool_hoechstens', 'Größe des PostgreSQL-Pools', (s) => s.hoechstens);
  }

  new Gauge({
    name: 'lotse_jobs',
    help: 'Aufträge der Job-Warteschlange nach Status (offen, laufend, fehlgeschlagen)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const r = await sql<{ status: string; n: number | string }>`
          select status, count(*) as n from job where status <> 'erledigt' group by status`.execute(db.k);
        for (const z of r.rows) this.set({ status: z.status }, Number(z.n));
      } catch {
        // No job table (older schema) or database unreachable: the gauge stays empty, /api/ready tells why.
      }
    },
  });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unbekannt';
    const sekunden = reply.elapsedTime / 1000;
    anfragen.observe({ methode: req.method, route, status: `${Math.floor(reply.statusCode / 100)}xx` }, sekunden);
    if (reply.statusCode >= 500) fehler.inc({ route });
    if (route.startsWith('/api/matching') && reply.statusCode < 400) matching.observe({ route }, sekunden);
  });
  return { registry };
}
