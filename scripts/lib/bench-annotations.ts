// The annotation rows of the benchmark: the reads of `/annotations` page 1, of an event page with 50
// annotations and of a timeline page whose events carry annotations, each beside the same page on the
// database as it was before its annotations (`npm run db:synthetic -- --baseline-db`), since the issue's
// target is "within 1.5× of the same page without annotations".
import type { DB } from '@/db/client';
import { listAnnotationAuthors, listAnnotationPage, listAnnotationSubjects, listAnnotationTagChoices } from '@/db/queries/annotation-list';
import { idsOfThreads, listEventThreads, listVersionsOf, type Reader } from '@/db/queries/annotations';
import { getEvent, listEventHistory, listRelatedEvents } from '@/db/queries/event-detail';
import { listEvents } from '@/db/queries/timeline';
import { EMPTY_ANNOTATION_QUERY, LIST_PAGE_SIZE, type AnnotationQuery } from '@/lib/annotations/filters';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import type { BenchRow } from './bench';
import { KNOWN_EVENT_ANNOTATIONS, SYNTHETIC_READER_EMAIL } from './synthetic-annotations';

/** Times `fn` (and `baseline`, interleaved with it, when given) and returns the row. */
export type Measure = (name: string, fn: () => number, baseline?: () => number) => BenchRow;

export function hasAnnotations(db: DB): boolean {
  return !!db.$client.prepare('SELECT 1 FROM annotations LIMIT 1').get();
}

/**
 * The reader (the synthetic analyst whose private notes are on the known event), the known event (the
 * reader sees exactly 50 annotations on it), the most and least used tags and the largest country.
 */
function pickAnnotationValues(db: DB) {
  const c = db.$client;
  const user = c.prepare('SELECT id FROM users WHERE email = ?').get(SYNTHETIC_READER_EMAIL) as { id: number } | undefined;
  const reader: Reader = { id: user?.id ?? (c.prepare('SELECT min(author_id) AS id FROM annotations').get() as { id: number }).id };
  const known = c
    .prepare(
      `SELECT event_id AS id FROM annotations WHERE deleted_at IS NULL AND event_id IS NOT NULL GROUP BY event_id
       HAVING count(*) = ? AND sum(visibility = 'team' OR author_id = ?) = ? ORDER BY event_id LIMIT 1`,
    )
    .get(KNOWN_EVENT_ANNOTATIONS, reader.id, KNOWN_EVENT_ANNOTATIONS) as { id: number } | undefined;
  // Failing that (a database built otherwise), the event with the most annotations.
  const eventId =
    known?.id ??
    (c.prepare('SELECT event_id AS id FROM annotations WHERE event_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').get() as { id: number }).id;
  const tags = c.prepare('SELECT tag FROM annotation_tags GROUP BY tag ORDER BY count(*) DESC, tag').pluck().all() as string[];
  const country = (c.prepare('SELECT country_code AS v FROM event_countries GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').get() as { v: string }).v;
  // The known event's rarest title word: a text whose events carry annotations (the known event's 50).
  const titleWords = ((c.prepare('SELECT title FROM events WHERE id = ?').pluck().get(eventId) as string).toLowerCase().match(/\p{L}{4,}/gu) ?? []).map(
    (w) => [w, c.prepare('SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ? LIMIT 50000)').pluck().get(`"${w}"`) as number] as const,
  );
  const rareWord = titleWords.sort((a, b) => a[1] - b[1])[0]?.[0] ?? 'defence';
  return { reader, eventId, commonTag: tags[0] ?? 'follow-up', rareTag: tags[tags.length - 1] ?? 'follow-up', country, rareWord };
}

/**
 * What app/annotations/page.tsx reads for its first page, on one database (the country and initiative
 * lists aside: they take no database argument and do not change with annotations); returns the items.
 */
function annotationListPage(over: Partial<AnnotationQuery>, events: TimelineFilter, reader: Reader, db: DB): number {
  const result = listAnnotationPage({ query: { ...EMPTY_ANNOTATION_QUERY, ...over }, events, page: { limit: LIST_PAGE_SIZE, before: null }, reader }, db);
  listAnnotationSubjects(result.items, db);
  listAnnotationAuthors(reader, db);
  listAnnotationTagChoices(reader, 200, db);
  return result.items.length;
}

/** Everything the event page reads (app/events/[id]/page.tsx), on one database; returns the annotations read. */
function eventPage(eventId: number, reader: Reader, db: DB): number {
  getEvent(eventId, { includeDeleted: false }, db);
  listRelatedEvents(eventId, { reader }, db);
  listEventHistory(eventId, db);
  return eventAnnotations(eventId, reader, db);
}

function eventAnnotations(eventId: number, reader: Reader, db: DB): number {
  const threads = listEventThreads(eventId, reader, db);
  const ids = idsOfThreads([...threads.event, ...[...threads.bySource.values()].flat()]);
  listVersionsOf(ids, db);
  return ids.length;
}

