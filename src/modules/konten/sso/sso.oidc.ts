import crypto from 'node:crypto';
import * as oidc from 'openid-client';
import { ssoFehler } from './sso.errors.ts';

/**
 * The provider's metadata (discovery) per provider and client, kept for ten minutes in this process: it is
 * public and the same for every instance, so nothing has to be shared. A changed secret is a new key.
 */
const CACHE_MS = 10 * 60_000;
const cache = new Map<string, { bis: number; config: Promise<oidc.Configuration> }>();

export interface Client {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export function konfiguration(c: Client): Promise<oidc.Configuration> {
  const schluessel = crypto.createHash('sha256').update(`${c.issuer}\n${c.clientId}\n${c.clientSecret}`).digest('hex');
  const treffer = cache.get(schluessel);
  if (treffer && treffer.bis > Date.now()) return treffer.config;
  const unsicher = new URL(c.issuer).protocol === 'http:'; // only loopback gets here (issuerErlaubt)
  const config = oidc
    .discovery(new URL(c.issuer), c.clientId, c.clientSecret, oidc.ClientSecretBasic(c.clientSecret), {
      timeout: 10,
      execute: unsicher ? [oidc.allowInsecureRequests] : [],
    })
    .catch((e: unknown) => {
      cache.delete(schluessel);
      throw Object.assign(ssoFehler.anbieterNichtErreichbar(), { cause: e });
    });
  cache.set(schluessel, { bis: Date.now() + CACHE_MS, config });
  return config;
}

export { oidc };
