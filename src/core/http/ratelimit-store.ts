/**
 * Store for @fastify/rate-limit (plugin option `store`, see the plugin's README "Custom store"): the counters
 * of routes that declare `config.rateLimitGemeinsam: true` live in the table rate_limit_zaehler, so a limit
 * holds across all app instances on the same database (docs/decisions/0026). Every other rate-limited route
 * keeps the plugin's own in-process counter, exactly as before.
 *
 * Fixed window per key: the first request opens a window of `timeWindow` ms; within it the counter rises;
 * after it, the next request starts again at 1. One atomic upsert per request (no read-then-write race between
 * instances). Keys are stored as sha256 of route and client, never the address itself. Expired rows are
 * deleted at most once a minute per instance, in bounded batches. A client that is over its limit is turned
 * away from memory until its window ends (the database said so), so a flood of refused requests costs no queries.
 */
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import type { FastifyRequest } from 'fastify';
import { normalizeIP, type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../db/db.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Count this route's rate limit in the database (shared by all instances) instead of in process memory. */
    rateLimitGemeinsam?: boolean;
  }
}

type Stand = { current: number; ttl: number };
type Rueckmeldung = (err: Error | null, res?: Stand) => void;

interface LokalerStore {
  incr(key: string, cb: Rueckmeldung, timeWindow: number, max: number): void;
}
// The plugin's in-process store (an LRU per route), for the routes that do not count in the database.
const LocalStore = createRequire(import.meta.url)('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  cache?: number,
) => LokalerStore;

/** How often an instance deletes expired counters, and how many rows at most per run. */
export const AUFRAEUMEN_ALLE_MS = 60_000;
export const AUFRAEUMEN_JE_LAUF = 5_000;
/** Most clients remembered as "over the limit until …" per instance. */
const GESPERRT_MAX = 10_000;

/** Deletes expired counters (at most `limit` rows); returns how many. */
export async function raeumeZaehlerAuf(db: Db, limit = AUFRAEUMEN_JE_LAUF): Promise<number> {
  // `ablauf <= now()` twice: a row that another instance has just restarted is not deleted after all.
  const r = await sql`
    delete from rate_limit_zaehler
    where ablauf <= now() and schluessel in (select schluessel from rate_limit_zaehler where ablauf <= now() order by ablauf limit ${limit})`.execute(db.k);
  return Number(r.numAffectedRows ?? 0);
}

/** Counts one request for `schluessel` in a window of `fensterMs`; returns the count and the ms left. */
async function zaehle(db: Db, schluessel: string, fensterMs: number): Promise<Stand> {
  const r = await sql<{ anzahl: number; ttl: number }>`
    insert into rate_limit_zaehler as z (schluessel, anzahl, ablauf)
    values (${schluessel}, 1, now() + ${Math.max(1, Math.trunc(fensterMs))}::int * interval '1 millisecond')
    on conflict (schluessel) do update set
      anzahl = case when z.ablauf <= now() then 1 else z.anzahl + 1 end,
      ablauf = case when z.ablauf <= now() then excluded.ablauf else z.ablauf end
    returning z.anzahl, greatest(0, ceil(extract(epoch from z.ablauf - now()) * 1000))::int as ttl`.execute(db.k);
  const row = r.rows[0];
  return { current: Number(row.anzahl), ttl: Number(row.ttl) };
}

const hash = (bereich: string, key: string) => crypto.createHash('sha256').update(`${bereich}\n${key}`).digest('base64url');

interface RouteOptionen {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  cache?: number;
  groupId?: string;
  routeInfo?: { method?: string | string[]; url?: string; config?: { rateLimitGemeinsam?: boolean } };
}

/** The store class for `app.register(rateLimit, { store: datenbankStore(db) })`. */
export function datenbankStore(db: Db): FastifyRateLimitStoreCtor {
  let naechstesAufraeumen = 0;
  const gesperrtBis = new Map<string, number>();
  const merkeSperre = (schluessel: string, bis: number) => {
    if (gesperrtBis.size >= GESPERRT_MAX) {
      const jetzt = Date.now();
      for (const [k, b] of gesperrtBis) if (b <= jetzt) gesperrtBis.delete(k);
      if (gesperrtBis.size >= GESPERRT_MAX) gesperrtBis.clear();
    }
    gesperrtBis.set(schluessel, bis);
  };
  const vielleichtAufraeumen = async () => {
    if (Date.now() < naechstesAufraeumen) return;
    naechstesAufraeumen = Date.now() + AUFRAEUMEN_ALLE_MS;
    // a full batch: more may be waiting, so look again with the next request
    if ((await raeumeZaehlerAuf(db)) >= AUFRAEUMEN_JE_LAUF) naechstesAufraeumen = 0;
  };

  class DatenbankStore implements FastifyRateLimitStore {
    constructor(
      _optionen: unknown,
      /** route (or group) the counters belong to; null for the plugin-wide instance */
      private readonly bereich: string | null = null,
      private readonly lokal: LokalerStore | null = null,
    ) {}

    incr(key: string, cb: Rueckmeldung, timeWindow: number, max: number): void {
      if (this.lokal) return this.lokal.incr(key, cb, timeWindow, max);
      const schluessel = hash(this.bereich ?? '*', key);
      const bis = gesperrtBis.get(schluessel);
      if (bis !== undefined) {
        const rest = bis - Date.now();
        if (rest > 0) return cb(null, { current: max + 1, ttl: rest });
        gesperrtBis.delete(schluessel);
      }
      vielleichtAufraeumen()
        .catch(() => undefined) // cleaning up may fail without failing the request; the next run catches up
        .then(() => zaehle(db, schluessel, timeWindow))
        .then((s) => {
          if (s.current > max && s.ttl > 0) merkeSperre(schluessel, Date.now() + s.ttl);
          cb(null, s);
        }, (err: Error) => cb(err));
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const o = routeOptions as unknown as RouteOptionen;
      if (!o.routeInfo?.config?.rateLimitGemeinsam) {
        return new DatenbankStore(null, null, new LocalStore(!!o.continueExceeding, !!o.exponentialBackoff, o.cache));
      }
      const bereich = o.groupId ?? `${[o.routeInfo.method].flat().join(',')} ${o.routeInfo.url ?? ''}`;
      return new DatenbankStore(null, bereich);
    }
  }
  return DatenbankStore;
}

/** Rate-limit key: the account when signed in (its own, higher limit), otherwise the client address. */
export function kontoOderAdresse(req: FastifyRequest): string {
  return req.konto ? `konto:${req.konto.id}` : `adresse:${normalizeIP(req.ip)}`;
}
