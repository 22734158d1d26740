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

/** The documents the view holds for the events `where` selects, inserted into events_fts. */
function insertDocuments(where: SQL): SQL {
  return sql`INSERT INTO events_fts (rowid, title, summary, location, people, sources, notes, private)
    SELECT key, title, summary, location, people, sources, notes, private FROM events_search_documents ${where}`;
}

/** Re-indexes one event from its stored rows; a deleted (or missing) event leaves the index. */
export function syncEventSearch(t: Executor, eventId: number) {
  t.run(sql`DELETE FROM events_fts WHERE rowid = (SELECT ${searchKey(sql`e.date`, sql`e.id`)} FROM events e WHERE e.id = ${eventId})`);
  t.run(insertDocuments(sql`WHERE event_id = ${eventId}`));
}

/**
 * Indexes every live event into an empty events_fts, in key order: FTS5 flushes its pending segment
 * whenever a rowid is lower than the one before, so one ascending run is the fastest way in.
 */
export function fillSearchIndex(t: Executor) {
  t.run(insertDocuments(sql`ORDER BY key`));
}
