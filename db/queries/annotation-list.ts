// The annotation list of /annotations and GET /api/annotations: annotations the reader may see, newest
// first, keyset-paged by id, filtered by their own fields and by the timeline's filters of their event.
//
// The event filters are what can be costly at a million events, so the list picks one of two bounded
// plans. When the index that drives the timeline's plan for the filter (planTimeline, purpose 'count')
// holds fewer than EVENT_SET_CAP rows, the matching events are few: their annotations come from
// annotations_event_idx, then one sort. Otherwise the list walks annotations newest first and checks each
// one's event by primary key against the filter, reading at most SCAN_WINDOW ids per page: a window that
// holds less than a page ends the page early, with a cursor below the window, so no request reads every
// annotation. A text is then read once into a set of keys: checked row by row, a prefix term (the last
// word typed is one) would expand its prefix again for every annotation, at 25–170 ms each. That set
// costs about 0.7 µs a match (650 ms for a word in every one of a million events), so a text in
// TEXT_SET_CAP events or more is refused (broadText) rather than read: a word in that many events
// would not narrow the list anyway.
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { hasEventFilter, type AnnotationPage, type AnnotationQuery } from '@/lib/annotations/filters';
import type { AnnotationItem } from '@/lib/annotations/types';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { toReaderSearchExpression } from '@/lib/timeline/search-query';
import type { DatePrecision } from '@/lib/vocabulary';
import { annotationVisible, type Reader } from './annotation-visibility';
import { listAnnotationsByIds } from './annotations';
import { eventConditions, sqlList as list, textOf } from './event-conditions';
import { allRows, firstRow } from './statements';
import { resolveInitiativeIds } from './timeline';
import { planTimeline, type Plan } from './timeline-plan';

const EVENT_SET_CAP = 20_000;
const SCAN_WINDOW = 20_000;
/** The most events a text may match for the list to be filtered by it, beside no narrower event filter. */
export const TEXT_SET_CAP = 50_000;

export type AnnotationListPage = {
  items: AnnotationItem[];
  /** Where the next page starts (below this id), or null on the last page. */
  nextBefore: number | null;
  /** The page ended at the end of its scan window before it was full: older annotations may still match. */
  partial: boolean;
  /** The event text is in TEXT_SET_CAP events or more and nothing narrower leads: nothing was read. */
  broadText: boolean;
};

/** For tests: the sizes that choose a plan. */
export type Tuning = { eventSetCap?: number; scanWindow?: number; textSetCap?: number };

const and = (where: SQL[]) => sql.join(where, sql` AND `);

/** The list's own conditions on annotations `a`. */
function ownConditions(q: AnnotationQuery, reader: Reader): SQL[] {
  const where = [sql`a.deleted_at IS NULL`, annotationVisible(reader)];
  if (q.eventId) where.push(sql`a.event_id = ${q.eventId}`);
  if (q.authorId) where.push(sql`a.author_id = ${q.authorId}`);
  if (q.kind) where.push(sql`a.kind = ${q.kind}`);
  if (q.likelihood) where.push(sql`a.likelihood = ${q.likelihood}`);
  if (q.confidence) where.push(sql`a.confidence = ${q.confidence}`);
  // An annotation leaves the list with its event or stance (a deleted event's page is the admins' alone).
  where.push(
    sql`NOT EXISTS (SELECT 1 FROM events d WHERE d.id = a.event_id AND d.deleted_at IS NOT NULL)`,
    sql`NOT EXISTS (SELECT 1 FROM stances d WHERE d.id = a.stance_id AND d.deleted_at IS NOT NULL)`,
  );
  return where;
}

/**
 * The annotations table, joined to the filter's tag, and the id column to order and bound by: with a tag,
 * the tag's own index (tag, annotation_id) is walked backwards, so its id is the tag row's.
 */
function annotationsOf(q: AnnotationQuery): { from: SQL; id: SQL } {
  if (!q.tag) return { from: sql`annotations a`, id: sql`a.id` };
  return { from: sql`annotation_tags g JOIN annotations a ON a.id = g.annotation_id`, id: sql`g.annotation_id` };
}

const countUpTo = (db: Executor, rows: SQL, cap: number) => firstRow<{ n: number }>(db, sql`SELECT count(*) AS n FROM (${rows} LIMIT ${cap})`)!.n;

/**
 * How many rows of the plan's driving index the filter's own columns there select, up to cap: what
 * listing the matching events would read. Conditions checked per row (other facets, text beside a facet,
 * the grade) are left out, as a sparse one would make counting its matches read the whole index.
 */
