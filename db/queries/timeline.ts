// The timeline: filtered, keyset-paginated event lists, their total, and the chart's buckets.
import 'server-only';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { countries, eventCountries, eventInitiatives, events, eventTags, initiatives, sources, type Event } from '@/db/schema';
import type { Granularity } from '@/lib/timeline/buckets';
import { encodeCursor, type Cursor } from '@/lib/timeline/cursor';
import { EMPTY_FILTER, type Page, type TimelineFilter } from '@/lib/timeline/filters';
import type { EventType } from '@/lib/vocabulary';
import { firstKeyOf, lastKeyOf, searchKey } from './search-key';
import { sqlList, textOf } from './event-conditions';
import { allRows, firstRow, keptStatement } from './statements';
import { countAnnotationsByEvent, type Reader } from './annotation-visibility';
import { planTimeline, type Plan } from './timeline-plan';

export type TimelineItem = Pick<Event, 'id' | 'title' | 'summary' | 'type' | 'date' | 'datePrecision' | 'endDate' | 'location'> & {
  countries: { code: string; name: string; role: string }[];
  initiatives: { slug: string; name: string }[];
  tags: string[];
  sources: { url: string; publisher: string; title: string; reliability: string; credibility: number }[];
  sourceCount: number;
  /** The best-graded source: lowest reliability letter, then lowest credibility digit ("A5" beats "B1"). */
  bestGrade: string | null;
  /** The annotations on the event (its sources' and replies included) that the reader may see. */
  annotationCount: number;
};

export type TimelinePage = { items: TimelineItem[]; nextCursor: string | null };

/** The ids of the initiatives with these slugs (unknown slugs have none). */
export function resolveInitiativeIds(t: Executor, slugs: string[]): number[] {
  if (!slugs.length) return [];
  return allRows<{ id: number }>(t, sql`SELECT id FROM initiatives WHERE slug IN (${sqlList(slugs)})`).map((r) => r.id);
}

/**
 * Events matching the filter, newest first (date, then id), one page after the cursor. The reader decides
 * which annotations count for the annotation filters and the annotation counts (null: the team's only).
 */
export function listEvents(filter: TimelineFilter, page: Page, reader: Reader = null, db: Executor = getDb()): TimelinePage {
  const { ids, next } = listEventIdPage(filter, page, reader, db);
  return { items: attachDetails(db, ids, reader), nextCursor: next ? encodeCursor(next) : null };
}

/** One page of matching ids, newest first, and the cursor of the next page (null on the last): no details read. */
export function listEventIdPage(filter: TimelineFilter, page: Page, reader: Reader = null, db: Executor = getDb()): { ids: number[]; next: Cursor | null } {
  const rows = matchingRows(db, filter, { ...page, limit: page.limit + 1 }, reader);
  const more = rows.length > page.limit;
  const last = rows[page.limit - 1];
  return { ids: rows.slice(0, page.limit).map((r) => r.id), next: more && last ? { date: last.date, id: last.id } : null };
}

/** The ids alone of at most `page.limit` matching events, newest first, after the cursor: no details read. */
export function listEventIds(filter: TimelineFilter, page: Page, reader: Reader = null, db: Executor = getDb()): number[] {
  return matchingRows(db, filter, page, reader).map((r) => r.id);
}

function matchingRows(db: Executor, filter: TimelineFilter, page: Page, reader: Reader): { id: number; date: string }[] {
  const ids = resolveInitiativeIds(db, filter.initiatives);
  if (filter.initiatives.length && !ids.length) return [];
  const plan = planTimeline(db, filter, ids, 'list', reader);
  return allRows<{ id: number; date: string }>(db, sql`${plan.source({ cursor: page.cursor })} ORDER BY ${plan.newestFirst} LIMIT ${page.limit}`);
}

/**
 * Which per-month rollup can answer the filter: the all-events one when it filters by type at most, or
 * one facet's when it is one country, one initiative or one tag (and types). Several values of a facet
 * could count an event twice, and other filters are not in any rollup.
 */
type Rollup = { table: SQL; where: SQL[] };