export function annotationBenchmarks({ db, baseline, measure }: { db: DB; baseline: DB | null; measure: Measure }) {
  const v = pickAnnotationValues(db);
  const f = (over: Partial<TimelineFilter>): TimelineFilter => ({ ...EMPTY_FILTER, ...over });
  const list = (over: Partial<AnnotationQuery>, events = EMPTY_FILTER) =>
    [() => annotationListPage(over, events, v.reader, db), baseline ? () => annotationListPage(over, events, v.reader, baseline) : undefined] as const;
  const timeline = (filter: TimelineFilter) =>
    [
      () => listEvents(filter, { limit: 50, cursor: null }, v.reader, db).items.length,
      baseline ? () => listEvents(filter, { limit: 50, cursor: null }, v.reader, baseline).items.length : undefined,
    ] as const;
  const carried = (filter: TimelineFilter) => {
    const items = listEvents(filter, { limit: 50, cursor: null }, v.reader, db).items;
    return `${items.filter((i) => i.annotationCount > 0).length} of ${items.length} annotated, ${items.reduce((n, i) => n + i.annotationCount, 0)} annotations`;
  };
  const one = (filter: Partial<AnnotationQuery>) => () =>
    listAnnotationPage({ query: { ...EMPTY_ANNOTATION_QUERY, ...filter }, page: { limit: LIST_PAGE_SIZE, before: null }, reader: v.reader }, db).items.length;
  for (let i = 0; i < 100; i++) list({})[0]();

  return [
    measure(`/annotations page 1 (${LIST_PAGE_SIZE}), newest first`, ...list({})),
    // Without annotations, /annotations lists nothing and costs its filter lists alone; the list it would
    // be is the timeline's page of events (docs/performance.md, "Which page is the same page").
    measure(
      `/annotations page 1, against the timeline's page 1 (50) on the copy`,
      list({})[0],
      baseline ? () => listEvents(EMPTY_FILTER, { limit: 50, cursor: null }, v.reader, baseline).items.length : undefined,
    ),
    measure(`/annotations page 1, kind judgment`, ...list({ kind: 'judgment' })),
    measure(`/annotations page 1, most used tag (${v.commonTag})`, ...list({ tag: v.commonTag })),
    measure(`/annotations page 1, least used tag (${v.rareTag})`, ...list({ tag: v.rareTag })),
    measure('/annotations page 1, author = reader', ...list({ authorId: v.reader!.id })),
    measure(`/annotations page 1, events of one country (${v.country})`, ...list({}, f({ countries: [v.country] }))),
    measure('/annotations page 1, event text, common word (defence: refused as too broad)', list({}, f({ q: 'defence' }))[0]),
    measure('/annotations page 1, event text, short prefix (def*: refused as too broad)', list({}, f({ q: 'def' }))[0]),
    measure(`/annotations page 1, event text, the known event's rarest title word, quoted ("${v.rareWord}")`, list({}, f({ q: `"${v.rareWord}"` }))[0]),
    measure('/annotations list alone (listAnnotationPage), newest first', one({})),
    measure('/annotations tag choices alone (listAnnotationTagChoices)', () => listAnnotationTagChoices(v.reader, 200, db).length),
    measure(
      `event page, ${KNOWN_EVENT_ANNOTATIONS} annotations (#${v.eventId}: event, related, history, threads, versions)`,
      () => eventPage(v.eventId, v.reader, db),
      baseline ? () => eventPage(v.eventId, v.reader, baseline) : undefined,
    ),
    measure(`event page, annotation reads alone (#${v.eventId}: threads, versions)`, () => eventAnnotations(v.eventId, v.reader, db)),
    measure(`timeline page 1 with annotation counts (${carried(EMPTY_FILTER)})`, ...timeline(EMPTY_FILTER)),
    measure(`timeline page 1, one country (${v.country}; ${carried(f({ countries: [v.country] }))})`, ...timeline(f({ countries: [v.country] }))),
    measure('timeline page 1, annotated events only', () => listEvents(f({ annotated: true }), { limit: 50, cursor: null }, v.reader, db).items.length),
  ];
}

/** The reads the annotation rows measure, by name, for EXPLAIN QUERY PLAN (`npm run bench -- --plans`). */
export function annotationReads(db: DB): [string, () => unknown][] {
  const v = pickAnnotationValues(db);
  const page =
    (over: Partial<AnnotationQuery>, events = EMPTY_FILTER) =>
    () =>
      listAnnotationPage({ query: { ...EMPTY_ANNOTATION_QUERY, ...over }, events, page: { limit: LIST_PAGE_SIZE, before: null }, reader: v.reader }, db);
  return [
    ['/annotations page 1 (listAnnotationPage, listAnnotationSubjects)', () => listAnnotationSubjects(page({})().items, db)],
    ['/annotations kind judgment', page({ kind: 'judgment' })],
    [`/annotations tag ${v.rareTag}`, page({ tag: v.rareTag })],
    ['/annotations author = reader', page({ authorId: v.reader!.id })],
    [`/annotations events of one country (${v.country})`, page({}, { ...EMPTY_FILTER, countries: [v.country] })],
    ['/annotations author choices (listAnnotationAuthors)', () => listAnnotationAuthors(v.reader, db)],
    ['/annotations tag choices (listAnnotationTagChoices)', () => listAnnotationTagChoices(v.reader, 200, db)],
    ['event page annotations (listEventThreads, listVersionsOf)', () => eventAnnotations(v.eventId, v.reader, db)],
    ['timeline page 1 (listEvents)', () => listEvents(EMPTY_FILTER, { limit: 50, cursor: null }, v.reader, db)],
    ['timeline annotated only', () => listEvents({ ...EMPTY_FILTER, annotated: true }, { limit: 50, cursor: null }, v.reader, db)],
  ];
}
