// The timeline: filtered, keyset-paginated event lists, their total, and the chart's buckets.
import 'server-only';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { countries, eventCountries, eventInitiatives, eventMonthCounts, events, eventTags, initiatives, sources, type Event } from '@/db/schema';
import type { Granularity } from '@/lib/buckets';
import { encodeCursor } from '@/lib/cursor';
import { EMPTY_FILTER, type Page, type TimelineFilter } from '@/lib/filters';
import type { EventType } from '@/lib/vocabulary';
import { planTimeline } from './timeline-plan';

export type TimelineItem = Pick<Event, 'id' | 'title' | 'summary' | 'type' | 'date' | 'datePrecision' | 'endDate' | 'location'> & {
  countries: { code: string; name: string; role: string }[];
  initiatives: { slug: string; name: string }[];
  tags: string[];
  sources: { url: string; publisher: string; title: string; reliability: string; credibility: number }[];
  sourceCount: number;
  /** The best-graded source: lowest reliability letter, then lowest credibility digit ("A5" beats "B1"). */
  bestGrade: string | null;
  /**
   * Always 0 until annotations exist; then the number of annotations on the event, read alongside the
   * sources in attachDetails.
   */
  annotationCount: number;
};

export type TimelinePage = { items: TimelineItem[]; nextCursor: string | null };

function resolveInitiativeIds(t: Executor, slugs: string[]): number[] {
  if (!slugs.length) return [];
  return t
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(inArray(initiatives.slug, slugs))
    .all()
    .map((r) => r.id);
}

/** Events matching the filter, newest first (date, then id), one page after the cursor. */
export function listEvents(filter: TimelineFilter, page: Page, db: Executor = getDb()): TimelinePage {
  const ids = resolveInitiativeIds(db, filter.initiatives);
  if (filter.initiatives.length && !ids.length) return { items: [], nextCursor: null };
  const plan = planTimeline(db, filter, ids, 'list');
  const source = plan.source({ cursor: page.cursor });
  const rows = db.all<{ id: number; date: string }>(
    sql`${source} ORDER BY date DESC, id DESC LIMIT ${page.limit + 1}`,
  );
  const more = rows.length > page.limit;
  const pageRows = more ? rows.slice(0, page.limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: attachDetails(db, pageRows.map((r) => r.id)),
    nextCursor: more && last ? encodeCursor({ date: last.date, id: last.id }) : null,
  };
}

// Filters the per-month rollup can answer: nothing but event types.
function rollupOnly(f: TimelineFilter): boolean {
  return !f.countries.length && !f.initiatives.length && !f.tags.length && !f.from && !f.to && !f.q && !f.minGrade;
}

function rollupWhere(filter: TimelineFilter): SQL | undefined {
  return filter.types.length ? inArray(eventMonthCounts.type, filter.types) : undefined;
}

