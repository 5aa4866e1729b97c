import crypto from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/db.ts';
import { brauchtZweitenFaktor, ohneErhoehteRechte, type Konto, type KommuneRolle, type PlattformRolle } from '../authz/policy.ts';

export const SITZUNG_COOKIE = 'lotse_sitzung';
export const CSRF_COOKIE = 'lotse_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SITZUNG_DAUER_MS = 1000 * 60 * 60 * 12; // 12 h

export const neuesToken = () => crypto.randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Creates a session and deletes all expired ones (of every account) on the way. */
export async function erstelleSitzung(db: Db, kontoId: string): Promise<string> {
  const token = neuesToken();
  await db.k.deleteFrom('sitzung').where('laeuft_ab_am', '<=', sql<Date>`now()`).execute();
  await db.k
    .insertInto('sitzung')
    .values({ id: tokenHash(token), konto_id: kontoId, laeuft_ab_am: new Date(Date.now() + SITZUNG_DAUER_MS) })
    .execute();
  return token;
}

/**
 * CSRF token of a session: an HMAC keyed with the session token (which only the httpOnly cookie holds).
 * Nobody without the session cookie can compute it, it needs no server secret and no storage, and it
 * changes with every login. Anonymous requests use a random double-submit token instead (see app.ts).
 */
export const csrfFuerSitzung = (sitzungToken: string) => crypto.createHmac('sha256', sitzungToken).update('lotse-csrf').digest('base64url');

/** Constant-time comparison of two tokens. */
export function tokenGleich(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function setzeCsrfCookie(reply: FastifyReply, wert: string, sicher: boolean) {
  reply.setCookie(CSRF_COOKIE, wert, { path: '/', sameSite: 'strict', secure: sicher, httpOnly: false });
}

/** Session cookie plus the CSRF cookie that belongs to it (after login). */
export function setzeSitzungsCookies(reply: FastifyReply, token: string, sicher: boolean) {
  reply.setCookie(SITZUNG_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: sicher, maxAge: Math.floor(SITZUNG_DAUER_MS / 1000) });
  setzeCsrfCookie(reply, csrfFuerSitzung(token), sicher);
}

export async function beendeSitzung(db: Db, token: string) {
  await db.k.deleteFrom('sitzung').where('id', '=', tokenHash(token)).execute();
}

/**
 * Loads the account behind a session token with its roles, memberships and region in one query. With
 * `zweiFaktorPflicht`, an account whose roles need a second factor but has none set up gets those roles
 * withheld (the one place that enforces it, docs/decisions/0072).
 */
export async function ladeKontoZuSitzung(db: Db, token: string, opts: { zweiFaktorPflicht?: boolean } = {}): Promise<Konto | null> {
  const res = await sql<{
    id: string;
    email: string;
    name: string;
    rollen: PlattformRolle[] | null;
    mitgliedschaften: { kommuneId: string; rolle: KommuneRolle }[] | null;
    regionen: string[] | null;
    zweiter_faktor: boolean;
  }>`
    select k.id, k.email, k.name,
      -- A session through an identity provider: the provider is responsible for the second factor (decision 0134).
      (k.totp_aktiv_seit is not null or s.sso_anbieter_id is not null) as zweiter_faktor,
      (select array_agg(r.rolle order by r.rolle) from plattform_rolle r where r.konto_id = k.id) as rollen,
      (select json_agg(json_build_object('kommuneId', m.kommune_id, 'rolle', m.rolle) order by m.kommune_id)
         from mitgliedschaft m where m.konto_id = k.id) as mitgliedschaften,
      (select array_agg(g.schluessel order by g.schluessel) from lotse_region g where g.konto_id = k.id) as regionen
    from sitzung s join konto k on k.id = s.konto_id
    where s.id = ${tokenHash(token)} and s.laeuft_ab_am > now()`.execute(db.k);
  const r = res.rows[0];
  if (!r) return null;
  const konto: Konto = {
    id: r.id,
    email: r.email,
    name: r.name,
    rollen: parseArray(r.rollen) as PlattformRolle[],
    mitgliedschaften: typeof r.mitgliedschaften === 'string' ? JSON.parse(r.mitgliedschaften) : (r.mitgliedschaften ?? []),
    regionen: parseArray(r.regionen),
  };
  return opts.zweiFaktorPflicht && !r.zweiter_faktor && brauchtZweitenFaktor(konto) ? ohneErhoehteRechte(konto) : konto;
}

/** PGlite returns text[] as arrays, node-postgres too; be tolerant of the '{a,b}' literal form. */
function parseArray(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v as string[];
  if (typeof v === 'string') return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return [];
}
