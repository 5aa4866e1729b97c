import path from 'node:path';
import fs from 'node:fs';
import { Kysely, PostgresDialect, sql, type DatabaseConnection, type Driver, type CompiledQuery, type QueryResult, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type Dialect } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from './schema.ts';
import { sperreDatenordner } from './sperre.ts';

export type DbKind = 'pglite' | 'postgres';

export interface Db {
  kind: DbKind;
  /** Typed query builder. Use `sql` from kysely for hand-written SQL. */
  k: Kysely<Database>;
  /** Runs a multi-statement SQL script (migrations) in one transaction, exclusive of other work. */
  script(text: string): Promise<void>;
  /** PGlite only: the whole data directory as an uncompressed tar (test templates, see testing/vorlage.ts). */
  dumpDataDir?(): Promise<Blob>;
  /** PostgreSQL only: the state of the connection pool (for the metrics at /metrics). */
  pool?(): PoolStand;
  /**
   * Calls `fn` whenever another instance (or this one) announces a change on `kanal` with `meldeAenderung`
   * (PostgreSQL LISTEN/NOTIFY on one dedicated connection; after a lost connection every listener is called
   * once, since announcements may have been missed). PGlite: one process per data directory, so nothing to
   * hear – callers clear their own caches directly. Returns the function that stops listening.
   */
  hoere(kanal: string, fn: () => void): Promise<() => void>;
  close(): Promise<void>;
}

/** Announces a change on `kanal` to every instance; delivered when the surrounding transaction commits. */
export async function meldeAenderung(k: Kysely<Database>, kanal: string): Promise<void> {
  await sql`select pg_notify(${kanal}, '')`.execute(k);
}

/**
 * One LISTEN connection per PostgreSQL Db (outside the pool, which hands connections around). Reconnects after
 * a failure with a growing pause and then calls every listener, so no cache outlives a missed announcement.
 */
class Zuhoerer {
  private client: pg.Client | null = null;
  private verbinden: Promise<pg.Client> | null = null;
  private readonly hoerer = new Map<string, Set<() => void>>();
  private geschlossen = false;
  private pause = 250;
  constructor(private readonly connectionString: string) {}

  async hoere(kanal: string, fn: () => void): Promise<() => void> {
    let set = this.hoerer.get(kanal);
    const neu = !set;
    if (!set) this.hoerer.set(kanal, (set = new Set()));
    set.add(fn);
    const client = await this.verbindung();
    if (neu) await client.query(`listen ${pg.escapeIdentifier(kanal)}`);
    return () => {
      set.delete(fn);
    };
  }

  private verbindung(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.verbinden ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString });
      client.on('notification', (n) => {
        for (const fn of this.hoerer.get(n.channel) ?? []) fn();
      });
      client.on('error', () => this.verloren(client));
      client.on('end', () => this.verloren(client));
      await client.connect();
      for (const kanal of this.hoerer.keys()) await client.query(`listen ${pg.escapeIdentifier(kanal)}`);
      this.client = client;
      this.pause = 250;
      return client;
    })().finally(() => {
      this.verbinden = null;
    });
    return this.verbinden;
  }

  private verloren(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    if (this.geschlossen) return;
    const nochmal = () => {
      if (this.geschlossen) return;
      this.verbindung().then(() => {
        for (const set of this.hoerer.values()) for (const fn of set) fn();
      }, () => {
        this.pause = Math.min(this.pause * 2, 10_000);
        setTimeout(nochmal, this.pause).unref();
      });
    };
    setTimeout(nochmal, this.pause).unref();
  }

  async schliessen() {
    this.geschlossen = true;
    const c = this.client ?? (this.verbinden ? await this.verbinden.catch(() => null) : null);
    this.client = null;
    await c?.end().catch(() => {});
  }
}

export interface PoolStand {
  /** Open connections (busy and idle). */
  gesamt: number;
  frei: number;
  /** Queries waiting for a connection. */
  wartend: number;
  hoechstens: number;
}

export type Tx = Kysely<Database>;

export const EXTENSIONS = ['pg_trgm', 'unaccent', 'fuzzystrmatch'] as const;

/** Serialises access to the single PGlite session: one connection at a time (also across transactions). */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const prev = this.tail;
    this.tail = prev.then(() => next);
    return prev.then(() => release);
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}
  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    const res = await this.pglite.query<R>(q.sql, [...q.parameters]);
    return { rows: res.rows, numAffectedRows: res.affectedRows !== undefined ? BigInt(res.affectedRows) : undefined };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming wird mit PGlite nicht unterstützt');
  }
}

class PGliteDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly releases = new WeakMap<DatabaseConnection, () => void>();
  constructor(private readonly pglite: PGlite) {}
  async init() {}
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.mutex.lock();
    try {
      return await fn();
    } finally {
      release();
    }
  }
  async acquireConnection() {
    // PGlite runs in this thread and answers through promise jobs only: a long chain of queries (a background
    // import) would never let the event loop read new HTTP requests. One macrotask turn per connection lets
    // waiting requests in between (docs/decisions/0071).
    await new Promise<void>((r) => setImmediate(r));
    const release = await this.mutex.lock();
    const conn = new PGliteConnection(this.pglite);
    this.releases.set(conn, release);
    return conn;
  }
  async beginTransaction(c: DatabaseConnection) {
    await c.executeQuery({ sql: 'begin', parameters: [], query: { kind: 'RawNode' } } as unknown as CompiledQuery);
  }
  async commitTransaction(c: DatabaseConnection) {
    await c.executeQuery({ sql: 'commit', parameters: [], query: { kind: 'RawNode' } } as unknown as CompiledQuery);
  }
  async rollbackTransaction(c: DatabaseConnection) {
    await c.executeQuery({ sql: 'rollback', parameters: [], query: { kind: 'RawNode' } } as unknown as CompiledQuery);
  }
  async releaseConnection(c: DatabaseConnection) {
    this.releases.get(c)?.();
    this.releases.delete(c);
  }
  async destroy() {
    await this.pglite.close();
  }
}

function pgliteDialect(driver: PGliteDriver): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => driver,
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

// Return int8/numeric as JS numbers (counts, sums); values stay well below 2^53 here.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export interface OpenDbOptions {
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing). */
  schema?: string;
  /** PGlite data directory; undefined = in memory. The directory is locked for this process. */
  dataDir?: string;
  /** Who opens the data directory ('server' or a CLI command name), shown to a second process. */
  zweck?: string;
  poolSize?: number;
  /** PGlite only: start from this dump (Db.dumpDataDir) instead of an empty database (test templates). */
  loadDataDir?: Blob;
}

export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { fuzzystrmatch } = await import('@electric-sql/pglite/contrib/fuzzystrmatch');
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  return PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm, unaccent, fuzzystrmatch } });
}

/** Opens PGlite (embedded, default) or a PostgreSQL server when a URL is given. Same SQL for both. */
export async function openDb(opts: OpenDbOptions): Promise<Db> {
  if (opts.databaseUrl) {
    const schema = opts.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Ungültiger Schemaname: ${schema}`);
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      options: schema ? `-c search_path=${schema},public` : undefined,
    });
    if (schema) await pool.query(`create schema if not exists ${schema}`);
    const k = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const script = async (text: string) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(text);
        await client.query('commit');
      } catch (err) {
        await client.query('rollback');
        throw err;
      } finally {
        client.release();
      }
    };
    const zuhoerer = new Zuhoerer(opts.databaseUrl);
    const close = async () => {
      await zuhoerer.schliessen();
      await k.destroy();
      // Kysely ends the pool only if it ever ran a query; end it here in any case (no idle session left).
      if (!pool.ending) await pool.end();
    };
    const poolStand = (): PoolStand => ({ gesamt: pool.totalCount, frei: pool.idleCount, wartend: pool.waitingCount, hoechstens: opts.poolSize ?? 10 });
    return { kind: 'postgres', k, script, close, pool: poolStand, hoere: (kanal, fn) => zuhoerer.hoere(kanal, fn) };
  }
  const dataDir = opts.dataDir ? path.resolve(opts.dataDir) : undefined;
  // One process per data directory: refuse before PGlite touches the files.
  const entsperren = dataDir ? sperreDatenordner(dataDir, opts.zweck ?? 'server') : () => {};
  let pglite: PGlite;
  try {
    pglite = await openPglite(dataDir, opts.loadDataDir);
  } catch (err) {
    entsperren();
    throw err;
  }
  const driver = new PGliteDriver(pglite);
  const k = new Kysely<Database>({ dialect: pgliteDialect(driver) });
  const script = async (text: string) => {
    await driver.exclusive(() => pglite.transaction(async (tx) => {
      await tx.exec(text);
    }));
  };
  return {
    kind: 'pglite',
    k,
    script,
    dumpDataDir: () => driver.exclusive(() => pglite.dumpDataDir('none')),
    hoere: async () => () => {},
    close: async () => {
      try {
        await k.destroy();
      } finally {
        entsperren();
      }
    },
  };
}

export { sql };
