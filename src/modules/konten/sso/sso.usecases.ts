/**
 * Anmeldung über das Konto der Verwaltung (OpenID Connect, Authorization Code Flow mit PKCE):
 * starten (state, nonce und PKCE-Verifier in der Datenbank, an den Browser gebunden über ein Cookie) →
 * beim Identitätsanbieter anmelden → abschließen (Token prüfen, Kommune und Rolle zuordnen, Konto bei der ersten
 * Anmeldung anlegen, Sitzung) → abmelden (lokal, danach beim Anbieter, wenn er end_session_endpoint anbietet).
 * Jeder Fehler schreibt nichts: geprüft wird vor der einen Transaktion.
 */
import crypto from 'node:crypto';
import { protokolliere } from '../../../core/audit.ts';
import { hashPasswort } from '../../../core/auth/passwort.ts';
import { SITZUNG_DAUER_MS, neuesToken, tokenHash, tokenGleich } from '../../../core/auth/sitzung.ts';
import type { KommuneRolle } from '../../../core/authz/policy.ts';
import type { Db } from '../../../core/db/db.ts';
import { ssoFehler } from './sso.errors.ts';
import { konfiguration, oidc } from './sso.oidc.ts';
import * as repo from './sso.repository.ts';
import { domainVon, entschluessele, fehlerAusOidc, issuerErlaubt, konfigurationsfehler, mfaErfuellt, rolleAusGruppen, verschluessele } from './sso.rules.ts';
import type { AnbieterAenderung, AnbieterAntwort, AnbieterEingabe } from './sso.schemas.ts';

/** A login has to be finished within ten minutes. */
const ANMELDUNG_MINUTEN = 10;
export const REDIRECT_PFAD = '/anmelden/sso';

// ---- Key of the client secrets ------------------------------------------------------------------------

/**
 * LOTSE_SSO_SCHLUESSEL (32 bytes, base64) keeps the key out of the database and its backups; without it a
 * random key is created once and kept in the table einstellung (decision 0133).
 */
async function schluessel(db: Db): Promise<Buffer> {
  const env = process.env.LOTSE_SSO_SCHLUESSEL;
  if (env) {
    const k = Buffer.from(env, 'base64');
    if (k.length !== 32) throw new Error('LOTSE_SSO_SCHLUESSEL muss 32 Bytes lang sein (base64), z. B. aus „openssl rand -base64 32“.');
    return k;
  }
  const wert = (await repo.einstellung(db.k, 'sso.schluessel')) ?? (await repo.setzeEinstellungEinmal(db.k, 'sso.schluessel', crypto.randomBytes(32).toString('base64')));
  return Buffer.from(wert, 'base64');
}

async function client(db: Db, a: repo.AnbieterZeile) {
  return konfiguration({ issuer: a.issuer, clientId: a.client_id, clientSecret: entschluessele(a.client_secret_verschluesselt, await schluessel(db)) });
}

// ---- Platform administration --------------------------------------------------------------------------

function antwort(a: repo.AnbieterZeile, herkunft: string): AnbieterAntwort {
  return {
    id: a.id,
    name: a.name,
    kommuneId: a.kommune_id,
    land: a.land,
    kommuneClaim: a.kommune_claim,
    issuer: a.issuer,
    clientId: a.client_id,
    gruppenClaim: a.gruppen_claim,
    rollenZuordnung: typeof a.rollen_zuordnung === 'string' ? JSON.parse(a.rollen_zuordnung) : a.rollen_zuordnung,
    emailDomains: a.email_domains,
    mfaVerlangen: a.mfa_verlangen,
    mfaAcr: a.mfa_acr,
    mfaAmr: a.mfa_amr,
    redirectUri: new URL(REDIRECT_PFAD, herkunft).href,
  };
}

const KOMMUNE_UNBEKANNT = 'Diese Kommune ist in Lotse nicht bekannt. Bitte prüfen Sie den zwölfstelligen Regionalschlüssel.';
const ISSUER_NUR_HTTPS = 'Der Issuer muss über https erreichbar sein (http nur für einen Anbieter auf diesem Rechner).';

export async function anbieterListe(db: Db, herkunft: string) {
  const items = (await repo.anbieterListe(db.k)).map((a) => antwort(a, herkunft));
  return { items, total: items.length };
}

