// Events: writing them with everything attached, and reading them back for lists.
import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { eventCountries, eventInitiatives, eventPeople, events, eventTags, initiatives, people, sources, type Event } from '@/db/schema';
import { spanEnd } from '@/lib/dates';
import type { EventInput } from '@/lib/events/schema';
import { invalid, written, type FieldIssue, type WriteResult } from '@/lib/write-result';
import { insertAuditEntry } from './audit';
import { syncEventSearch } from './event-search';
import { findUnknownReferences } from './reference';
import { preparedPerConnection } from './statements';

export class UnknownReferenceError extends Error {
  constructor(
    readonly field: 'initiatives' | 'countries',
    readonly values: string[],
  ) {
    super(`Unknown ${field}: ${values.join(', ')}`);
  }
}

/** The events row's own columns for an input; relations are written by writeRelations. */
export function eventColumns(input: EventInput) {
  return {
    title: input.title,
    summary: input.summary,
    type: input.type,
    date: input.date,
    datePrecision: input.datePrecision,
    endDate: input.endDate,
    spanEnd: spanEnd(input.date, input.datePrecision, input.endDate),
    location: input.location,
  };
}

/**
 * Unknown country codes and initiative slugs of an input, as issues on their fields. Checked inside the
 * writing transaction, so a country or initiative removed meanwhile cannot slip through.
 */
export function referenceIssues(t: Executor, input: EventInput): FieldIssue[] {
  const unknown = findUnknownReferences({ countries: input.countries.map((c) => c.code), initiatives: input.initiatives }, t);
  const issues: FieldIssue[] = [];
  input.countries.forEach((c, i) => {
    if (unknown.countries.includes(c.code)) issues.push({ field: `countries.${i}.code`, code: 'unknown-country', values: [c.code] });
  });
  input.initiatives.forEach((slug, i) => {
    if (unknown.initiatives.includes(slug)) issues.push({ field: `initiatives.${i}`, code: 'unknown-initiative', values: [slug] });
  });
  return issues;
}

const p = sql.placeholder;

/**
 * A filter-table row is inserted with its copies of the event as the writer expects them (the event is
 * live, and a country is listed under its first role); the database's insert trigger counts the row as
 * given and then makes it agree with the *_derived views of migration 0008, so a wrong guess is
 * corrected, never kept (docs/adding-a-filter.md). A right guess spares that correction, an update of
 * every relation row and its indexes.
 */
const COPIES = { date: p('date'), spanEnd: p('spanEnd'), type: p('type'), listed: p('listed') };

// Compiled once per connection: an import writes 100,000 events through these, and preparing each
// statement anew cost more than running it (docs/import.md).
const statements = preparedPerConnection((t) => ({
  event: t
    .insert(events)
    .values({
      title: p('title'),
      summary: p('summary'),
      type: p('type'),
      date: p('date'),
      datePrecision: p('datePrecision'),
      endDate: p('endDate'),
      spanEnd: p('spanEnd'),
      location: p('location'),
      createdBy: p('actorId'),
      updatedBy: p('actorId'),
    })
    .returning({ id: events.id })
    .prepare(),
  country: t
    .insert(eventCountries)
    .values({ eventId: p('eventId'), countryCode: p('code'), role: p('role'), ...COPIES })
    .onConflictDoNothing()
    .prepare(),
  initiativeId: t
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(eq(initiatives.slug, p('slug')))
    .prepare(),
  initiative: t
    .insert(eventInitiatives)
    .values({ eventId: p('eventId'), initiativeId: p('initiativeId'), ...COPIES })
    .onConflictDoNothing()
    .prepare(),
  tag: t
    .insert(eventTags)
    .values({ eventId: p('eventId'), tag: p('tag'), ...COPIES })
    .onConflictDoNothing()
    .prepare(),
  person: t
    .insert(people)
    .values({ name: p('name') })
    .onConflictDoNothing()
    .prepare(),
  personId: t
    .select({ id: people.id })
    .from(people)
    .where(eq(people.name, p('name')))
    .prepare(),
  eventPerson: t
    .insert(eventPeople)
    .values({ eventId: p('eventId'), personId: p('personId'), capacity: p('capacity') })
    .onConflictDoNothing()
    .prepare(),
  source: t
    .insert(sources)
    .values({
      eventId: p('eventId'),
      url: p('url'),
      publisher: p('publisher'),
      title: p('title'),
      publishedDate: p('publishedDate'),
      reliability: p('reliability'),
      credibility: p('credibility'),
      quote: p('quote'),
    })
    .prepare(),
}));

