// Builds the SQL that selects the events matching a timeline filter, choosing which index drives it.
// Each filter table (event_countries, event_initiatives, event_tags) carries a partial covering index
// (key, date, event_id, span_end, type) over listed rows; events has the same over date and over type;
// events_fts is keyed by (date, id) (search-key.ts). Driving from the narrowest one walks newest first
// without a sort.
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import type { Cursor } from '@/lib/timeline/cursor';
import type { TimelineFilter } from '@/lib/timeline/filters';
import { toReaderSearchExpression } from '@/lib/timeline/search-query';
import { firstKeyOf, idOfKey, lastKeyOf, searchKey } from './search-key';
import { annotationVisible, type Reader } from './annotation-visibility';
import { firstRow } from './statements';

// A probe counts at most this many rows; past it a filter is "broad" and another index should drive.
const PROBE_CAP = 20_000;
// Below this many events a facet drives a list even beside a common text (see planTimeline).
const LIST_TEXT_FACET_FLOOR = 2_000;

type FacetName = 'country' | 'initiative' | 'tag';
type Facet = { name: FacetName; table: SQL; key: SQL; values: (string | number)[] };
type Driver = { kind: 'facet'; facet: Facet } | { kind: 'events' } | { kind: 'text' } | { kind: 'annotations' };

export type SourceOptions = {
  /** Only events before this one (date, then id), as a keyset cursor. */
  cursor?: Cursor | null;
  /** Only events that start on or after this date (a window of a capped count; not the filter's `from`). */
  since?: string | null;
  /** Select only the id (and skip the join with events where the text index alone answers). */
  forCount?: boolean;
};

export type Plan = {
  driver: Driver;
  /** Selects (id, date, type) of every matching event, each once, in no particular order. */
  source: (options?: SourceOptions) => SQL;
  /** The ORDER BY (without the keywords) that lists the source newest first along its driving index. */
  newestFirst: SQL;
  /** The earliest start a matching event can have (from `from` and the longest span), or null. */
  earliest: string | null;
};

function facetsOf(filter: TimelineFilter, initiativeIds: number[]): Facet[] {
  const out: Facet[] = [];
  if (filter.countries.length) out.push({ name: 'country', table: sql`event_countries`, key: sql`country_code`, values: filter.countries });
  if (filter.initiatives.length) out.push({ name: 'initiative', table: sql`event_initiatives`, key: sql`initiative_id`, values: initiativeIds });
  if (filter.tags.length) out.push({ name: 'tag', table: sql`event_tags`, key: sql`tag`, values: filter.tags });
  return out;
}

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

function probeFacet(t: Executor, f: Facet): number {
  return firstRow<{ n: number }>(
    t,
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${f.table} WHERE ${f.key} IN (${list(f.values)}) AND listed = 1 LIMIT ${PROBE_CAP})`,
  )!.n;
}

function annotationTagJoin(filter: TimelineFilter): SQL {
  return filter.annotationTags.length ? sql` JOIN annotation_tags g ON g.annotation_id = a.id AND g.tag IN (${list(filter.annotationTags)})` : sql``;
}

/** Annotations (with the filter's tags) the reader may see on live events, counted up to PROBE_CAP. */
function probeAnnotations(t: Executor, filter: TimelineFilter, reader: Reader): number {
  return firstRow<{ n: number }>(
    t,
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM annotations a${annotationTagJoin(filter)} WHERE a.event_id IS NOT NULL AND a.deleted_at IS NULL AND ${annotationVisible(reader)} LIMIT ${PROBE_CAP})`,
  )!.n;
}

function probeText(t: Executor, expression: string): number {
  return firstRow<{ n: number }>(t, sql`SELECT count(*) AS n FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ${expression} LIMIT ${PROBE_CAP})`)!.n;
}

/**
 * The earliest start an event overlapping [from, …] can have: from minus the longest span of a live event
 * (a deleted one is never listed, so its span must not widen every search). Without it a range filter
 * would have to walk every event before `to`. Clamped to year 0000, which SQLite still reads as a date.
 */
