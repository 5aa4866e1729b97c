import type { Db } from '../core/db/db.ts';
import { buildApp, type App, type AppOptions } from '../core/http/app.ts';
import { alleModule } from '../modules/index.ts';
import { createTestDb } from './testDb.ts';
import { seedKommunen, seedKonten, TEST_KONTEN, TEST_PASSWORT, type TestRolle } from './fixtures.ts';

export interface TestClient {
  get(url: string): Promise<Antwort>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<Antwort>;
  put(url: string, body?: unknown): Promise<Antwort>;
  patch(url: string, body?: unknown): Promise<Antwort>;
  delete(url: string): Promise<Antwort>;
  /** The CSRF token this client holds (fetches one if it has none yet). */
  csrfToken(): Promise<string>;
  /** Raw request with full control (malformed bodies, missing CSRF …). */
  raw(opts: { method: string; url: string; payload?: string | Buffer; headers?: Record<string, string> }): Promise<Antwort>;
}

export interface Antwort {
  status: number;
  body: string;
  json<T = any>(): T; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Record<string, unknown>;
}

/** An HTTP client over Fastify's inject that keeps cookies and sends the CSRF header like the web app. */
export function createClient(app: App): TestClient {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (setCookie: unknown) => {
    const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    for (const c of list as string[]) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim())) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
  };
  const raw: TestClient['raw'] = async ({ method, url, payload, headers }) => {
    const res = await app.inject({ method: method as 'GET', url, payload, headers: { cookie: cookieHeader(), ...headers } });
    remember(res.headers['set-cookie']);
    return { status: res.statusCode, body: res.body, json: () => JSON.parse(res.body), headers: res.headers };
  };
  const send = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    if (method !== 'GET' && !jar.has('lotse_csrf')) await raw({ method: 'GET', url: '/api/health' });
    const h: Record<string, string> = { 'x-csrf-token': jar.get('lotse_csrf') ?? '', ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    return raw({ method, url, payload: body === undefined ? undefined : JSON.stringify(body), headers: h });
  };
  return {
    get: (url) => send('GET', url),
    post: (url, body, headers) => send('POST', url, body, headers),
    put: (url, body) => send('PUT', url, body),
    patch: (url, body) => send('PATCH', url, body),
    delete: (url) => send('DELETE', url),
    raw,
    async csrfToken() {
      if (!jar.has('lotse_csrf')) await raw({ method: 'GET', url: '/api/health' });
      return jar.get('lotse_csrf') ?? '';
    },
  };
}

export interface TestUmgebung {
  app: App;
  db: Db;
  kontoIds: Record<string, string>;
  /** A client signed in with the given role (see fixtures.ts), or anonymous. */
  als(rolle: TestRolle): Promise<TestClient>;
  close(): Promise<void>;
}

/** The app with all modules of src/modules/index.ts (tests and benchmarks that build their own app). */
export function baueApp(opts: Omit<AppOptions, 'module'>): Promise<App> {
  // The fixture accounts hold privileged roles without a second factor; tests of the duty set it to true.
  return buildApp({ module: alleModule, zweiFaktorPflicht: false, ...opts });
}

/** App + migrated database + small directory + one account per role. */
export async function createTestApp(opts: { seed?: (db: Db) => Promise<void> } = {}): Promise<TestUmgebung> {
  const db = await createTestDb();
  await seedKommunen(db);
  const kontoIds = await seedKonten(db);
  if (opts.seed) await opts.seed(db);
  const app = await baueApp({ db, authRateLimit: 1000, matchingRateLimit: { anonym: 1000, angemeldet: 1000 } });
  await app.ready();
  const clients = new Map<TestRolle, TestClient>();
  return {
    app,
    db,
    kontoIds,
    async als(rolle) {
      const cached = clients.get(rolle);
      if (cached) return cached;
      const c = createClient(app);
      if (rolle !== 'anonym') {
        const r = await c.post('/api/auth/login', { email: TEST_KONTEN[rolle], passwort: TEST_PASSWORT });
        if (r.status !== 204) throw new Error(`Login als ${rolle} fehlgeschlagen: ${r.status} ${r.body}`);
      }
      clients.set(rolle, c);
      return c;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