/** Inserts an event with its countries, initiatives, tags, people and sources, and audits it; the new id. */
export function insertEvent({
  input,
  actorId,
  tx,
  deferSearch = false,
}: {
  input: EventInput;
  actorId: number | null;
  tx?: Executor;
  /** The caller indexes the event for search (syncEventsSearch) before its transaction ends: an import's many events at once. */
  deferSearch?: boolean;
}): WriteResult<number, 'invalid'> {
  const run = (t: Executor): WriteResult<number, 'invalid'> => {
    const issues = referenceIssues(t, input);
    if (issues.length) return invalid(issues);
    const id = statements(t).event.get({ ...eventColumns(input), actorId })!.id;
    writeRelations(t, id, input);
    if (!deferSearch) syncEventSearch(t, id);
    insertAuditEntry({ actorId, action: 'event.create', entityType: 'event', entityId: id, after: input }, t);
    return written(id);
  };
  return tx ? run(tx) : getDb().transaction(run);
}

/**
 * Writes an event's countries, initiatives, tags, people and sources; the caller has already written the
 * event row. The filter tables' copies of the event and the first-role rule are decided by the database.
 */
export function writeRelations(t: Executor, eventId: number, input: EventInput) {
  const s = statements(t);
  const { date, spanEnd, type } = eventColumns(input);
  const listed = { eventId, date, spanEnd, type, listed: true };
  const firstRole = new Map<string, string>();
  for (const c of input.countries) if (!firstRole.has(c.code) || c.role < firstRole.get(c.code)!) firstRole.set(c.code, c.role);
  for (const c of input.countries) s.country.run({ ...listed, code: c.code, role: c.role, listed: firstRole.get(c.code) === c.role });
  const missing: string[] = [];
  for (const slug of input.initiatives) {
    const initiative = s.initiativeId.get({ slug });
    if (initiative) s.initiative.run({ ...listed, initiativeId: initiative.id });
    else missing.push(slug);
  }
  if (missing.length) throw new UnknownReferenceError('initiatives', missing);
  for (const tag of input.tags) s.tag.run({ ...listed, tag });
  for (const person of input.people) {
    s.person.run({ name: person.name });
    const { id: personId } = s.personId.get({ name: person.name })!;
    s.eventPerson.run({ eventId, personId, capacity: person.capacity });
  }
  for (const source of input.sources) s.source.run({ eventId, ...source });
}

/** True when any event exists, deleted ones included: the demo is loaded only into an empty database. */
export function hasAnyEvent(): boolean {
  return getDb().select({ id: events.id }).from(events).limit(1).get() !== undefined;
}

/** Ids of live events by exact title: how seed data names the events it cites as evidence. */
export function findEventIdsByTitle(titles: string[], db: Executor = getDb()): Map<string, number> {
  if (!titles.length) return new Map();
  const rows = db
    .select({ id: events.id, title: events.title })
    .from(events)
    .where(and(inArray(events.title, titles), isNull(events.deletedAt)))
    .all();
  return new Map(rows.map((r) => [r.title, r.id]));
}

/** Titles and dates of events by id (deleted ones included, marked), for evidence lists. */
export function listEventLabels(ids: number[], db: Executor = getDb()) {
  if (!ids.length) return new Map<number, { title: string; date: string; datePrecision: Event['datePrecision']; deleted: boolean }>();
  const rows = db
    .select({ id: events.id, title: events.title, date: events.date, datePrecision: events.datePrecision, deletedAt: events.deletedAt })
    .from(events)
    .where(inArray(events.id, [...new Set(ids)]))
    .all();
  return new Map(rows.map((r) => [r.id, { title: r.title, date: r.date, datePrecision: r.datePrecision, deleted: r.deletedAt !== null }]));
}
