// What the CSV exports read, in batches: each batch is one keyset page of the same reads the pages run,
// so an export is exactly what its page shows (the same filter, order and visibility), and no statement
// stays open between batches (docs/export.md).
import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { eventPeople, events, people, sources } from '@/db/schema';
import { decodeCursor } from '@/lib/timeline/cursor';
import type { AnnotationQuery } from '@/lib/annotations/filters';
import type { AnnotationItem } from '@/lib/annotations/types';
import type { StanceQuery } from '@/lib/stances/api-query';
import type { TimelineFilter } from '@/lib/timeline/filters';
import { listAnnotationPage, listAnnotationSubjects } from './annotation-list';
import { SOURCE_FIELDS } from './event-detail';
import type { Reader } from './annotation-visibility';
import { listEvents, type TimelineItem } from './timeline';
import { listStances, type StanceEntry } from './stances';
import { listPinnedPage } from './views';

/** Rows read per batch: a few milliseconds of the synchronous database at a million events. */
export const EXPORT_BATCH = 500;

/** A source in full, as the `sources` column carries it so that an import can write it back. */
export type ExportSource = {
  url: string;
  publisher: string;
  title: string;
  publishedDate: string | null;
  reliability: string;
  credibility: number;
  quote: string | null;
};

export type EventExportRow = Omit<TimelineItem, 'sources'> & {
  sources: ExportSource[];
  people: { name: string; capacity: string | null }[];
  /** Null for a pinned view's events, whose snapshot keeps none of them. */
  version: number | null;
  createdAt: string | null;
  updatedAt: string | null;
};

const idList = (ids: number[]) => sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** The people, full sources, versions and timestamps of some events, which the timeline's items do not carry. */
function exportExtras(db: Executor, ids: number[]) {
  const stamps = new Map(
    db
      .select({ id: events.id, version: events.version, createdAt: events.createdAt, updatedAt: events.updatedAt })
      .from(events)
      .where(sql`${events.id} IN ${idList(ids)}`)
      .all()
      .map(({ id, ...s }) => [id, s]),
  );
  const byEvent = new Map<number, { name: string; capacity: string | null }[]>();
  const rows = db
    .select({ eventId: eventPeople.eventId, name: people.name, capacity: eventPeople.capacity })
    .from(eventPeople)
    .innerJoin(people, eq(people.id, eventPeople.personId))
    .where(sql`${eventPeople.eventId} IN ${idList(ids)}`)
    .orderBy(asc(eventPeople.eventId), sql`event_people.rowid`) // each event's people in the order they were entered
    .all();
  for (const { eventId, ...p } of rows) byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), p]);
  const sourcesByEvent = new Map<number, ExportSource[]>();
  const sourceRows = db
    .select({ eventId: sources.eventId, ...SOURCE_FIELDS })
    .from(sources)
    .where(sql`${sources.eventId} IN ${idList(ids)}`)
    .orderBy(asc(sources.eventId), asc(sources.id)) // in the order they were entered, as the event page lists them
    .all();
  for (const { eventId, ...s } of sourceRows) sourcesByEvent.set(eventId, [...(sourcesByEvent.get(eventId) ?? []), s]);
  return { stamps, byEvent, sourcesByEvent };
}

/**
 * The events of a filtered timeline as the reader sees them, newest first, EXPORT_BATCH at a time: the
 * timeline's own keyset pages (listEvents) with each event's people and timestamps added.
 */
export function* eventExportBatches(filter: TimelineFilter, reader: Reader, { batch = EXPORT_BATCH } = {}, db: Executor = getDb()) {
  let cursor: string | null = null;
  do {
    const page = listEvents(filter, { limit: batch, cursor: cursor ? decodeCursor(cursor) : null }, reader, db);
    if (!page.items.length) return;
    const { stamps, byEvent, sourcesByEvent } = exportExtras(
      db,
      page.items.map((i) => i.id),
    );
    yield page.items.map((item): EventExportRow => ({
      ...item,
      sources: sourcesByEvent.get(item.id) ?? [],
      people: byEvent.get(item.id) ?? [],
      version: stamps.get(item.id)?.version ?? null,
      createdAt: stamps.get(item.id)?.createdAt ?? null,
      updatedAt: stamps.get(item.id)?.updatedAt ?? null,
    }));
    cursor = page.nextCursor;
  } while (cursor);
}

/** A pinned view's events as the pin kept them (no people, versions or timestamps: the snapshot holds none). */
export function* pinnedExportBatches(viewId: number, { batch = EXPORT_BATCH } = {}, db: Executor = getDb()) {
  let cursor: string | null = null;
  do {
    const page = listPinnedPage(viewId, { from: null, to: null }, { limit: batch, cursor: cursor ? decodeCursor(cursor) : null }, db);
    if (!page.items.length) return;
    yield page.items.map((item): EventExportRow => ({
      ...item,
      sources: item.sources.map((s) => ({ ...s, publishedDate: null, quote: null })),
      people: [],
      version: null,
      createdAt: null,
      updatedAt: null,
    }));
    cursor = page.nextCursor;
  } while (cursor);
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