function rollupFor(f: TimelineFilter, initiativeIds: () => number[]): Rollup | null {
  if (f.from || f.to || f.q || f.minGrade || f.annotated || f.annotationTags.length) return null;
  const facets = [f.countries, f.initiatives, f.tags].filter((v) => v.length).length;
  const types = f.types.length
    ? [
        sql`type IN (${sql.join(
          f.types.map((t) => sql`${t}`),
          sql`, `,
        )})`,
      ]
    : [];
  if (!facets) return { table: sql`event_month_counts`, where: types };
  if (facets > 1) return null;
  if (f.countries.length === 1) return { table: sql`event_country_month_counts`, where: [sql`country_code = ${f.countries[0]}`, ...types] };
  if (f.tags.length === 1) return { table: sql`event_tag_month_counts`, where: [sql`tag = ${f.tags[0]}`, ...types] };
  if (f.initiatives.length === 1) {
    const [id] = initiativeIds();
    // An unknown slug matches nothing; -1 is no initiative's id.
    return { table: sql`event_initiative_month_counts`, where: [sql`initiative_id = ${id ?? -1}`, ...types] };
  }
  return null;
}

const whereAll = (where: SQL[]) => (where.length ? sql` WHERE ${sql.join(where, sql` AND `)}` : sql``);

/** How many events match the filter (deleted ones never count). */
export function countEvents(filter: TimelineFilter = EMPTY_FILTER, reader: Reader = null, db: Executor = getDb()): number {
  const rollup = rollupFor(filter, () => resolveInitiativeIds(db, filter.initiatives));
  if (rollup) return firstRow<{ n: number }>(db, sql`SELECT coalesce(sum(count), 0) AS n FROM ${rollup.table}${whereAll(rollup.where)}`)!.n;
  const ids = resolveInitiativeIds(db, filter.initiatives);
  if (filter.initiatives.length && !ids.length) return 0;
  const plan = planTimeline(db, filter, ids, 'count', reader);
  return firstRow<{ n: number }>(db, sql`SELECT count(*) AS n FROM (${plan.source({ forCount: true })})`)!.n;
}

export type CappedCount = { count: number; capped: boolean };

// A window of a capped count first covers about this many times cap events of the other filters.
const FIRST_WINDOW = 2;
// Below a window, the text drives (each match checked by primary key) once it is this many times sparser
// than the other filters: a checked match costs about that many times a window row.
const TEXT_SPARSER = 4;

/**
 * How many events match the filter, exactly while at most `cap` do: `{ count, capped: false }`, or
 * `{ count: cap, capped: true }` when more than `cap` match (deleted events never count). Unlike
 * countEvents it stops once cap + 1 matches are seen, so it stays fast for a common word beside another
 * filter (docs/performance.md). A filter a rollup answers is counted exactly and then capped.
 */
export function countEventsUpTo(filter: TimelineFilter, cap: number, reader: Reader = null, db: Executor = getDb()): CappedCount {
  if (!Number.isSafeInteger(cap) || cap < 0) throw new RangeError(`cap must be a whole number ≥ 0, not ${cap}`);
  const upTo = (n: number): CappedCount => (n > cap ? { count: cap, capped: true } : { count: n, capped: false });
  const rollup = rollupFor(filter, () => resolveInitiativeIds(db, filter.initiatives));
  if (rollup) return upTo(firstRow<{ n: number }>(db, sql`SELECT coalesce(sum(count), 0) AS n FROM ${rollup.table}${whereAll(rollup.where)}`)!.n);
  const ids = resolveInitiativeIds(db, filter.initiatives);
  if (filter.initiatives.length && !ids.length) return upTo(0);
  const text = textOf(filter, reader);
  const others =
    filter.types.length ||
    filter.countries.length ||
    filter.initiatives.length ||
    filter.tags.length ||
    filter.minGrade ||
    filter.annotated ||
    filter.annotationTags.length;
  if (text && others) return upTo(countTextBeside(db, filter, text, ids, cap + 1, reader));
  // One index answers (text alone walks its doclist, a facet or the date/type index its range): stop at cap + 1.
  const plan = planTimeline(db, filter, ids, 'count', reader);
  return upTo(firstRow<{ n: number }>(db, sql`SELECT count(*) AS n FROM (${plan.source({ forCount: true })} LIMIT ${cap + 1})`)!.n);
}

const FACET_ROLLUPS = {
  country: { table: sql`event_country_month_counts`, key: sql`country_code` },
  initiative: { table: sql`event_initiative_month_counts`, key: sql`initiative_id` },
  tag: { table: sql`event_tag_month_counts`, key: sql`tag` },
};

/**
 * The events per month (newest first) of the index that drives `plan`, with the filter's types and range,
 * from the rollups: an estimate (other filters are left out, several values may count an event twice)
 * that only sizes the windows of countTextBeside.
 */
