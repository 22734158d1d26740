// A write that found the database's one write lock held for longer than busy_timeout (db/client.ts): in
// practice an import being applied, which writes all its rows in one transaction (docs/import.md). The
// write was not made; the user is told so and asked to try again, rather than shown a server error.

export const DATABASE_BUSY = 'Watchfloor is saving a large import right now, so nothing was saved. Try again in a minute.';

/** Whether SQLite refused for a held lock (SQLITE_BUSY and its extended codes), directly or as drizzle's cause. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
  }
  return false;
}
