// Opens a Watchfloor database file: pragmas, pending migrations, and one-line errors for bad paths.
// Framework-free so that scripts and tests open databases exactly as the app does.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/** A failure to open the database, with a one-line message that names the path. */
export class DatabaseOpenError extends Error {}

/** How long a write waits for a held write lock (see openDatabase). */
const BUSY_TIMEOUT_MS = 250;

export function openDatabase(file: string, options: { migrate?: boolean } = {}): DB {
  const resolved = file === ':memory:' ? file : path.resolve(file);
  let sqlite: Database.Database;
  try {
    if (resolved !== ':memory:') createPrivately(resolved);
    sqlite = new Database(resolved);
    // WAL lets readers run while one writer commits. synchronous=NORMAL in WAL mode never corrupts the
    // database; a power cut can lose the last transactions committed before it (see README, "Durability").
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    // How long a write waits for another connection's write lock. better-sqlite3 waits inside the call, so
    // in the server that wait stalls every request: kept short. The other writers are an import being
    // applied (seconds; the write is refused in words, lib/database-busy.ts) and scripts (milliseconds).
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('temp_store = MEMORY');
    sqlite.pragma('cache_size = -65536'); // 64 MiB page cache per connection
    sqlite.pragma('mmap_size = 268435456');
  } catch (error) {
    throw new DatabaseOpenError(`Cannot open database at ${resolved}: ${describe(error)}`);
  }
  if (resolved !== ':memory:') keepPrivate(resolved);
  const db = drizzle(sqlite, { schema }) as DB;
  if (options.migrate !== false) {
    try {
      migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } catch (error) {
      sqlite.close();
      throw new DatabaseOpenError(`Cannot migrate database at ${resolved}: ${describe(error)}`);
    }
  }
  return db;
}

/**
 * Opens an existing database file for reading only: no pragmas, no migrations, nothing created. For
 * checking a file that must not change under the check: a backup, or a database a crash left behind.
 */
export function openReadOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

// The database holds password hashes and the audit log: only its owner may read it. A folder made for it
// is 0700 and the file 0600 from the start; SQLite gives the -wal and -shm files the database file's mode.
const PRIVATE_FILE = 0o600;

function createPrivately(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE));
}

/** A database made before this rule, or copied in with a looser mode, is tightened when opened. */
function keepPrivate(file: string) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (fs.statSync(f).mode & 0o077) fs.chmodSync(f, PRIVATE_FILE);
    } catch {
      // not there (no -wal yet), or not ours to change: SQLite has already opened it, so it is readable to us
    }
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') return 'the file is not a SQLite database';
  if (code === 'EACCES' || code === 'EROFS' || code === 'SQLITE_READONLY') return 'the location is not writable';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a parent of the path is a file, not a folder';
  if (code === 'SQLITE_CANTOPEN') return 'the file cannot be opened for writing';
  // Drizzle wraps SQLite's error in one whose message is the whole failed query; the cause says what went wrong.
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) return cause.message.split('\n')[0]!;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** A transaction handed to `db.transaction(tx => ...)`. */
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];
/** Anything queries can run on: the connection itself or an open transaction. */
export type Executor = DB | Tx;