export async function legeAnbieterAn(db: Db, vonKontoId: string, e: AnbieterEingabe, herkunft: string): Promise<AnbieterAntwort> {
  if (!issuerErlaubt(e.issuer)) throw ssoFehler.ungueltigeKonfiguration(ISSUER_NUR_HTTPS, '/issuer');
  if (e.kommuneId && !(await repo.kommuneGibtEs(db.k, e.kommuneId))) throw ssoFehler.ungueltigeKonfiguration(KOMMUNE_UNBEKANNT, '/kommuneId');
  const geheim = verschluessele(e.clientSecret, await schluessel(db));
  return db.k.transaction().execute(async (tx) => {
    const zeile = {
      name: e.name,
      kommune_id: e.kommuneId ?? null,
      land: e.land ?? null,
      issuer: e.issuer,
      client_id: e.clientId,
      client_secret_verschluesselt: geheim,
      kommune_claim: e.kommuneClaim ?? null,
      gruppen_claim: e.gruppenClaim,
      rollen_zuordnung: e.rollenZuordnung,
      email_domains: [...new Set(e.emailDomains)],
      mfa_verlangen: e.mfaVerlangen,
      mfa_acr: [...new Set(e.mfaAcr)],
      mfa_amr: [...new Set(e.mfaAmr)],
    };
    const id = await repo.legeAnbieterAn(tx, zeile);
    // The secret never goes into the audit log (nor into any answer or log line).
    await protokolliere(tx, {
      kommuneId: null, kontoId: vonKontoId, aktion: 'sso.anbieter_angelegt', objektTyp: 'sso_anbieter', objektId: id,
      details: { name: e.name, issuer: e.issuer, kommuneId: e.kommuneId ?? null, land: e.land ?? null, mfaVerlangen: e.mfaVerlangen },
    });
    return antwort({ id, ...zeile }, herkunft);
  });
}

/** Fields of the API and their columns, for a change (the secret is handled on its own). */
const FELD_SPALTE = {
  name: 'name', kommuneId: 'kommune_id', land: 'land', kommuneClaim: 'kommune_claim', issuer: 'issuer', clientId: 'client_id',
  gruppenClaim: 'gruppen_claim', rollenZuordnung: 'rollen_zuordnung', emailDomains: 'email_domains', mfaVerlangen: 'mfa_verlangen',
  mfaAcr: 'mfa_acr', mfaAmr: 'mfa_amr',
} as const satisfies Partial<Record<keyof AnbieterAenderung, keyof repo.AnbieterZeile>>;
type Feld = keyof typeof FELD_SPALTE;

/**
 * Changes a provider in place (decision 0136): the omitted fields stay, an omitted client secret stays as it
 * is, a given one is encrypted anew. The merged configuration passes the same checks as a new one, else
 * nothing is written. The links of the accounts (provider, sub) stay, and roles follow the new mapping at the
 * next login – except when the issuer changes: `sub` is unique only per issuer, so the links and the
 * sessions through this provider end (the accounts stay; the next login links them again by the address).
 * The audit entry names the changed fields with old and new values – the secret only as "changed".
 */