function driverMonths(db: Executor, plan: Plan, filter: TimelineFilter): { month: string; n: number }[] {
  const where: SQL[] = [sql`count > 0`];
  let table = sql`event_month_counts`;
  if (plan.driver.kind === 'facet') {
    const { facet } = plan.driver;
    const rollup = FACET_ROLLUPS[facet.name];
    table = rollup.table;
    where.push(
      sql`${rollup.key} IN (${sql.join(
        facet.values.map((v) => sql`${v}`),
        sql`, `,
      )})`,
    );
  }
  if (filter.types.length)
    where.push(
      sql`type IN (${sql.join(
        filter.types.map((t) => sql`${t}`),
        sql`, `,
      )})`,
    );
  if (filter.to) where.push(sql`month <= ${filter.to.slice(0, 7)}`);
  if (plan.earliest) where.push(sql`month >= ${plan.earliest.slice(0, 7)}`);
  return allRows(db, sql`SELECT month, sum(count) AS n FROM ${table}${whereAll(where)} GROUP BY month ORDER BY month DESC`);
}

/**
 * Counts text matches beside other filters, up to `limit`, newest first in windows of start dates. Each
 * window reads the keys of the events the other filters match in it (their own index, newest months
 * first) and walks the text's matches in the same key range, checking each against that set: one pass
 * over the text's doclist per window, no lookup per match. The first window covers about
 * FIRST_WINDOW × limit events by the rollups; the next is sized by the hit rate seen. When the text turns
 * out much sparser than the other filters, the rest is counted by walking the text and checking each match.
 */
function countTextBeside(db: Executor, filter: TimelineFilter, text: string, ids: number[], limit: number, reader: Reader): number {
  const others = planTimeline(db, { ...filter, q: null }, ids, 'count', reader);
  const months = driverMonths(db, others, filter);
  // after[i]: the estimate of the months from i on, so that a window stops short of the end only when
  // what is left is worth a pass of its own.
  const after = months.map((m) => m.n);
  for (let i = after.length - 2; i >= 0; i--) after[i]! += after[i + 1]!;
  let hits = 0;
  let target = FIRST_WINDOW * limit;
  let hi: string | null = null; // windows so far covered start dates from hi (exclusive) upwards
  let next = 0;
  for (;;) {
    let estimate = 0;
    while (next < months.length && estimate < target) estimate += months[next++]!.n;
    // A rest no larger than this window joins it (a pass re-reads the text's doclist). The last window is
    // open below, so nothing a rollup missed can be left out.
    if (next < months.length && after[next]! <= target) next = months.length;
    const lo = next < months.length ? `${months[next - 1]!.month}-01` : null;
    const keys = others.source({ cursor: hi ? { date: hi, id: 0 } : null, since: lo });
    const set = sql`WITH w(k) AS MATERIALIZED (SELECT ${searchKey(sql`s.date`, sql`s.id`)} FROM (${keys}) s)`;
    const where: SQL[] = [sql`m.events_fts MATCH ${text}`];
    if (lo) where.push(sql`m.rowid >= ${firstKeyOf(lo)}`);
    if (hi) where.push(sql`m.rowid < ${firstKeyOf(hi)}`);
    if (filter.to) where.push(sql`m.rowid <= ${lastKeyOf(filter.to)}`);
    if (others.earliest) where.push(sql`m.rowid >= ${firstKeyOf(others.earliest)}`);
    // `+m.rowid`: the set is probed per match (through a Bloom filter), never used to seek the text index.
    const inSet = sql`+m.rowid IN (SELECT k FROM w)`;
    if (!lo) {
      // The last window: only the hits matter, and the walk stops at the limit.
      const rest = sql`${set} SELECT count(*) AS n FROM (SELECT 1 FROM events_fts m WHERE ${sql.join([...where, inSet], sql` AND `)} LIMIT ${limit - hits})`;
      return hits + firstRow<{ n: number }>(db, rest)!.n;
    }
    const row = firstRow<{ size: number; walked: number; hits: number }>(
      db,
      sql`${set} SELECT (SELECT count(*) FROM w) AS size, count(*) AS walked, count(*) FILTER (WHERE ${inSet}) AS hits FROM events_fts m WHERE ${sql.join(where, sql` AND `)}`,
    )!;
    hits += row.hits;
    if (hits >= limit) return hits;
    if (row.walked * TEXT_SPARSER < row.size) {
      const walk = planTimeline(db, filter, ids, 'text', reader);
      const rest = walk.source({ forCount: true, cursor: { date: lo, id: 0 } });
      return hits + firstRow<{ n: number }>(db, sql`SELECT count(*) AS n FROM (${rest} LIMIT ${limit - hits})`)!.n;
    }
    target = Math.ceil(((limit - hits) * estimate * 1.25) / Math.max(row.hits, 0.5));
    hi = lo;
  }
}

