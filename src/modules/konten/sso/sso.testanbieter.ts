/**
 * A real OpenID provider (the certified `oidc-provider` package) on loopback, for the API and browser tests of
 * the sign-on. Only for tests: development interactions (a login form that takes any password), keys created
 * per run. `manipuliere` lets the provider re-sign the ID token of the next token response with its own key
 * after changing claims – for what a correct provider never emits (another audience, an expired token, a wrong
 * nonce). A person can carry `acr`/`amr`: the provider records them with the login and signs them into the ID
 * token like any other claim. The database of Lotse is never touched here.
 */
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import Provider from 'oidc-provider';

export interface TestPerson {
  email: string;
  name: string;
  groups?: string[];
  /** Kommune claim (for a Land's provider). */
  ags?: string;
  /** How the person signed in, as the provider reports it in the ID token (`acr`, `amr`, RFC 8176). */
  acr?: string;
  amr?: string[];
}

export interface TestClientDaten {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface TestAnbieter {
  issuer: string;
  /** Changes the claims of the next ID token (re-signed with the provider's key); null = no change. */
  manipuliere(f: ((claims: Record<string, unknown>) => Record<string, unknown>) | null): void;
  /**
   * Signs in at the provider like a browser would (its login form, then the consent form) and returns the
   * address the provider sends the browser back to (redirect URI with code and state).
   */
  anmelden(autorisierungsUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

function freierPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export async function starteTestAnbieter(opts: { clients: TestClientDaten[]; personen: Record<string, TestPerson> }): Promise<TestAnbieter> {
  const port = await freierPort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `test-${crypto.randomBytes(4).toString('hex')}`;
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };

  // The provider warns on Node 20 and about its development defaults; the tests know.
  const warn = console.warn;
  const info = console.info;
  console.warn = () => {};
  console.info = () => {};
  const provider = new Provider(issuer, {
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk as never] },
    cookies: { keys: [crypto.randomBytes(16).toString('hex')] },
    pkce: { required: () => true },
    // acr/amr listed under openid: the provider then signs the values of the login (see interactionFinished below) into the ID token.
    claims: { openid: ['sub', 'groups', 'ags', 'acr', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx, sub) {
      const p = opts.personen[sub];
      if (!p) return undefined;
      return { accountId: sub, claims: () => ({ sub, email: p.email, email_verified: true, name: p.name, groups: p.groups ?? [], ...(p.ags ? { ags: p.ags } : {}) }) };
    },
  });
  console.warn = warn;
  console.info = info;

  // The development login form knows no second factor: the provider records acr/amr of the person with the
  // login (as a real provider does after its own MFA step), so they appear in the signed ID token.
  const fertig = provider.interactionFinished.bind(provider);
  provider.interactionFinished = (req, res, ergebnis, optionen) => {
    const login = ergebnis.login as { accountId?: string } | undefined;
    const p = login?.accountId ? opts.personen[login.accountId] : undefined;
    if (login && p) ergebnis = { ...ergebnis, login: { ...login, ...(p.acr ? { acr: p.acr } : {}), ...(p.amr ? { amr: p.amr } : {}) } };
    return fertig(req, res, ergebnis, optionen);
  };

  let manipulation: ((claims: Record<string, unknown>) => Record<string, unknown>) | null = null;
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && manipulation && body?.id_token) {
      const [kopf, nutzlast] = body.id_token.split('.');
      const claims = manipulation(JSON.parse(Buffer.from(nutzlast, 'base64url').toString('utf8')));
      const daten = `${kopf}.${b64(JSON.stringify(claims))}`;
      ctx.body = { ...body, id_token: `${daten}.${b64(crypto.sign('sha256', Buffer.from(daten), privateKey))}` };
      manipulation = null;
    }
  });
  const server = provider.listen(port, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));

  return {
    issuer,
    manipuliere(f) {
      manipulation = f;
    },
    async anmelden(autorisierungsUrl, login) {
      const jar = new Map<string, string>();
      let url = new URL(autorisierungsUrl);
      let methode = 'GET';
      let formular: URLSearchParams | undefined;
      for (let schritt = 0; schritt < 12; schritt++) {
        if (url.origin !== issuer) return url; // back at the client (redirect URI)
        const res = await fetch(url, {
          method: methode,
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(formular ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
          body: formular,
        });
        for (const c of res.headers.getSetCookie()) {
          const [paar] = c.split(';');
          const i = paar.indexOf('=');
          jar.set(paar.slice(0, i), paar.slice(i + 1));
        }
        const ziel = res.headers.get('location');
        if (ziel) {
          url = new URL(ziel, url);
          methode = 'GET';
          formular = undefined;
          continue;
        }
        const html = await res.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
        const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
        if (!action || !prompt) throw new Error(`Testanbieter: unerwartete Seite (${res.status}) ${html.slice(0, 300)}`);
        url = new URL(action.replace(/&amp;/g, '&'), url);
        methode = 'POST';
        formular = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'egal' } : { prompt });
      }
      throw new Error('Testanbieter: zu viele Schritte');
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
