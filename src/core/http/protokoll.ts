import type { FastifyRequest } from 'fastify';

const ENTFERNT = '[entfernt]';

/**
 * Removes secrets from a URL before it is logged: invitation and team tokens in paths
 * (`/einladung/<token>`, `/team/<token>`, `/api/team/<token>/…`), query parameters that carry them
 * (`?einladung=`, `?token=`, `?weiter=/einladung/…`) and, as a safety net, every run of 40 or more
 * base64url characters (our tokens have 43; UUIDs have 36 and stay readable).
 */
export function ohneTokens(url: string): string {
  return url
    .replace(/(\/(?:api\/)?(?:einladung|team)\/)[^/?#]+/gi, `$1${ENTFERNT}`)
    .replace(/([?&](?:token|einladung|weiter)=)[^&#]*/gi, `$1${ENTFERNT}`)
    .replace(/[A-Za-z0-9_-]{40,}/g, ENTFERNT);
}

/** Fastify's request serializer (same fields as its default), with the URL cleaned by `ohneTokens`. */
export function anfrageFuersProtokoll(req: FastifyRequest) {
  return {
    method: req.method,
    url: ohneTokens(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket ? req.socket.remotePort : undefined,
  };
}

/**
 * What pino blanks out in every log line (defence in depth: the request serializer above logs no headers
 * and no bodies at all). Cookies, authorization, CSRF and session tokens, passwords and e-mail addresses,
 * wherever a handler or plugin might put them into a log object.
 */
export const PROTOKOLL_SCHWAERZEN = {
  paths: [
    'req.headers.cookie',
    'req.headers.authorization',
    'req.headers["x-csrf-token"]',
    'res.headers["set-cookie"]',
    'headers.cookie',
    'headers.authorization',
    'body',
    'req.body',
    'email',
    '*.email',
    'passwort',
    '*.passwort',
    'altesPasswort',
    'neuesPasswort',
    'token',
    '*.token',
    'sitzungToken',
  ],
  censor: ENTFERNT,
};
