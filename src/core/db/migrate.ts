import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { ROOT_DIR } from '../config.ts';
import type { Db } from './db.ts';

export const MIGRATIONS_DIR = path.join(ROOT_DIR, 'migrations');

const LOCK = 74201;

/**
 * Applies every `migrations/NNNN_name.sql` not yet applied, in name order, each in its own transaction.
 * The same files run on PGlite and PostgreSQL. On PostgreSQL an advisory lock keeps concurrent
 * starts (several app instances, parallel test files) from migrating at the same time.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = fs.readdirSync(dir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  const lockStmt = db.kind === 'postgres' ? `select pg_advisory_xact_lock(${LOCK});` : '';
  // Extensions live in schema public so that several Lotse schemas can share one database.
  await db.script(`${lockStmt}
    create extension if not exists pg_trgm with schema public;
    create extension if not exists unaccent with schema public;
    create extension if not exists fuzzystrmatch with schema public;
    create table if not exists schema_migration (name text primary key, angewendet_am timestamptz not null default now());`);
  for (const file of files) {
    const done = await sql<{ n: number }>`select count(*)::int as n from schema_migration where name = ${file}`.execute(db.k);
    if (done.rows[0].n > 0) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    try {
      await db.script(`${lockStmt}\n${text}\n;insert into schema_migration (name) values ('${file}') on conflict do nothing;`);
    } catch (err) {
      throw new Error(`Migration ${file} fehlgeschlagen: ${(err as Error).message}`, { cause: err });
    }
    applied.push(file);
  }
  return applied;
}
