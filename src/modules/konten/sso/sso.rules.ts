import crypto from 'node:crypto';
import type { KommuneRolle } from '../../../core/authz/policy.ts';
import { ssoFehler } from './sso.errors.ts';

/** Pure rules of the sign-on through an identity provider (OIDC). */

/** The e-mail domain in lower case (`Anna@Giessen.DE` → `giessen.de`). */
export function domainVon(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
}

/**
 * The Kommune role from the groups the provider names: the highest mapped one (admin before mitglied).
 * Groups without a mapping are ignored; no mapped group at all → null (the login is refused, decision 0133).
 */
export function rolleAusGruppen(zuordnung: Record<string, KommuneRolle>, gruppen: unknown): KommuneRolle | null {
  const liste = Array.isArray(gruppen) ? gruppen.filter((g): g is string => typeof g === 'string') : typeof gruppen === 'string' ? [gruppen] : [];
  const rollen = liste.map((g) => zuordnung[g]).filter((r): r is KommuneRolle => r === 'admin' || r === 'mitglied');
  if (rollen.includes('admin')) return 'admin';
  return rollen.length ? 'mitglied' : null;
}

/** What decides about a provider's configuration across fields (create and change check the same). */
export interface Zustaendigkeit {
  kommuneId?: string | null;
  land?: string | null;
  kommuneClaim?: string | null;
  mfaVerlangen?: boolean;
  mfaAcr?: readonly string[];
  mfaAmr?: readonly string[];
}

/**
 * Rules that span several fields: either a Kommune or a Land; a Land needs the claim that names the Kommune;
 * a required second factor needs at least one accepted acr or amr value. Returns the failures by field
 * (`pfad` like the API's validation details), empty when the configuration holds.
 */
export function konfigurationsfehler(a: Zustaendigkeit): { pfad: string; meldung: string }[] {
  const f: { pfad: string; meldung: string }[] = [];
  if (!!a.kommuneId === !!a.land) f.push({ pfad: '/kommuneId', meldung: 'Bitte entweder eine Kommune oder ein Land angeben.' });
  else if (a.land && !a.kommuneClaim) f.push({ pfad: '/kommuneClaim', meldung: 'Ein Anbieter für ein Land braucht den Claim, der die Kommune nennt.' });
  if (a.mfaVerlangen && !a.mfaAcr?.length && !a.mfaAmr?.length)
    f.push({ pfad: '/mfaAmr', meldung: 'Bitte nennen Sie die acr- oder amr-Werte, an denen Lotse den zweiten Faktor beim Anbieter erkennt (z. B. mfa, otp, hwk).' });
  return f;
}

/** What a provider requires of the way a person signed in there (decision 0137). */
export interface MfaVorgabe {
  verlangt: boolean;
  acr: readonly string[];
  amr: readonly string[];
}

/**
 * Does the ID token prove the second factor the provider's configuration requires? Yes when nothing is
 * required; else when its `acr` is one of the accepted values or its `amr` (a list, RFC 8176) holds at least
 * one accepted value. Values compare exactly (they are URIs or registered names).
 */
export function mfaErfuellt(v: MfaVorgabe, claims: Record<string, unknown>): boolean {
  if (!v.verlangt) return true;
  const acr = typeof claims.acr === 'string' ? claims.acr : null;
  if (acr !== null && v.acr.includes(acr)) return true;
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((x): x is string => typeof x === 'string') : typeof claims.amr === 'string' ? [claims.amr] : [];
  return amr.some((x) => v.amr.includes(x));
}

/** http only for loopback (a test provider on this machine); every real provider speaks https. */
export function issuerErlaubt(issuer: string): boolean {
  let u: URL;
  try {
    u = new URL(issuer);
  } catch {
    return false;
  }
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

/** Maps the checks of openid-client (oauth4webapi codes) to Lotse's errors. */
export function fehlerAusOidc(e: unknown): Error {
  const f = e as { code?: string; cause?: { claim?: string; cause?: { claim?: string } }; error?: string };
  // openid-client wraps the check of oauth4webapi: the claim is one or two causes deep.
  const claim = f.cause?.claim ?? f.cause?.cause?.claim;
  if (f.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && (claim === 'aud' || claim === 'azp')) return ssoFehler.audienceFalsch();
  if (f.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') return ssoFehler.nonceUngueltig();
  if (f.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' && (claim === 'exp' || claim === 'iat')) return ssoFehler.tokenAbgelaufen();
  if (f.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR') return ssoFehler.abgelehnt();
  if (f.code === 'OAUTH_INVALID_RESPONSE' && /state/i.test(String((e as Error).message))) return ssoFehler.stateUngueltig();
  if (f.code === 'OAUTH_RESPONSE_BODY_ERROR' && f.error === 'invalid_grant') return ssoFehler.stateUngueltig();
  if ((e as Error)?.name === 'TypeError' || f.code === 'OAUTH_RESPONSE_IS_NOT_JSON') return ssoFehler.anbieterNichtErreichbar();
  return ssoFehler.tokenUngueltig();
}

// ---- The client secret at rest: AES-256-GCM ----------------------------------------------------------

export function verschluessele(klartext: string, schluessel: Buffer): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', schluessel, iv);
  const daten = Buffer.concat([c.update(klartext, 'utf8'), c.final()]);
  return [iv, c.getAuthTag(), daten].map((b) => b.toString('base64url')).join('.');
}

export function entschluessele(wert: string, schluessel: Buffer): string {
  const [iv, tag, daten] = wert.split('.').map((t) => Buffer.from(t, 'base64url'));
  const d = crypto.createDecipheriv('aes-256-gcm', schluessel, iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(daten), d.final()]).toString('utf8');
}