function earliestStart(t: Executor, from: string): string {
  const maxSpan = firstRow<{ d: number | null }>(t, sql`SELECT max(span_days) AS d FROM events WHERE deleted_at IS NULL`)!.d ?? 0;
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - maxSpan);
  return d.getUTCFullYear() < 0 ? '0000-01-01' : d.toISOString().slice(0, 10);
}

/**
 * Chooses the driving index and returns the SQL builder. `initiativeIds` are the filter's slugs
 * resolved to ids (an unknown slug resolves to nothing, which matches no event). `purpose` 'text' drives
 * from the text whenever there is one, without probing (a capped count walking the text newest first).
 */
export function planTimeline(
  t: Executor,
  filter: TimelineFilter,
  initiativeIds: number[],
  purpose: 'list' | 'count' | 'text' = 'count',
  reader: Reader = null,
): Plan {
  const facets = facetsOf(filter, initiativeIds);
  const text = filter.q ? toReaderSearchExpression(filter.q, reader?.id ?? null) : null;
  const lower = filter.from ? earliestStart(t, filter.from) : null;
  const annotationFilter = filter.annotated || filter.annotationTags.length > 0;

  const sizes = new Map<Facet, number>();
  if (facets.length > 1 || (facets.length && (text || annotationFilter) && purpose !== 'text')) for (const f of facets) sizes.set(f, probeFacet(t, f));
  const narrowestFacet = [...facets].sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0) || a.values.length - b.values.length)[0];
  // Text alone always drives (its index is date-ordered now). Beside a facet, it drives unless the facet
  // is narrower: only then is the text probed, and a probe of a common prefix costs a whole doclist.
  const facetSize = narrowestFacet ? (sizes.get(narrowestFacet) ?? PROBE_CAP) : PROBE_CAP;
  const textSize = text && narrowestFacet && facetSize < PROBE_CAP && purpose !== 'text' ? probeText(t, text) : PROBE_CAP;

  // A list stops after a page: walking a common text newest first and checking a facet of at least
  // LIST_TEXT_FACET_FLOOR events per row meets a page after ~limit × total / facet rows, which beats
  // reading every text match into a set. A count has to see every row, so the narrower side drives.
  const textWalks = purpose === 'list' && textSize >= PROBE_CAP && facetSize >= LIST_TEXT_FACET_FLOOR;
  // Annotated events drive when they are fewer than any facet's (a set sorted once, at most PROBE_CAP
  // rows); otherwise each row of the driving index is checked for an annotation.
  const annotationSize = annotationFilter && !text ? probeAnnotations(t, filter, reader) : PROBE_CAP;
  let driver: Driver;
  if (text && (purpose === 'text' || !narrowestFacet || textSize <= facetSize || textWalks)) driver = { kind: 'text' };
  else if (annotationSize < PROBE_CAP && annotationSize < facetSize) driver = { kind: 'annotations' };
  else if (narrowestFacet) driver = { kind: 'facet', facet: narrowestFacet };
  else driver = { kind: 'events' };
  // A rare text is checked row by row (a seek in a short doclist); a common one, beside a narrow facet,
  // is read once into a set of keys.
  const textPerRow = textSize < PROBE_CAP;

  const source = ({ cursor = null, since = null, forCount = false }: SourceOptions = {}) => {
    const where: SQL[] = [];
    let from: SQL;
    let r: SQL; // the alias holding date, span_end and type
    let idCol: SQL;
    if (driver.kind === 'text') {
      // The matches come out of events_fts in key order; events is joined (by primary key) only when
      // a column of it is needed. events_fts holds no deleted event (event-search.ts).
      const needsEvents = !forCount || filter.types.length > 0;
      const key = sql`m.rowid`;
      idCol = needsEvents ? sql`e.id` : idOfKey(key);
      r = sql.raw('e');
      from = needsEvents ? sql`events_fts m CROSS JOIN events e ON e.id = ${idOfKey(key)}` : sql`events_fts m`;
      where.push(sql`m.events_fts MATCH ${text}`);
      if (needsEvents) where.push(sql`e.deleted_at IS NULL`);
      if (filter.to) where.push(sql`${key} <= ${lastKeyOf(filter.to)}`);
      if (filter.from) {
        // Events starting on or after `from` overlap it; only those starting earlier need their span read.
        where.push(
          sql`${key} >= ${firstKeyOf(lower!)}`,
          sql`(${key} >= ${firstKeyOf(filter.from)} OR (SELECT s.span_end FROM events s WHERE s.id = ${idOfKey(key)}) >= ${filter.from})`,
        );
      }
      if (cursor) where.push(sql`${key} < ${searchKey(cursor.date, cursor.id)}`);
      if (since) where.push(sql`${key} >= ${firstKeyOf(since)}`);
    } else {
      r = driver.kind === 'facet' ? sql.raw('f') : sql.raw('e');
      idCol = driver.kind === 'facet' ? sql`f.event_id` : sql`e.id`;
      if (driver.kind === 'annotations') {
        from = sql`annotations a${annotationTagJoin(filter)} CROSS JOIN events e ON e.id = a.event_id`;
        where.push(sql`a.deleted_at IS NULL`, annotationVisible(reader), sql`e.deleted_at IS NULL`);
      } else if (driver.kind === 'facet') {
        const f = driver.facet;
        from = sql`${f.table} f`;
        where.push(sql`f.${f.key} IN (${list(f.values)})`, sql`f.listed = 1`);
      } else {
        from = sql`events e`;
        where.push(sql`e.deleted_at IS NULL`);
      }
      if (filter.to) where.push(sql`${r}.date <= ${filter.to}`);
      if (filter.from) where.push(sql`${r}.date >= ${lower}`, sql`${r}.span_end >= ${filter.from}`);
      if (cursor) where.push(sql`(${r}.date, ${idCol}) < (${cursor.date}, ${cursor.id})`);
      if (since) where.push(sql`${r}.date >= ${since}`);
      if (text) {
        const key = searchKey(sql`${r}.date`, idCol);
        where.push(
          textPerRow
            ? sql`EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ${text} AND rowid = ${key})`
            : sql`${key} IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ${text})`,
        );
      }
    }
    if (filter.types.length) where.push(sql`${r}.type IN (${list(filter.types)})`);
    for (const f of facets) {
      if (driver.kind === 'facet' && f === driver.facet) continue;
      where.push(sql`EXISTS (SELECT 1 FROM ${f.table} x WHERE x.event_id = ${idCol} AND x.${f.key} IN (${list(f.values)}))`);
    }
    if (annotationFilter && driver.kind !== 'annotations') {
      where.push(
        // LIMIT 1: without it SQLite plans the EXISTS as a Bloom filter over every annotation (~150 ms at 200k).
        sql`EXISTS (SELECT 1 FROM annotations a${annotationTagJoin(filter)} WHERE a.event_id = ${idCol} AND a.deleted_at IS NULL AND ${annotationVisible(reader)} LIMIT 1)`,
      );
    }
    if (filter.minGrade) {
      const g = filter.minGrade;
      where.push(sql`EXISTS (SELECT 1 FROM sources s WHERE s.event_id = ${idCol} AND s.reliability <= ${g.reliability} AND s.credibility <= ${g.credibility})`);
    }
    // Several values of one filter can meet the same event more than once.
    const distinct = (driver.kind === 'facet' && driver.facet.values.length > 1) || driver.kind === 'annotations' ? sql`DISTINCT ` : sql``;
    const columns = forCount ? sql`${idCol} AS id` : sql`${idCol} AS id, ${r}.date AS date, ${r}.type AS type`;
    return sql`SELECT ${distinct}${columns} FROM ${from} WHERE ${sql.join(where, sql` AND `)}`;
  };
  const newestFirst = driver.kind === 'text' ? sql`m.rowid DESC` : sql`date DESC, id DESC`;
  return { driver, source, newestFirst, earliest: lower };
}
