// What the CSV exports read, in batches: each batch is one keyset page of the same reads the pages run,
// so an export is exactly what its page shows (the same filter, order and visibility), and no statement
// stays open between batches (docs/export.md).
import 'server-only';
import { getDb, type Executor } from '@/db';
import { LIST_SEPARATOR } from '@/lib/export/csv';
import { decodeCursor, type Cursor } from '@/lib/timeline/cursor';
import type { AnnotationQuery } from '@/lib/annotations/filters';
import type { AnnotationItem } from '@/lib/annotations/types';
import type { StanceQuery } from '@/lib/stances/api-query';
import type { TimelineFilter } from '@/lib/timeline/filters';
import { listAnnotationPage, listAnnotationSubjects } from './annotation-list';
import { annotationVisibleText, readerParam, type Reader } from './annotation-visibility';
import { keptStatement } from './statements';
import { listEventIdPage, type TimelineItem } from './timeline';
import { listStances, type StanceEntry } from './stances';
import { listPinnedPage } from './views';

/** Rows read per batch (one statement, one chunk of CSV): at 250 rather than 500 the export ran faster and held less memory (docs/export.md). */
export const EXPORT_BATCH = 250;

/**
 * One event as its export row: each multi-valued field already joined into its cell (LIST_SEPARATOR
 * between items), so that the CSV columns only pick fields (lib/export/event-columns.ts).
 */
export type EventExportRow = {
  id: number;
  date: string;
  datePrecision: string;
  endDate: string | null;
  title: string;
  type: string;
  summary: string;
  location: string | null;
  /** `NZL:participant; USA:host`, by country name then role, as the timeline lists them. */
  countries: string;
  /** Slugs, by initiative name. */
  initiatives: string;
  tags: string;
  /** `Name (capacity)` or `Name`, in the order they were entered. */
  people: string;
  sourceUrls: string;
  /** Every source in full as a JSON array (snake_case keys), for an import to write back; '' for none. */
  sources: string;
  bestGrade: string | null;
  annotationCount: number;
  /** Null for a pinned view's events, whose snapshot keeps none of them. */
  version: number | null;
  createdAt: string | null;
  updatedAt: string | null;
};

// One statement per batch: the page's ids (a JSON array, in the timeline's order) joined to their events,
// each cell a subquery over its relation's event index, and the three source cells aggregated in one pass
// over the batch's sources. Ten statements per batch, and the rows assembled in JS, cost about twice as
// long (docs/export.md). The orders match the timeline's (attachDetails) and the event page's; the best
// grade is the least `reliability || credibility` (credibility is one digit, 1 to 6); `@sep` is LIST_SEPARATOR.
const EXPORT_ROWS = `SELECT e.id, e.date, e.date_precision AS datePrecision, e.end_date AS endDate, e.title, e.type, e.summary, e.location,
  coalesce((SELECT group_concat(ec.country_code || ':' || ec.role, @sep ORDER BY c.name, ec.role)
    FROM event_countries ec JOIN countries c ON c.code = ec.country_code WHERE ec.event_id = e.id), '') AS countries,
  coalesce((SELECT group_concat(i.slug, @sep ORDER BY i.name)
    FROM event_initiatives ei JOIN initiatives i ON i.id = ei.initiative_id WHERE ei.event_id = e.id), '') AS initiatives,
  coalesce((SELECT group_concat(t.tag, @sep ORDER BY t.tag) FROM event_tags t WHERE t.event_id = e.id), '') AS tags,
  coalesce((SELECT group_concat(CASE WHEN ep.capacity <> '' THEN p.name || ' (' || ep.capacity || ')' ELSE p.name END, @sep ORDER BY ep.rowid)
    FROM event_people ep JOIN people p ON p.id = ep.person_id WHERE ep.event_id = e.id), '') AS people,
  coalesce(s.urls, '') AS sourceUrls, coalesce(s.json, '') AS sources, s.grade AS bestGrade,
  (SELECT count(*) FROM annotations a WHERE a.event_id = e.id AND a.deleted_at IS NULL AND ${annotationVisibleText('a')}) AS annotationCount,
  e.version, e.created_at AS createdAt, e.updated_at AS updatedAt
FROM json_each(@ids) AS page JOIN events e ON e.id = page.value AND e.deleted_at IS NULL
LEFT JOIN (
  SELECT event_id, group_concat(url, @sep ORDER BY id) AS urls,
    json_group_array(json_object('url', url, 'publisher', publisher, 'title', title, 'published_date', published_date,
      'reliability', reliability, 'credibility', credibility, 'quote', quote) ORDER BY id) AS json,
    min(reliability || credibility) AS grade
  FROM sources WHERE event_id IN (SELECT value FROM json_each(@ids)) GROUP BY event_id
) s ON s.event_id = e.id
ORDER BY page.key`;