function drivingRowsUpTo(db: Executor, plan: Plan, filter: TimelineFilter, textMatches: () => number, cap: number): number {
  const d = plan.driver;
  // The planner drives from annotations only when they are fewer than its own probe's cap.
  if (d.kind === 'annotations') return 0;
  if (d.kind === 'text') return Math.min(textMatches(), cap);
  const where = d.kind === 'facet' ? [sql`${d.facet.key} IN (${list(d.facet.values)})`, sql`listed = 1`] : [sql`deleted_at IS NULL`];
  if (filter.types.length) where.push(sql`type IN (${list(filter.types)})`);
  if (filter.to) where.push(sql`date <= ${filter.to}`);
  if (filter.from) where.push(sql`date >= ${plan.earliest}`, sql`span_end >= ${filter.from}`);
  return countUpTo(db, sql`SELECT 1 FROM ${d.kind === 'facet' ? d.facet.table : sql`events`} WHERE ${and(where)}`, cap);
}

/**
 * How many events the search matches, up to cap. Its whole words are counted first: they match a subset,
 * so a common word reaches the cap in milliseconds, before FTS5 merges the doclist of every word its
 * prefix begins (150 ms and more for a word in most of a million events).
 */
function textMatchesUpTo(db: Executor, filter: TimelineFilter, reader: Reader, cap: number): number {
  const count = (text: string) => countUpTo(db, sql`SELECT 1 FROM events_fts WHERE events_fts MATCH ${text}`, cap);
  const whole = count(toReaderSearchExpression(filter.q!, reader?.id ?? null, { whole: true })!);
  return whole >= cap ? whole : count(textOf(filter, reader)!);
}

function pageOf(db: Executor, ids: number[], limit: number, reader: Reader): AnnotationListPage {
  const more = ids.length > limit;
  const items = listAnnotationsByIds(more ? ids.slice(0, limit) : ids, reader, db);
  return { items, nextBefore: more ? items[items.length - 1]!.id : null, partial: false, broadText: false };
}

const EMPTY_PAGE: AnnotationListPage = { items: [], nextBefore: null, partial: false, broadText: false };

/**
 * Annotations the reader may see, newest first, one page below `page.before`. With an event filter only
 * annotations of matching events (their sources' included) are listed, so those of stances drop out.
 */
export function listAnnotationPage(
  {
    query,
    events = EMPTY_FILTER,
    page,
    reader,
    tuning = {},
  }: { query: AnnotationQuery; events?: TimelineFilter; page: AnnotationPage; reader: Reader; tuning?: Tuning },
  db: Executor = getDb(),
): AnnotationListPage {
  const { from, id } = annotationsOf(query);
  const own = ownConditions(query, reader);
  if (query.tag) own.push(sql`g.tag = ${query.tag}`);
  if (page.before) own.push(sql`${id} < ${page.before}`);
  const ids = (rows: SQL) => allRows<{ id: number }>(db, rows).map((r) => r.id);
  const newest = sql`ORDER BY ${id} DESC LIMIT ${page.limit + 1}`;

  if (!hasEventFilter(events)) return pageOf(db, ids(sql`SELECT ${id} AS id FROM ${from} WHERE ${and(own)} ${newest}`), page.limit, reader);

  const initiativeIds = resolveInitiativeIds(db, events.initiatives);
  if (events.initiatives.length && !initiativeIds.length) return EMPTY_PAGE;
  const plan = planTimeline(db, events, initiativeIds, 'count', reader);
  const cap = tuning.eventSetCap ?? EVENT_SET_CAP;
  const textCap = tuning.textSetCap ?? TEXT_SET_CAP;
  // Counted once, up to the larger cap, for both choices below.
  let textCount: number | null = null;
  const text = textOf(events, reader);
  const textMatches = () => (textCount ??= text ? textMatchesUpTo(db, events, reader, Math.max(cap, textCap)) : 0);
  if (cap > 0 && drivingRowsUpTo(db, plan, events, textMatches, cap) < cap) {
    // CROSS JOIN keeps the events outside: each one's annotations are a range of annotations_event_idx.
    const source = plan.source({ forCount: true });
    const tag = query.tag ? sql` JOIN annotation_tags g ON g.annotation_id = a.id` : sql``;
    return pageOf(
      db,
      ids(sql`SELECT a.id AS id FROM (${source}) s CROSS JOIN annotations a ON a.event_id = s.id${tag} WHERE ${and(own)} ${newest}`),
      page.limit,
      reader,
    );
  }

  // Each bound alone is one step of the primary key (together, min() and max() would scan the table).
  const bounds = firstRow<{ top: number | null; bottom: number | null }>(
    db,
    sql`SELECT (SELECT max(id) FROM annotations) AS top, (SELECT min(id) FROM annotations) AS bottom`,
  )!;
  if (bounds.top === null || bounds.bottom === null) return EMPTY_PAGE;
  if (text && textMatches() >= textCap) return { ...EMPTY_PAGE, broadText: true };
  const top = page.before ?? bounds.top + 1;
  const low = Math.max(top - (tuning.scanWindow ?? SCAN_WINDOW), bounds.bottom);
  // Both bounds, so the primary key is walked backwards from `top` and the walk stops at a full page.
  own.push(sql`${id} >= ${low}`, sql`${id} < ${top}`, sql`a.event_id IS NOT NULL`);
  const matches = sql`EXISTS (SELECT 1 FROM events e WHERE e.id = a.event_id AND ${and(eventConditions(events, initiativeIds, reader))})`;
  const rows = ids(sql`SELECT ${id} AS id FROM ${from} WHERE ${and(own)} AND ${matches} ${newest}`);
  if (rows.length > page.limit || low <= bounds.bottom) return pageOf(db, rows, page.limit, reader);
  return { items: listAnnotationsByIds(rows, reader, db), nextBefore: low, partial: true, broadText: false };
}