export async function aendereAnbieter(db: Db, vonKontoId: string, id: string, e: AnbieterAenderung, herkunft: string): Promise<AnbieterAntwort> {
  const geheim = e.clientSecret === undefined ? undefined : verschluessele(e.clientSecret, await schluessel(db));
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.anbieterZumAendern(tx, id);
    if (!alt) throw ssoFehler.anbieterNichtGefunden();
    const neu: repo.AnbieterZeile = { ...alt, rollen_zuordnung: typeof alt.rollen_zuordnung === 'string' ? JSON.parse(alt.rollen_zuordnung) : alt.rollen_zuordnung };
    const vorher = { ...neu };
    for (const feld of Object.keys(FELD_SPALTE) as Feld[]) {
      const wert = e[feld];
      if (wert === undefined) continue;
      const spalte = FELD_SPALTE[feld];
      (neu as Record<string, unknown>)[spalte] = Array.isArray(wert) ? [...new Set(wert)] : wert;
    }
    if (geheim) neu.client_secret_verschluesselt = geheim;

    const fehler = konfigurationsfehler({
      kommuneId: neu.kommune_id, land: neu.land, kommuneClaim: neu.kommune_claim, mfaVerlangen: neu.mfa_verlangen, mfaAcr: neu.mfa_acr, mfaAmr: neu.mfa_amr,
    });
    if (fehler.length) throw ssoFehler.ungueltigeKonfiguration(fehler[0].meldung, fehler[0].pfad);
    if (!issuerErlaubt(neu.issuer)) throw ssoFehler.ungueltigeKonfiguration(ISSUER_NUR_HTTPS, '/issuer');
    if (neu.kommune_id && neu.kommune_id !== alt.kommune_id && !(await repo.kommuneGibtEs(tx, neu.kommune_id)))
      throw ssoFehler.ungueltigeKonfiguration(KOMMUNE_UNBEKANNT, '/kommuneId');

    const geaendert = (Object.keys(FELD_SPALTE) as Feld[]).filter((f) => JSON.stringify(vorher[FELD_SPALTE[f]]) !== JSON.stringify(neu[FELD_SPALTE[f]]));
    const aenderungen = Object.fromEntries(geaendert.map((f) => [f, { vorher: vorher[FELD_SPALTE[f]], nachher: neu[FELD_SPALTE[f]] }]));
    const { id: _id, ...werte } = neu;
    await repo.aendereAnbieter(tx, id, werte);
    const issuerNeu = neu.issuer !== alt.issuer;
    const verknuepfungenGeloest = issuerNeu ? await repo.loeseVerknuepfungen(tx, id) : 0;
    // The secret never goes into the audit log: only the fact that a new one was given.
    await protokolliere(tx, {
      kommuneId: null, kontoId: vonKontoId, aktion: 'sso.anbieter_geaendert', objektTyp: 'sso_anbieter', objektId: id,
      details: { name: neu.name, geaendert: geheim ? [...geaendert, 'clientSecret'] : geaendert, aenderungen, ...(issuerNeu ? { verknuepfungenGeloest } : {}) },
    });
    return antwort(neu, herkunft);
  });
}

export async function loescheAnbieter(db: Db, vonKontoId: string, id: string): Promise<void> {
  await db.k.transaction().execute(async (tx) => {
    if (!(await repo.loescheAnbieter(tx, id))) throw ssoFehler.anbieterNichtGefunden();
    await protokolliere(tx, { kommuneId: null, kontoId: vonKontoId, aktion: 'sso.anbieter_geloescht', objektTyp: 'sso_anbieter', objektId: id });
  });
}

// ---- Sign-on ------------------------------------------------------------------------------------------

export async function verfuegbar(db: Db) {
  return { verfuegbar: await repo.gibtEsAnbieter(db.k) };
}

/** Starts a login: returns the provider's authorization URL and the browser binding for the cookie. */
export async function starte(db: Db, email: string, herkunft: string): Promise<{ weiter: string; bindung: string }> {
  const a = await repo.anbieterFuerDomain(db.k, domainVon(email));
  if (!a) throw ssoFehler.keinAnbieter();
  const config = await client(db, a);
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  const bindung = neuesToken();
  const redirectUri = new URL(REDIRECT_PFAD, herkunft).href; // normalised like openid-client does (no :80)
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    login_hint: email,
    // Asks the provider for the required level (voluntary in OIDC; the ID token is checked either way).
    ...(a.mfa_verlangen && a.mfa_acr.length ? { acr_values: a.mfa_acr.join(' ') } : {}),
  });
  await repo.legeAnmeldungAn(db.k, {
    state_hash: tokenHash(state),
    anbieter_id: a.id,
    bindung_hash: tokenHash(bindung),
    nonce,
    code_verifier: verifier,
    redirect_uri: redirectUri,
    laeuft_ab_am: new Date(Date.now() + ANMELDUNG_MINUTEN * 60_000),
  });
  return { weiter: url.href, bindung };
}

/**
 * Finishes a login with the query string the provider sent the browser back with. Checks first (state and
 * browser binding, then openid-client: code exchange with PKCE, signature, issuer, audience, expiry, nonce),
 * maps Kommune and role, and only then writes in one transaction. Returns the session token.
 */
