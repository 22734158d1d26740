// The tags in use, for the timeline's tag picker.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';

/**
 * Distinct tags of listed events, alphabetically. Each step seeks the next tag in the tag index, so the
 * cost grows with the number of distinct tags, not with the millions of tagged events.
 */
export function listTags({ limit = 500 }: { limit?: number } = {}): string[] {
  return getDb()
    .all<{ tag: string }>(
      sql`WITH RECURSIVE next(tag) AS (
            SELECT min(tag) FROM event_tags WHERE listed = 1
            UNION ALL
            SELECT (SELECT min(tag) FROM event_tags WHERE listed = 1 AND tag > next.tag) FROM next WHERE next.tag IS NOT NULL
          )
          SELECT tag FROM next WHERE tag IS NOT NULL LIMIT ${limit}`,
    )
    .map((r) => r.tag);
}