export type Bucket = { bucket: string; type: EventType; count: number };

/** The chart period (year, quarter or month) of an ISO date column. */
export function bucketExpression(column: SQL, granularity: Granularity): SQL {
  if (granularity === 'year') return sql`substr(${column}, 1, 4)`;
  if (granularity === 'month') return sql`substr(${column}, 1, 7)`;
  return sql`substr(${column}, 1, 4) || '-Q' || ((cast(substr(${column}, 6, 2) AS integer) + 2) / 3)`;
}

/** Matching events per period of their start date and type, oldest period first, for the chart. */
export function eventBuckets(filter: TimelineFilter, granularity: Granularity, reader: Reader = null, db: Executor = getDb()): Bucket[] {
  const rollup = rollupFor(filter, () => resolveInitiativeIds(db, filter.initiatives));
  if (rollup) {
    const bucket = bucketExpression(sql.raw('month'), granularity);
    return allRows<Bucket>(
      db,
      sql`SELECT ${bucket} AS bucket, type, sum(count) AS count FROM ${rollup.table}${whereAll([...rollup.where, sql`count > 0`])} GROUP BY 1, 2 ORDER BY 1, 2`,
    );
  }
  const ids = resolveInitiativeIds(db, filter.initiatives);
  if (filter.initiatives.length && !ids.length) return [];
  const plan = planTimeline(db, filter, ids, 'count', reader);
  const bucket = bucketExpression(sql.raw('m.date'), granularity);
  return allRows<Bucket>(db, sql`SELECT ${bucket} AS bucket, m.type AS type, count(*) AS count FROM (${plan.source()}) m GROUP BY 1, 2 ORDER BY 1, 2`);
}

export type ChartBuckets = {
  buckets: Bucket[];
  /** False when the counts are totals per period, not split by type (type is then always 'other'). */
  byType: boolean;
  /** True when too many events match to chart them at all within the budget. */
  capped: boolean;
};

/**
 * The chart's buckets within a budget, because a chart over a broad search would otherwise read every
 * matching event (seconds at a million, with the synchronous database holding every other request):
 * exact and by type from the rollups when they answer; by type from the matching rows when at most `cap`
 * match; for a broader text search with no other filter, totals per period read from the search index's
 * date keys alone; otherwise nothing, and the page says to narrow the filters.
 */
export function chartBuckets(
  filter: TimelineFilter,
  granularity: Granularity,
  cap: number,
  reader: Reader = null,
  db: Executor = getDb(),
  /** countEventsUpTo(filter, cap, reader) when the caller has it already: the page counts once, not twice. */
  counted?: CappedCount,
): ChartBuckets {
  if (rollupFor(filter, () => resolveInitiativeIds(db, filter.initiatives)) || !(counted ?? countEventsUpTo(filter, cap, reader, db)).capped) {
    return { buckets: eventBuckets(filter, granularity, reader, db), byType: true, capped: false };
  }
  const text = textOf(filter, reader);
  const textOnly =
    !filter.countries.length &&
    !filter.initiatives.length &&
    !filter.tags.length &&
    !filter.types.length &&
    !filter.from &&
    !filter.to &&
    !filter.minGrade &&
    !filter.annotated &&
    !filter.annotationTags.length;
  if (!text || !textOnly) return { buckets: [], byType: false, capped: true };
  const bucket = bucketExpression(sql`date((rowid >> 32) * 86400, 'unixepoch')`, granularity);
  const buckets = allRows<{ bucket: string; count: number }>(
    db,
    sql`SELECT ${bucket} AS bucket, count(*) AS count FROM events_fts WHERE events_fts MATCH ${text} GROUP BY 1 ORDER BY 1`,
  ).map((b) => ({ ...b, type: 'other' as const }));
  return { buckets, byType: false, capped: false };
}

function grade(s: { reliability: string; credibility: number }) {
  return `${s.reliability}${s.credibility}`;
}

