// Who may see an annotation, as SQL: the team's annotations are everyone's, a private one its author's
// alone. Every read of annotations, and every timeline filter or count over them, asks here.
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { keptStatement } from './statements';

/** Who is reading: a signed-in user sees the team's annotations and their own; a share link (null) only the team's. */
export type Reader = { id: number } | null;

/** The reader may see annotation `a` (an alias, or the table itself). */
export function annotationVisible(reader: Reader, a: SQL = sql.raw('a')): SQL {
  return reader ? sql`(${a}.visibility = 'team' OR ${a}.author_id = ${reader.id})` : sql`${a}.visibility = 'team'`;
}

/**
 * The same rule as SQL text, for statements kept prepared whoever reads: the reader's id is bound as
 * `@reader`, and a share link's null matches no author, so it sees the team's alone.
 */
export const annotationVisibleText = (a = 'a') => `(${a}.visibility = 'team' OR ${a}.author_id = @reader)`;
export const readerParam = (reader: Reader): number | null => reader?.id ?? null;

const COUNT_BY_EVENT = `SELECT a.event_id, count(*) FROM annotations a
  WHERE a.event_id IN (SELECT value FROM json_each(@ids)) AND a.deleted_at IS NULL AND ${annotationVisibleText('a')} GROUP BY a.event_id`;

/** How many annotations the reader may see on each of the given events (sources' and replies included), in one query. */
export function countAnnotationsByEvent(eventIds: number[], reader: Reader, db: Executor = getDb()): Map<number, number> {
  if (!eventIds.length) return new Map();
  const rows = keptStatement(db, COUNT_BY_EVENT)
    .raw(true)
    .all({ ids: JSON.stringify(eventIds), reader: readerParam(reader) }) as [number, number][];
  return new Map(rows);
}
