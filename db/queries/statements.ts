// Runs drizzle-built SQL through prepared statements kept per connection and keyed by the SQL text.
// The timeline builds the same few statement shapes over and over with different parameters; letting
// drizzle prepare each one anew cost more than the queries themselves. Parameters are always bound.
import 'server-only';
import type Database from 'better-sqlite3';
import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Executor } from '@/db';

const dialect = new SQLiteSyncDialect();
// Shapes differ by which filters are set and how many values each has; this bounds the cache anyway.
const MAX_STATEMENTS = 256;
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function clientOf(db: Executor): Database.Database | null {
  if ('$client' in db) return db.$client as Database.Database;
  // A drizzle transaction runs on the same connection but keeps it in its session, not in $client.
  const session = (db as unknown as { session?: { client?: Database.Database } }).session;
  return session?.client ?? null;
}

function statement(client: Database.Database, text: string): Database.Statement {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) {
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(text, (stmt = client.prepare(text)));
  }
  return stmt;
}

/** Every row of a query, through a kept prepared statement when the executor is the connection. */
export function allRows<T>(db: Executor, query: SQL): T[] {
  const client = clientOf(db);
  if (!client) return db.all<T>(query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  return statement(client, text).all(...params) as T[];
}

/** The first row of a query, or undefined. */
export function firstRow<T>(db: Executor, query: SQL): T | undefined {
  const client = clientOf(db);
  if (!client) return db.get<T>(query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  return statement(client, text).get(...params) as T | undefined;
}

/** A kept statement for SQL text built once from drizzle (e.g. a query builder's toSQL()), for hot paths. */
export function keptStatement(db: Executor, text: string): Database.Statement {
  const client = clientOf(db);
  if (!client) throw new Error('No SQLite connection behind this executor');
  return statement(client, text);
}

/**
 * A query of fixed shape, turned into SQL text once; its values are `sql.placeholder`s bound on each run
 * through the connection's kept statement. For hot paths that run one statement per row written.
 */
export function fixedQuery(query: SQL) {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const bound = (values: Record<string, unknown>) => fillPlaceholders(params, values);
  return {
    run: (db: Executor, values: Record<string, unknown> = {}) => keptStatement(db, text).run(...bound(values)),
    all: <T>(db: Executor, values: Record<string, unknown> = {}) => keptStatement(db, text).all(...bound(values)) as T[],
  };
}

/**
 * Statements a hot path builds once per connection: drizzle queries with `sql.placeholder` values and
 * `.prepare()`, so each run binds and steps a statement SQLite has already compiled. Placeholder values
 * skip drizzle's column encoders (JSON, booleans): the caller passes what SQLite stores.
 */
export function preparedPerConnection<T>(build: (db: Executor) => T): (db: Executor) => T {
  const built = new WeakMap<Database.Database, T>();
  return (db) => {
    const client = clientOf(db);
    if (!client) return build(db);
    let value = built.get(client);
    if (value === undefined) built.set(client, (value = build(db)));
    return value;
  };
}

/** Drops the kept statements of a connection (tests that inspect what gets prepared start clean). */
export function forgetStatements(db: Executor) {
  const client = clientOf(db);
  if (client) caches.delete(client);
}