export type EventSubject = { id: number; title: string; date: string; datePrecision: DatePrecision };
export type SourceSubject = { id: number; title: string; publisher: string };
export type StanceSubject = {
  id: number;
  countryCode: string;
  countryName: string;
  initiative: string;
  initiativeName: string;
  asOf: string;
  datePrecision: DatePrecision;
};

/** What a page of annotations is on: its events, sources and stances, by id. */
export type AnnotationSubjects = { events: Record<number, EventSubject>; sources: Record<number, SourceSubject>; stances: Record<number, StanceSubject> };

const idsJson = (ids: (number | null)[]) => JSON.stringify([...new Set(ids.filter((id): id is number => id !== null))]);
const byId = <T extends { id: number }>(rows: T[]): Record<number, T> => Object.fromEntries(rows.map((r) => [r.id, r]));

export function listAnnotationSubjects(items: AnnotationItem[], db: Executor = getDb()): AnnotationSubjects {
  const ids = (column: SQL, values: (number | null)[]) => sql`${column} IN (SELECT value FROM json_each(${idsJson(values)}))`;
  const events = allRows<EventSubject>(
    db,
    sql`SELECT id, title, date, date_precision AS datePrecision FROM events WHERE ${ids(
      sql`id`,
      items.map((i) => i.eventId),
    )}`,
  );
  const sources = allRows<SourceSubject>(
    db,
    sql`SELECT id, title, publisher FROM sources WHERE ${ids(
      sql`id`,
      items.map((i) => i.sourceId),
    )}`,
  );
  const stances = allRows<StanceSubject>(
    db,
    sql`SELECT s.id AS id, s.country_code AS countryCode, c.name AS countryName, i.slug AS initiative, i.name AS initiativeName, s.as_of AS asOf, s.as_of_precision AS datePrecision
        FROM stances s JOIN countries c ON c.code = s.country_code JOIN initiatives i ON i.id = s.initiative_id WHERE ${ids(
          sql`s.id`,
          items.map((i) => i.stanceId),
        )}`,
  );
  return { events: byId(events), sources: byId(sources), stances: byId(stances) };
}

/** Everyone who wrote an annotation the reader may see, by name: the choices of the author filter. */
export function listAnnotationAuthors(reader: Reader, db: Executor = getDb()): { id: number; name: string }[] {
  return allRows<{ id: number; name: string }>(
    db,
    sql`SELECT u.id AS id, u.name AS name FROM users u WHERE EXISTS (SELECT 1 FROM annotations a WHERE a.author_id = u.id AND a.deleted_at IS NULL AND ${annotationVisible(reader)}) ORDER BY u.name, u.id`,
  );
}

/**
 * Tags on annotations the reader may see, alphabetically, at most `max`: each step seeks the next tag
 * in annotation_tags_tag_idx with one visible annotation, so the cost follows the number of tags, not of
 * annotations (a count per tag would read every tagged annotation on each page view).
 */
export function listAnnotationTagChoices(reader: Reader, max = 200, db: Executor = getDb()): string[] {
  const next = (after: SQL) =>
    sql`(SELECT g.tag FROM annotation_tags g JOIN annotations a ON a.id = g.annotation_id WHERE g.tag > ${after} AND a.deleted_at IS NULL AND ${annotationVisible(reader)} ORDER BY g.tag LIMIT 1)`;
  return allRows<{ tag: string }>(
    db,
    sql`WITH RECURSIVE t(tag) AS (SELECT ${next(sql`''`)} UNION ALL SELECT ${next(sql`t.tag`)} FROM t WHERE t.tag IS NOT NULL LIMIT ${max + 1}) SELECT tag FROM t WHERE tag IS NOT NULL`,
  ).map((r) => r.tag);
}