/** How many events match the filter (deleted ones never count). */
export function countEvents(filter: TimelineFilter = EMPTY_FILTER, db: Executor = getDb()): number {
  if (rollupOnly(filter)) {
    const row = db
      .select({ n: sql<number>`coalesce(sum(${eventMonthCounts.count}), 0)` })
      .from(eventMonthCounts)
      .where(rollupWhere(filter))
      .get();
    return row?.n ?? 0;
  }
  const ids = resolveInitiativeIds(db, filter.initiatives);
  if (filter.initiatives.length && !ids.length) return 0;
  const plan = planTimeline(db, filter, ids, 'count');
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${plan.source({ forCount: true })})`)!.n;
}

export type Bucket = { bucket: string; type: EventType; count: number };

function bucketExpression(column: SQL, granularity: Granularity): SQL {
  if (granularity === 'year') return sql`substr(${column}, 1, 4)`;
  if (granularity === 'month') return sql`substr(${column}, 1, 7)`;
  return sql`substr(${column}, 1, 4) || '-Q' || ((cast(substr(${column}, 6, 2) AS integer) + 2) / 3)`;
}

/** Matching events per period of their start date and type, oldest period first, for the chart. */
export function eventBuckets(filter: TimelineFilter, granularity: Granularity, db: Executor = getDb()): Bucket[] {
  if (rollupOnly(filter)) {
    const bucket = bucketExpression(sql`${eventMonthCounts.month}`, granularity);
    return db
      .select({ bucket: sql<string>`${bucket}`.as('bucket'), type: eventMonthCounts.type, count: sql<number>`sum(${eventMonthCounts.count})` })
      .from(eventMonthCounts)
      .where(and(rollupWhere(filter), sql`${eventMonthCounts.count} > 0`))
      .groupBy(sql`1`, sql`2`)
      .orderBy(sql`1`, sql`2`)
      .all();
  }
  const ids = resolveInitiativeIds(db, filter.initiatives);
  if (filter.initiatives.length && !ids.length) return [];
  const plan = planTimeline(db, filter, ids, 'count');
  const bucket = bucketExpression(sql.raw('m.date'), granularity);
  return db.all<Bucket>(
    sql`SELECT ${bucket} AS bucket, m.type AS type, count(*) AS count FROM (${plan.source()}) m GROUP BY 1, 2 ORDER BY 1, 2`,
  );
}

function grade(s: { reliability: string; credibility: number }) {
  return `${s.reliability}${s.credibility}`;
}

// The ids travel as one JSON parameter, so each statement is built and prepared once per connection
// instead of once per page (drizzle's query building cost more than the queries themselves).
const idList = sql`(SELECT value FROM json_each(${sql.placeholder('ids')}))`;

function prepareDetails(db: Executor) {
  return {
    base: db
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
      .where(and(inArray(events.id, idList), isNull(events.deletedAt)))
      .prepare(),
    countries: db
      .select({ eventId: eventCountries.eventId, code: countries.code, name: countries.name, role: eventCountries.role })
      .from(eventCountries)
      .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
      .where(inArray(eventCountries.eventId, idList))
      .orderBy(asc(countries.name), asc(eventCountries.role))
      .prepare(),
    initiatives: db
      .select({ eventId: eventInitiatives.eventId, slug: initiatives.slug, name: initiatives.name })
      .from(eventInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, eventInitiatives.initiativeId))
      .where(inArray(eventInitiatives.eventId, idList))
      .orderBy(asc(initiatives.name))
      .prepare(),
    tags: db.select({ eventId: eventTags.eventId, tag: eventTags.tag }).from(eventTags).where(inArray(eventTags.eventId, idList)).prepare(),
    sources: db
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
      .orderBy(asc(sources.reliability), asc(sources.credibility), asc(sources.id))
      .prepare(),
  };
}

const prepared = new WeakMap<Executor, ReturnType<typeof prepareDetails>>();

/** The list shape of the given events, in the order given. */
export function attachDetails(db: Executor, ids: number[]): TimelineItem[] {
  if (!ids.length) return [];
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = prepareDetails(db)));
  const args = { ids: JSON.stringify(ids) };
  const base = statements.base.all(args);
  const countryRows = statements.countries.all(args);
  const initiativeRows = statements.initiatives.all(args);
  const tagRows = statements.tags.all(args);
  const sourceRows = statements.sources.all(args);

  const group = <T extends { eventId: number }>(rows: T[]) => {
    const map = new Map<number, Omit<T, 'eventId'>[]>();
    for (const { eventId, ...rest } of rows) {
      const bucket = map.get(eventId);
      if (bucket) bucket.push(rest);
      else map.set(eventId, [rest]);
    }
    return map;
  };
  const byCountry = group(countryRows);
  const byInitiative = group(initiativeRows);
  const byTag = group(tagRows);
  const bySource = group(sourceRows);
  const byId = new Map(base.map((e) => [e.id, e]));
  return ids.flatMap((id) => {
    const e = byId.get(id);
    if (!e) return [];
    const eventSources = bySource.get(id) ?? [];
    return [
      {
        ...e,
        countries: byCountry.get(id) ?? [],
        initiatives: byInitiative.get(id) ?? [],
        tags: (byTag.get(id) ?? []).map((t) => t.tag).sort(),
        sources: eventSources,
        sourceCount: eventSources.length,
        bestGrade: eventSources[0] ? grade(eventSources[0]) : null,
        annotationCount: 0,
      },
    ];
  });
}
