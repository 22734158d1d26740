// The rowid of an event in events_fts: its start day (days since 1970) × 2^32 + its id, so FTS5 yields
// matches newest first (date, then id, as the timeline sorts) and a date range or keyset cursor is a
// rowid range. Migration 0006 writes the same expression into its rebuild and triggers. No
// `server-only` here: the synthetic bulk load (a script) uses it too.
import { sql, type SQL } from 'drizzle-orm';

/** The key as SQL text over a date column (or `?`) and an id column (or `?`). */
export function searchKeyText(date: string, id: string): string {
  return `((unixepoch(${date}) / 86400) * 4294967296 + ${id})`;
}

/** The key of a date and id, both bound as parameters or given as column SQL. */
export function searchKey(date: SQL | string, id: SQL | number): SQL {
  return sql`((unixepoch(${date}) / 86400) * 4294967296 + ${id})`;
}

/** The lowest key of a day: every event that starts on or after `date` has a key at least this. */
export function firstKeyOf(date: SQL | string): SQL {
  return sql`((unixepoch(${date}) / 86400) * 4294967296)`;
}

/** The highest key of a day: every event that starts on or before `date` has a key at most this. */
export function lastKeyOf(date: SQL | string): SQL {
  return sql`((unixepoch(${date}) / 86400) * 4294967296 + 4294967295)`;
}

/** The event id inside a key. */
export function idOfKey(key: SQL): SQL {
  return sql`(${key} & 4294967295)`;
}
