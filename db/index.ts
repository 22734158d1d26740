// The app's one database connection, opened (and migrated) on first use.
import 'server-only';
import { env } from '@/lib/env';
import { openDatabase, type DB } from './client';

const globalForDb = globalThis as unknown as { watchfloorDb?: DB };

export function getDb(): DB {
  // Kept on globalThis so that dev-mode hot reloads reuse the connection instead of leaking one per edit.
  globalForDb.watchfloorDb ??= openDatabase(env().DATABASE_PATH);
  return globalForDb.watchfloorDb;
}

export type { DB, Executor, Tx } from './client';