/**
 * The events of a filtered timeline as the reader sees them, newest first, EXPORT_BATCH at a time: the
 * timeline's own keyset pages of ids (listEventIdPage), each batch's rows read in one statement.
 */
export function* eventExportBatches(filter: TimelineFilter, reader: Reader, { batch = EXPORT_BATCH } = {}, db: Executor = getDb()) {
  let cursor: Cursor | null = null;
  do {
    const page = listEventIdPage(filter, { limit: batch, cursor }, reader, db);
    if (!page.ids.length) return;
    yield keptStatement(db, EXPORT_ROWS).all({ ids: JSON.stringify(page.ids), reader: readerParam(reader), sep: LIST_SEPARATOR }) as EventExportRow[];
    cursor = page.next;
  } while (cursor);
}

/** A pinned view's events as the pin kept them (no people, versions or timestamps: the snapshot holds none). */
export function* pinnedExportBatches(viewId: number, { batch = EXPORT_BATCH } = {}, db: Executor = getDb()) {
  let cursor: string | null = null;
  do {
    const page = listPinnedPage(viewId, { from: null, to: null }, { limit: batch, cursor: cursor ? decodeCursor(cursor) : null }, db);
    if (!page.items.length) return;
    yield page.items.map(pinnedRow);
    cursor = page.nextCursor;
  } while (cursor);
}

/** A pinned event's export row, its cells formatted as EXPORT_ROWS formats a live event's. */
function pinnedRow(item: TimelineItem): EventExportRow {
  const list = (values: string[]) => values.join(LIST_SEPARATOR);
  const sources = item.sources.map((s) => ({
    url: s.url,
    publisher: s.publisher,
    title: s.title,
    published_date: null,
    reliability: s.reliability,
    credibility: s.credibility,
    quote: null,
  }));
  return {
    id: item.id,
    date: item.date,
    datePrecision: item.datePrecision,
    endDate: item.endDate,
    title: item.title,
    type: item.type,
    summary: item.summary,
    location: item.location,
    countries: list(item.countries.map((c) => `${c.code}:${c.role}`)),
    initiatives: list(item.initiatives.map((i) => i.slug)),
    tags: list(item.tags),
    people: '',
    sourceUrls: list(item.sources.map((s) => s.url)),
    sources: sources.length ? JSON.stringify(sources) : '',
    bestGrade: item.bestGrade,
    annotationCount: item.annotationCount,
    version: null,
    createdAt: null,
    updatedAt: null,
  };
}

export type AnnotationExportRow = AnnotationItem & {
  eventTitle: string | null;
  sourceTitle: string | null;
  /** The stance it is on, as "NZL / pipir as of 2024-10-07". */
  stance: string | null;
};

/**
 * The annotations of /annotations for these filters as the reader sees them (the team's and their own
 * private ones), newest first, EXPORT_BATCH at a time, with what each is on. Null when the event text is
 * too common to narrow annotations by (the page refuses it the same way).
 */
export function annotationExportBatches(
  { query, events: eventFilter, reader }: { query: AnnotationQuery; events: TimelineFilter; reader: Reader },
  { batch = EXPORT_BATCH } = {},
  db: Executor = getDb(),
): Generator<AnnotationExportRow[], void, undefined> | null {
  const first = listAnnotationPage({ query, events: eventFilter, page: { limit: batch, before: null }, reader }, db);
  if (first.broadText) return null;
  return (function* () {
    let page = first;
    for (;;) {
      // A page may be short, even empty, where it ended its scan window (`partial`); it is yielded all the
      // same, so that the stream lets other requests run before the next window is read.
      const subjects = listAnnotationSubjects(page.items, db);
      yield page.items.map((a): AnnotationExportRow => {
        const stance = a.stanceId ? subjects.stances[a.stanceId] : undefined;
        return {
          ...a,
          eventTitle: a.eventId ? (subjects.events[a.eventId]?.title ?? null) : null,
          sourceTitle: a.sourceId ? (subjects.sources[a.sourceId]?.title ?? null) : null,
          stance: stance ? `${stance.countryCode} / ${stance.initiative} as of ${stance.asOf}` : null,
        };
      });
      if (!page.nextBefore) return;
      page = listAnnotationPage({ query, events: eventFilter, page: { limit: batch, before: page.nextBefore }, reader }, db);
    }
  })();
}

/**
 * The stance ledger for a country or initiative, newest first, in batches. The ledger is hand-recorded
 * positions (thousands at most, not millions), read in one statement as its pages do (listStances).
 */
export function* stanceExportBatches(query: StanceQuery, { batch = EXPORT_BATCH } = {}, db: Executor = getDb()): Generator<StanceEntry[], void, undefined> {
  const all = listStances(query, db);
  for (let i = 0; i < all.length; i += batch) yield all.slice(i, i + batch);
}