export async function schliesseAb(db: Db, antwortText: string, bindung: string | undefined): Promise<{ token: string }> {
  const parameter = new URLSearchParams(antwortText.replace(/^\?/, ''));
  const state = parameter.get('state');
  if (!state) throw ssoFehler.stateUngueltig();
  const anmeldung = await repo.offeneAnmeldung(db.k, tokenHash(state));
  if (!anmeldung || !bindung || !tokenGleich(tokenHash(bindung), anmeldung.bindung_hash)) throw ssoFehler.stateUngueltig();
  if (parameter.get('error')) throw ssoFehler.abgelehnt();
  const a = await repo.anbieter(db.k, anmeldung.anbieter_id);
  if (!a) throw ssoFehler.stateUngueltig();
  const config = await client(db, a);

  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, new URL(`${anmeldung.redirect_uri}?${parameter.toString()}`), {
      pkceCodeVerifier: anmeldung.code_verifier,
      expectedState: state,
      expectedNonce: anmeldung.nonce,
      idTokenExpected: true,
    });
    claims = (tokens.claims() ?? {}) as Record<string, unknown>;
  } catch (e) {
    throw fehlerAusOidc(e);
  }

  if (!mfaErfuellt({ verlangt: a.mfa_verlangen, acr: a.mfa_acr, amr: a.mfa_amr }, claims)) throw ssoFehler.mfaFehlt();
  const subjekt = String(claims.sub);
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email || claims.email_verified === false || !a.email_domains.includes(domainVon(email))) throw ssoFehler.emailFehlt();
  const kommuneId = a.kommune_id ?? (await kommuneAusClaim(db, a, claims));
  const zuordnung = typeof a.rollen_zuordnung === 'string' ? JSON.parse(a.rollen_zuordnung) : a.rollen_zuordnung;
  const rolle = rolleAusGruppen(zuordnung, claims[a.gruppen_claim]);
  if (!rolle) throw ssoFehler.keineRolle();
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : email;
  const unbrauchbaresPasswort = await hashPasswort(neuesToken()); // JIT accounts sign in only through the provider

  const token = neuesToken();
  await db.k.transaction().execute(async (tx) => {
    if (!(await repo.verbraucheAnmeldung(tx, anmeldung.state_hash))) throw ssoFehler.stateUngueltig();
    let kontoId = await repo.kontoZurIdentitaet(tx, a.id, subjekt);
    let neu = false;
    if (!kontoId) {
      // The provider vouches for the domain (email_domains): an existing account with that address is linked.
      kontoId = (await repo.kontoNachEmail(tx, email)) ?? (neu = true, await repo.legeKontoAn(tx, { email, name, passwortHash: unbrauchbaresPasswort }));
      await repo.verknuepfe(tx, a.id, subjekt, kontoId);
    }
    const bisher = await repo.mitgliedsrolle(tx, kommuneId, kontoId);
    if (bisher !== rolle) await repo.setzeMitgliedschaft(tx, kommuneId, kontoId, rolle);
    await repo.legeSitzungAn(tx, { id: tokenHash(token), kontoId, laeuftAb: new Date(Date.now() + SITZUNG_DAUER_MS), anbieterId: a.id });
    await protokolliere(tx, {
      kommuneId, kontoId, aktion: 'sso.angemeldet', objektTyp: 'konto', objektId: kontoId,
      details: { anbieter: a.name, kontoNeu: neu, rolle, rolleVorher: bisher ?? null },
    });
  });
  return { token };
}

async function kommuneAusClaim(db: Db, a: repo.AnbieterZeile, claims: Record<string, unknown>): Promise<string> {
  const wert = claims[a.kommune_claim ?? ''];
  const text = typeof wert === 'string' || typeof wert === 'number' ? String(wert).trim() : '';
  const id = /^[0-9]{8}$|^[0-9]{12}$/.test(text) ? await repo.kommuneAusClaim(db.k, text, a.land ?? '') : undefined;
  if (!id) throw ssoFehler.kommuneUnbekannt();
  return id;
}

/**
 * Where the browser goes after the local session ended: the provider's end_session_endpoint (RP-initiated
 * logout) when the session came from a provider that offers one, else nowhere (null). Call before ending
 * the session; never fails the logout (an unreachable provider only means: local sign-out only).
 */
export async function abmeldeZiel(db: Db, sitzungToken: string | undefined, herkunft: string): Promise<string | null> {
  if (!sitzungToken) return null;
  const anbieterId = await repo.anbieterDerSitzung(db.k, tokenHash(sitzungToken));
  const a = anbieterId ? await repo.anbieter(db.k, anbieterId) : undefined;
  if (!a) return null;
  try {
    const config = await client(db, a);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(config, { client_id: a.client_id, post_logout_redirect_uri: new URL('/', herkunft).href }).href;
  } catch {
    return null;
  }
}

export type { KommuneRolle };
