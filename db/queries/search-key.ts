// The rowid of an event in events_fts: its start day (days since 1970) × 2^32 + its id, so FTS5 yields
// matches newest first (date, then id, as the timeline sorts) and a date range or keyset cursor is a
// rowid range. This is its definition for every query. The database cannot call TypeScript, so the
// same expression is written out where SQLite computes it alone: the events_search_documents view
// (migration 0008) and the rekey and delete triggers (0006); tests/integration/derived-data.test.ts
// checks that the index holds exactly these keys through every kind of write.
import { sql, type SQL } from 'drizzle-orm';

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
