// Keeps the full-text index (events_fts, migrations 0003 and 0006) in step with events, people and
// sources. Called inside the transaction of every event write, so a search never sees a half-written
// event. Rows are keyed by date and id (see search-key.ts); when an update changes the date, the
// events_search_rekey trigger has already dropped the row under the old key.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { searchKey } from './search-key';

/** Re-indexes one event from its stored rows; a deleted (or missing) event leaves the index. */
export function syncEventSearch(t: Executor, eventId: number) {
  t.run(sql`DELETE FROM events_fts WHERE rowid = (SELECT ${searchKey(sql`e.date`, sql`e.id`)} FROM events e WHERE e.id = ${eventId})`);
  t.run(sql`
    INSERT INTO events_fts (rowid, title, summary, location, people, sources)
    SELECT ${searchKey(sql`e.date`, sql`e.id`)}, e.title, e.summary, coalesce(e.location, ''),
      coalesce((SELECT group_concat(p.name, ' ') FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = e.id), ''),
      coalesce((SELECT group_concat(s.title || ' ' || coalesce(s.quote, ''), ' ') FROM sources s WHERE s.event_id = e.id), '')
    FROM events e WHERE e.id = ${eventId} AND e.deleted_at IS NULL`);
}