// The ids travel as one JSON parameter, so each statement is built (by drizzle, once) and prepared once per
// connection instead of once per page; rows come back as arrays and are assembled here without a mapping
// layer (drizzle's row mapping cost more than the queries themselves).
const idList = sql`(SELECT value FROM json_each(${sql.placeholder('ids')}))`;

type Row = unknown[];

function detailStatements(db: Executor) {
  const text = (q: { toSQL(): { sql: string } }) => q.toSQL().sql;
  return {
    base: text(
      db
        .select({
          id: events.id,
          title: events.title,
          summary: events.summary,
          type: events.type,
          date: events.date,
          datePrecision: events.datePrecision,
          endDate: events.endDate,
          location: events.location,
        })
        .from(events)
        .where(and(inArray(events.id, idList), isNull(events.deletedAt))),
    ),
    countries: text(
      db
        .select({ eventId: eventCountries.eventId, code: countries.code, name: countries.name, role: eventCountries.role })
        .from(eventCountries)
        .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
        .where(inArray(eventCountries.eventId, idList))
        .orderBy(asc(countries.name), asc(eventCountries.role)),
    ),
    initiatives: text(
      db
        .select({ eventId: eventInitiatives.eventId, slug: initiatives.slug, name: initiatives.name })
        .from(eventInitiatives)
        .innerJoin(initiatives, eq(initiatives.id, eventInitiatives.initiativeId))
        .where(inArray(eventInitiatives.eventId, idList))
        .orderBy(asc(initiatives.name)),
    ),
    tags: text(
      db.select({ eventId: eventTags.eventId, tag: eventTags.tag }).from(eventTags).where(inArray(eventTags.eventId, idList)).orderBy(asc(eventTags.tag)),
    ),
    sources: text(
      db
        .select({
          eventId: sources.eventId,
          url: sources.url,
          publisher: sources.publisher,
          title: sources.title,
          reliability: sources.reliability,
          credibility: sources.credibility,
        })
        .from(sources)
        .where(inArray(sources.eventId, idList))
        .orderBy(asc(sources.reliability), asc(sources.credibility), asc(sources.id)),
    ),
  };
}

let detailSql: ReturnType<typeof detailStatements> | null = null;

function rowsOf(db: Executor, text: string, ids: string): Row[] {
  return keptStatement(db, text).raw(true).all(ids) as Row[];
}

function groupById<T>(rows: Row[], make: (r: Row) => T): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const id = r[0] as number;
    const list = map.get(id);
    if (list) list.push(make(r));
    else map.set(id, [make(r)]);
  }
  return map;
}

/** The list shape of the given events, in the order given; annotation counts as the reader sees them. */
export function attachDetails(db: Executor, ids: number[], reader: Reader = null): TimelineItem[] {
  if (!ids.length) return [];
  detailSql ??= detailStatements(db);
  const json = JSON.stringify(ids);
  const byId = new Map<number, Row>();
  for (const r of rowsOf(db, detailSql.base, json)) byId.set(r[0] as number, r);
  const byCountry = groupById(rowsOf(db, detailSql.countries, json), (r) => ({ code: r[1] as string, name: r[2] as string, role: r[3] as string }));
  const byInitiative = groupById(rowsOf(db, detailSql.initiatives, json), (r) => ({ slug: r[1] as string, name: r[2] as string }));
  const byTag = groupById(rowsOf(db, detailSql.tags, json), (r) => r[1] as string);
  const bySource = groupById(rowsOf(db, detailSql.sources, json), (r) => ({
    url: r[1] as string,
    publisher: r[2] as string,
    title: r[3] as string,
    reliability: r[4] as string,
    credibility: r[5] as number,
  }));
  const counts = countAnnotationsByEvent(ids, reader, db);
  const items: TimelineItem[] = [];
  for (const id of ids) {
    const e = byId.get(id);
    if (!e) continue;
    const eventSources = bySource.get(id) ?? [];
    items.push({
      id,
      title: e[1] as string,
      summary: e[2] as string,
      type: e[3] as Event['type'],
      date: e[4] as string,
      datePrecision: e[5] as Event['datePrecision'],
      endDate: e[6] as string | null,
      location: e[7] as string | null,
      countries: byCountry.get(id) ?? [],
      initiatives: byInitiative.get(id) ?? [],
      tags: byTag.get(id) ?? [],
      sources: eventSources,
      sourceCount: eventSources.length,
      bestGrade: eventSources[0] ? grade(eventSources[0]) : null,
      annotationCount: counts.get(id) ?? 0,
    });
  }
  return items;
}
