import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyError, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { ROOT_DIR } from '../config.ts';
import type { Db } from '../db/db.ts';
import { sql } from 'kysely';
import { z } from 'zod';
import { leseMigrationen, pruefeReihenfolge, type MigrationsDatei } from '../db/migrate.ts';
import { AppError, errorBody, fehler } from '../errors.ts';
import { registerZugriff } from '../authz/zugriff.ts';
import { findeUnzulaessigesZeichen, zeichenFehler } from './zeichen.ts';
import { CSRF_COOKIE, CSRF_HEADER, SITZUNG_COOKIE, csrfFuerSitzung, ladeKontoZuSitzung, neuesToken, setzeCsrfCookie, tokenGleich } from '../auth/sitzung.ts';
import { anfrageFuersProtokoll, PROTOKOLL_SCHWAERZEN } from './protokoll.ts';
import { registriereMetriken, type Metriken } from './metriken.ts';
import { datenbankStore } from './ratelimit-store.ts';
import type { Konto } from '../authz/policy.ts';
import type { LotseModul } from '../modul.ts';
import type { EinrichtungStand } from '../start.ts';
import { registriereRegeln } from '../authz/policy.ts';
import { mitteilungsRouten } from './mitteilungen.routes.ts';

// Validation messages of zod in German (the error details name the field; the message says what is wrong).
z.config(z.locales.de());

declare module 'fastify' {
  interface FastifyRequest {
    konto: Konto | null;
    sitzungToken: string | null;
  }
}

export interface AppOptions {
  db: Db;
  /** The feature modules (src/modules/index.ts): their routes and permission rules. */
  module: readonly LotseModul[];
  /** Request log (URLs without tokens, see protokoll.ts); `stream` for tests. */
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  /** Always set the Secure flag on cookies and send HSTS (LOTSE_SECURE_COOKIES=1). */
  secureCookies?: boolean;
  /** Fastify's trustProxy (LOTSE_TRUST_PROXY): only then X-Forwarded-Proto/-For count. Default false. */
  trustProxy?: boolean | string;
  /** Max login/registration attempts per minute and client (default 10). */
  authRateLimit?: number;
  /** Matching requests per minute: anonymous per client address, signed in per account (default 30 / 120). */
  matchingRateLimit?: { anonym: number; angemeldet: number };
  /** Folder with the built web app (default dist/web). */
  webDir?: string;
  /**
   * Withhold admin/Lotse/Transferstelle/platform roles from password accounts without a second factor
   * (LOTSE_2FA_PFLICHT, docs/decisions/0072). Default true; the test harness and demo mode switch it off.
   */
  zweiFaktorPflicht?: boolean;
  /** Progress of the background start tasks (server.ts); without it `/api/einrichtung` says „fertig“. */
  einrichtung?: () => EinrichtungStand;
}

