// Who may see an annotation, as SQL: the team's annotations are everyone's, a private one its author's
// alone. Every read of annotations, and every timeline filter or count over them, asks here.
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { allRows } from './statements';

/** Who is reading: a signed-in user sees the team's annotations and their own; a share link (null) only the team's. */
export type Reader = { id: number } | null;

/** The reader may see annotation `a` (an alias, or the table itself). */
export function annotationVisible(reader: Reader, a: SQL = sql.raw('a')): SQL {
  return reader ? sql`(${a}.visibility = 'team' OR ${a}.author_id = ${reader.id})` : sql`${a}.visibility = 'team'`;
}

/** How many annotations the reader may see on each of the given events (sources' and replies included), in one query. */
export function countAnnotationsByEvent(eventIds: number[], reader: Reader, db: Executor = getDb()): Map<number, number> {
  if (!eventIds.length) return new Map();
  const rows = allRows<{ id: number; n: number }>(
    db,
    sql`SELECT a.event_id AS id, count(*) AS n FROM annotations a WHERE a.event_id IN (SELECT value FROM json_each(${JSON.stringify(eventIds)})) AND a.deleted_at IS NULL AND ${annotationVisible(reader)} GROUP BY a.event_id`,
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}
