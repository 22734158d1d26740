// An import's new events are written with the tables' AFTER INSERT triggers set aside, and what those
// triggers keep is then brought up to date set by set, for all the new events at once. Each trigger ran
// an upsert into a month rollup and an UPDATE through a view for every country, initiative and tag row:
// about a third of a 100,000-row import (docs/import.md). The triggers are dropped and re-created inside
// the import's own transaction, so no other connection ever sees the schema without them, and a failed
// import rolls the drop back with everything else. Updates keep their triggers (they run afterwards).
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { copiesFromDerived, EVENT_TABLES, FILTER_TABLES } from './derived-tables';

// The AFTER INSERT triggers of the event tables (migrations 0008 onwards), and what each maintains below.
// Another one appearing in a migration stops the import until it is handled here (a test would fail first).
const SUSPENDED = ['events_month_counts_insert', 'event_countries_derive_insert', 'event_initiatives_derive_insert', 'event_tags_derive_insert'];

/** Sets the insert triggers aside; the returned function brings their work up to date for `createdIds` and puts them back. */
export function suspendInsertTriggers(t: Executor): (createdIds: number[]) => void {
  const triggers = t.all<{ name: string; sql: string }>(
    sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (SELECT value FROM json_each(${JSON.stringify(EVENT_TABLES)}))
      AND sql LIKE '%AFTER INSERT ON%' ORDER BY name`,
  );
  const names = triggers.map((x) => x.name);
  if (names.join() !== [...SUSPENDED].sort().join()) throw new Error(`Unexpected insert triggers: ${names.join(', ')}; see import-triggers.ts`);
  for (const { name } of triggers) t.run(sql.raw(`DROP TRIGGER "${name}"`));
  return (createdIds) => {
    const json = JSON.stringify(createdIds);
    // Each statement's `@ids` is the new events' ids, bound as one JSON array.
    const each = (text: string) => t.run(sql.join(text.split('@ids').map((part, i) => (i ? sql`${json}${sql.raw(part)}` : sql.raw(part)))));
    // The copies of the event on each filter row, as the *_derive_insert triggers would have made them
    // (writeRelations writes them already; this keeps the triggers' guarantee), then the rollups.
    for (const f of FILTER_TABLES) {
      each(copiesFromDerived(f, 'd.event_id IN (SELECT value FROM json_each(@ids))'));
      each(`INSERT INTO ${f.rollup} (${f.by}, month, type, count)
        SELECT ${f.by}, substr(date, 1, 7), type, count(*) FROM ${f.table} WHERE event_id IN (SELECT value FROM json_each(@ids)) AND listed = 1 GROUP BY 1, 2, 3
        ON CONFLICT (${f.by}, month, type) DO UPDATE SET count = count + excluded.count`);
    }
    each(`INSERT INTO event_month_counts (month, type, count)
      SELECT substr(date, 1, 7), type, count(*) FROM events WHERE id IN (SELECT value FROM json_each(@ids)) AND deleted_at IS NULL GROUP BY 1, 2
      ON CONFLICT (month, type) DO UPDATE SET count = count + excluded.count`);
    for (const trigger of triggers) t.run(sql.raw(trigger.sql));
  };
}