export type App = FastifyInstance;
export const WEB_DIR = path.join(ROOT_DIR, 'dist', 'web');
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp(opts: AppOptions): Promise<App> {
  const { db } = opts;
  const app = Fastify({
    logger: opts.logger ? { ...(opts.logger === true ? {} : opts.logger), serializers: { req: anfrageFuersProtokoll }, redact: PROTOKOLL_SCHWAERZEN } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: opts.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('konto', null);
  app.decorateRequest('sitzungToken', null);
  // Secure cookies and HSTS whenever the request came over HTTPS (TLS socket, or X-Forwarded-Proto from a
  // trusted proxy) or the operator forces it.
  const sicher = (req: FastifyRequest) => !!opts.secureCookies || req.protocol === 'https';
  const zweiFaktorPflicht = opts.zweiFaktorPflicht ?? true;
  app.decorate('lotse', { db, secureCookies: !!opts.secureCookies, sicher, zweiFaktorPflicht, authRateLimit: opts.authRateLimit ?? 10, matchingRateLimit: opts.matchingRateLimit ?? { anonym: 30, angemeldet: 120 } });
  // Prometheus metrics (request durations by route pattern, pool, job queue); served by the module betrieb at /metrics.
  app.decorate('metriken', registriereMetriken(app, db));
  // Every API route as "METHOD /path" (for tests: documentation, bad input, authorization matrix).
  const apiRouten: string[] = [];
  const apiZugriff = new Map<string, unknown>();
  const apiBodyLimit = new Map<string, number>();
  app.decorate('apiRouten', apiRouten);
  app.decorate('apiZugriff', apiZugriff);
  app.decorate('apiBodyLimit', apiBodyLimit);
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api/') || r.url.startsWith('/api/docs') || (r.schema as { hide?: boolean } | undefined)?.hide) return;
    for (const m of [r.method].flat()) {
      if (m === 'HEAD') continue;
      apiRouten.push(`${m} ${r.url}`);
      apiZugriff.set(`${m} ${r.url}`, r.config?.zugriff);
      if (r.bodyLimit) apiBodyLimit.set(`${m} ${r.url}`, r.bodyLimit);
    }
  });

  // Errors: one shape, German messages, stable codes, never a stack trace.
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send(errorBody(err));
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        ort: err.validationContext,
        pfad: v.instancePath,
        meldung: v.message,
      }));
      return reply.status(400).send(errorBody(fehler.validierung(details)));
    }
    const code = (err as FastifyError).code;
    const status = (err as FastifyError).statusCode;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return reply.status(413).send(errorBody(fehler.zuGross()));
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
      return reply.status(415).send(errorBody(new AppError(415, 'anfrage.medientyp', 'Dieser Inhaltstyp wird nicht unterstützt. Bitte senden Sie JSON.')));
    if (status === 429) return reply.status(429).send(errorBody(fehler.zuViele()));
    if (status && status >= 400 && status < 500)
      return reply.status(400).send(errorBody(new AppError(400, 'anfrage.ungueltig', 'Die Anfrage ist ungültig (z. B. fehlerhaftes JSON).', [{ meldung: err.message }])));
    req.log.error(err);
    return reply.status(500).send({ error: { code: 'server.fehler', message: 'Ein interner Fehler ist aufgetreten.', details: [] } });
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false, // per request below: only over HTTPS
  });
  // Responses above 1 KB travel compressed (br or gzip, as the browser offers; decision 0138): the indicator page
  // of a Kommune shrinks from ≈ 150 KB to ≈ 20–25 KB, the web app's scripts to a third. Fast settings (brotli 1,
  // gzip 1: ≈ 0.5 ms for 150 KB, a quarter of the default levels' CPU for a few percent more bytes), and answers up
  // to 256 KB are compressed in one go instead of through a zlib stream. Small answers (sign-in, second factor,
  // recovery codes) stay below the threshold and are never compressed.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    syncThreshold: 256 * 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
    zlibOptions: { level: 1 },
  });
  // Routes with config.rateLimitGemeinsam count in the database (shared by all instances), the others in memory.
  await app.register(rateLimit, { global: false, store: datenbankStore(db) });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Lotse API', version: '0.1.0', description: 'Programmierschnittstelle von Lotse. Fehler: {"error": {"code", "message", "details"}}.' },
      components: { securitySchemes: { sitzung: { type: 'apiKey', in: 'cookie', name: SITZUNG_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.addHook('onSend', async (req, reply, payload) => {
    if (sicher(req)) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });

  // Session and CSRF. Signed in: the header must carry the token derived from the session
  // (csrfFuerSitzung); anonymous (login, registration): double submit, the header repeats the lotse_csrf cookie.
  app.addHook('onRequest', async (req, reply) => {
    const api = req.url.startsWith('/api/');
    const token = req.cookies[SITZUNG_COOKIE];
    if (token && api) {
      req.sitzungToken = token;
      req.konto = await ladeKontoZuSitzung(db, token, { zweiFaktorPflicht });
    }
    const sitzungsCsrf = req.konto && token ? csrfFuerSitzung(token) : undefined;
    if (sitzungsCsrf) {
      // Hand out the session's token whenever the browser holds another one (e.g. from before the login).
      if (req.cookies[CSRF_COOKIE] !== sitzungsCsrf) setzeCsrfCookie(reply, sitzungsCsrf, sicher(req));
    } else if (!req.cookies[CSRF_COOKIE] && !(token && !api)) {
      const csrf = neuesToken();
      req.cookies[CSRF_COOKIE] = csrf;
      setzeCsrfCookie(reply, csrf, sicher(req));
    }
    if (MUTATING.has(req.method) && api) {
      const header = req.headers[CSRF_HEADER];
      const soll = sitzungsCsrf ?? req.cookies[CSRF_COOKIE];
      if (!header || typeof header !== 'string' || !soll || !tokenGleich(header, soll)) throw fehler.csrf();
    }
  });

  // NUL bytes and unpaired surrogates are refused for every API route before its schema runs.
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    for (const ort of ['params', 'query', 'body'] as const) {
      const fund = findeUnzulaessigesZeichen(req[ort]);
      if (fund) throw zeichenFehler(ort, fund);
    }
  });

  for (const m of opts.module) registriereRegeln(m.aktionen ?? {});
  registerZugriff(app, db);

  app.get('/api/health', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags: ['System'], summary: 'Betriebszustand' },
  }, async () => {
    await db.k.selectNoFrom((eb) => eb.val(1).as('x')).execute();
    return { status: 'ok', db: db.kind };
  });
  // Readiness (load balancer, orchestrator): the database answers and has applied exactly the migration
  // files of this program version. /api/health stays the liveness probe (process up, DB answers).
  let migrationsDateien: MigrationsDatei[] | undefined;
  app.get('/api/ready', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags: ['System'], summary: 'Bereit für Anfragen (Datenbank erreichbar, Migrationen aktuell); sonst 503' },
  }, async (req) => {
    migrationsDateien ??= leseMigrationen();
    let angewendet: { name: string; pruefsumme: string | null }[];
    try {
      angewendet = (await sql<{ name: string; pruefsumme: string | null }>`select name, pruefsumme from schema_migration order by name`.execute(db.k)).rows;
    } catch (err) {
      req.log.warn({ err }, 'Bereitschaft: Datenbank nicht erreichbar');
      throw new AppError(503, 'system.nicht_bereit', 'Lotse ist nicht bereit: Die Datenbank ist nicht erreichbar.');
    }
    const { offen, probleme } = pruefeReihenfolge(migrationsDateien, angewendet);
    const ohnePruefsumme = angewendet.filter((a) => a.pruefsumme === null).length;
    if (offen.length || probleme.length || ohnePruefsumme) {
      req.log.warn({ offen: offen.map((d) => d.name), probleme }, 'Bereitschaft: Migrationen nicht aktuell');
      throw new AppError(503, 'system.nicht_bereit', `Lotse ist nicht bereit: Die Datenbank ist nicht auf dem Stand dieses Programms `
        + `(Migrationen: ${offen.length} nicht angewendet, ${probleme.length + ohnePruefsumme} abweichend). Starten Sie Lotse neu, damit es migriert, `
        + 'oder lesen Sie die Meldung im Serverprotokoll.');
    }
    return { status: 'bereit', db: db.kind, migrationen: angewendet.length };
  });
  // Background start tasks (demo content, large reference series, indexes): the web app shows a notice
  // until they are done. Not part of readiness: Lotse answers correctly meanwhile, lists may still grow.
  app.get('/api/einrichtung', {
    config: { zugriff: 'oeffentlich' },
    schema: {
      tags: ['System'],
      summary: 'Fortschritt der Einrichtung nach dem Start (Demo-Inhalte, Referenzdaten, Suchindex)',
      response: { 200: z.object({ fertig: z.boolean(), erledigt: z.number().int(), gesamt: z.number().int(), modul: z.string().nullable(), fehler: z.string().nullable() }) },
    },
  }, async () => opts.einrichtung?.() ?? { fertig: true, erledigt: 0, gesamt: 0, modul: null, fehler: null });
  app.get('/api/openapi.json', { config: { zugriff: 'oeffentlich' }, schema: { hide: true } }, async () => app.swagger());

  // „Was steht an?“ (from every module's `anstehend`), notification settings, outbox.
  await app.register(mitteilungsRouten(opts.module));
  for (const m of opts.module) if (m.routen) await app.register(m.routen);

  // Front end: built files, and index.html for every non-API path (client-side routing).
  const webDir = opts.webDir ?? WEB_DIR;
  const hasWeb = fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      index: false,
      // Built scripts and styles carry a content hash in their name: the browser may keep them for a year.
      // index.html (and everything else) is checked again on every visit, so a new version arrives at once.
      setHeaders: (reply, filePfad) => {
        const imAssets = path.relative(path.join(webDir, 'assets'), filePfad);
        reply.header('cache-control', !imAssets.startsWith('..') && !path.isAbsolute(imAssets) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html'));
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api') {
      return reply.status(404).send(errorBody(new AppError(404, 'api.unbekannt', 'Diese API-Adresse gibt es nicht.')));
    }
    if (req.url.startsWith('/assets/')) return reply.status(404).type('text/plain; charset=utf-8').send('Nicht gefunden');
    if (!hasWeb) return reply.status(404).type('text/plain; charset=utf-8').send('Die Weboberfläche ist nicht gebaut. Bitte "npm run build" ausführen.');
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    lotse: { db: Db; secureCookies: boolean; sicher: (req: FastifyRequest) => boolean; zweiFaktorPflicht: boolean; authRateLimit: number; matchingRateLimit: { anonym: number; angemeldet: number } };
    apiRouten: string[];
    metriken: Metriken;
    /** The declared access rule per API route (see core/authz/zugriff.ts). */
    apiZugriff: Map<string, unknown>;
    /** Routes with their own body limit (e.g. event-log uploads); the rest use the app's limit. */
    apiBodyLimit: Map<string, number>;
  }
}
