// A worker thread's own read-only connection (the export and the read pool): WAL lets it read beside the
// server's connection and any writer.
import { openDatabase, type DB } from '@/db/client';

export function openReader(databasePath: string, { cacheKb }: { cacheKb: number }): DB {
  const db = openDatabase(databasePath, { migrate: false });
  db.$client.pragma('query_only = ON');
  // No memory-mapped pages: they would count in the server's RSS once per thread.
  db.$client.pragma('mmap_size = 0');
  db.$client.pragma(`cache_size = -${cacheKb}`);
  // Any query helper that falls back to the app's connection (getDb) gets this one, never a second.
  (globalThis as { watchfloorDb?: unknown }).watchfloorDb = db;
  return db;
}
