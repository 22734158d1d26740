// The timeline filter as conditions on one event row `e` whose id is already known: for the queries that
// check a bounded set of events against a filter (the annotations list, what changed since a visit)
// rather than walk an index for it as the timeline's planner does (timeline-plan.ts).
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { TimelineFilter } from '@/lib/timeline/filters';
import { toReaderSearchExpression } from '@/lib/timeline/search-query';
import { annotationVisible, type Reader } from './annotation-visibility';
import { searchKey } from './search-key';

/** Bound values separated by commas, for `IN (…)`. */
export const sqlList = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The search as the timeline's planner runs it for this reader (their private words included). */
export const textOf = (filter: TimelineFilter, reader: Reader) => (filter.q ? toReaderSearchExpression(filter.q, reader?.id ?? null) : null);

/**
 * What planTimeline's sources select, checked for a single row: overlap of [date, span_end] with
 * [from, to], every facet, the text, the grade, the annotation filters. The text is read once into a set
 * by default (many rows to check); `textPerRow` seeks it per row instead, which suits a few rows and a
 * rare text (each check re-runs the expression: a prefix's merge of doclists every time). `text`
 * replaces the filter's own expression (its whole words, say). `listed` says the caller already holds
 * `e` to live events (through a partial index), so the check can stay within that index's columns.
 */
export function eventConditions(
  filter: TimelineFilter,
  initiativeIds: number[],
  reader: Reader,
  { textPerRow = false, text = textOf(filter, reader), listed = false }: { textPerRow?: boolean; text?: string | null; listed?: boolean } = {},
): SQL[] {
  const where = listed ? [sql`1`] : [sql`e.deleted_at IS NULL`];
  if (filter.types.length) where.push(sql`e.type IN (${sqlList(filter.types)})`);
  if (filter.to) where.push(sql`e.date <= ${filter.to}`);
  if (filter.from) where.push(sql`e.span_end >= ${filter.from}`);
  const facet = (table: SQL, key: SQL, values: (string | number)[]) =>
    sql`EXISTS (SELECT 1 FROM ${table} x WHERE x.event_id = e.id AND x.${key} IN (${sqlList(values)}))`;
  if (filter.countries.length) where.push(facet(sql`event_countries`, sql`country_code`, filter.countries));
  if (filter.initiatives.length) where.push(facet(sql`event_initiatives`, sql`initiative_id`, initiativeIds));
  if (filter.tags.length) where.push(facet(sql`event_tags`, sql`tag`, filter.tags));
  if (filter.minGrade) {
    const g = filter.minGrade;
    where.push(sql`EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.id AND s.reliability <= ${g.reliability} AND s.credibility <= ${g.credibility})`);
  }
  if (filter.annotated || filter.annotationTags.length) {
    const tags = filter.annotationTags.length ? sql` JOIN annotation_tags t ON t.annotation_id = o.id AND t.tag IN (${sqlList(filter.annotationTags)})` : sql``;
    where.push(
      // LIMIT 1 keeps SQLite from planning this EXISTS as a Bloom filter over every annotation.
      sql`EXISTS (SELECT 1 FROM annotations o${tags} WHERE o.event_id = e.id AND o.deleted_at IS NULL AND ${annotationVisible(reader, sql.raw('o'))} LIMIT 1)`,
    );
  }
  const key = searchKey(sql`e.date`, sql`e.id`);
  if (text && textPerRow) where.push(sql`EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ${text} AND rowid = ${key})`);
  // Read once per statement (the subquery is not correlated), then a lookup per row.
  else if (text) where.push(sql`${key} IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ${text})`);
  return where;
}
