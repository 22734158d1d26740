// Keeps the full-text index (events_fts, migrations 0003, 0006 and 0009) in step with events, people,
// sources and annotations. The document is not built here: the events_search_documents view (migrations 0008, 0009) is its
// one definition, and this module and the bulk loader only copy it into the index. Called inside the
// transaction of every event write, so a search never sees a half-written event. Rows are keyed by date
// and id (see search-key.ts); when an update changes the date, the events_search_rekey trigger has
// already dropped the row under the old key.
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { searchKey } from './search-key';
import { fixedQuery } from './statements';

/** The documents the view holds for the events `where` selects, inserted into events_fts. */
function insertDocuments(where: SQL): SQL {
  return sql`INSERT INTO events_fts (rowid, title, summary, location, people, sources, notes, private)
    SELECT key, title, summary, location, people, sources, notes, private FROM events_search_documents ${where}`;
}

const eventId = sql.placeholder('eventId');
const removeDocument = fixedQuery(
  sql`DELETE FROM events_fts WHERE rowid = (SELECT ${searchKey(sql`e.date`, sql`e.id`)} FROM events e WHERE e.id = ${eventId})`,
);
const addDocument = fixedQuery(insertDocuments(sql`WHERE event_id = ${eventId}`));

/** Re-indexes one event from its stored rows; a deleted (or missing) event leaves the index. */
export function syncEventSearch(t: Executor, id: number) {
  removeDocument.run(t, { eventId: id });
  addDocument.run(t, { eventId: id });
}

// Constants written into the SQL: FTS5 refuses a bound value here (better-sqlite3 binds numbers as REAL).
const BULK_HASH_SIZE = 64 * 1024 * 1024;
const DEFAULT_HASH_SIZE = 1024 * 1024;
const eventIds = sql`(SELECT value FROM json_each(${sql.placeholder('ids')}))`;
const removeDocuments = fixedQuery(
  sql`DELETE FROM events_fts WHERE rowid IN (SELECT ${searchKey(sql`e.date`, sql`e.id`)} FROM events e WHERE e.id IN ${eventIds})`,
);
const addDocuments = fixedQuery(insertDocuments(sql`WHERE event_id IN ${eventIds} ORDER BY key`));

/**
 * Re-indexes many events at once, for a write of many (an import) that deferred its index updates.
 * Deferring is what makes such a write fast: FTS5 flushes its pending terms into a new segment before
 * every statement of a transaction that follows a write to the index, so indexing event by event
 * between the other inserts writes one tiny segment per event (and merges them), several times the
 * cost of the inserts themselves.
 */
export function syncEventsSearch(t: Executor, ids: number[]) {
  if (!ids.length) return;
  const values = { ids: JSON.stringify(ids) };
  removeDocuments.run(t, values);
  // A larger in-memory segment while the documents go in: fewer, larger segments to write and merge.
  t.run(sql`INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', ${sql.raw(String(BULK_HASH_SIZE))})`);
  addDocuments.run(t, values);
  t.run(sql`INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', ${sql.raw(String(DEFAULT_HASH_SIZE))})`);
}

/**
 * Indexes every live event into an empty events_fts, in key order: FTS5 flushes its pending segment
 * whenever a rowid is lower than the one before, so one ascending run is the fastest way in.
 */
export function fillSearchIndex(t: Executor) {
  t.run(insertDocuments(sql`ORDER BY key`));
}
