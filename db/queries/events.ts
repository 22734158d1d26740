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

/** Inserts an event with its countries, initiatives, tags, people and sources, and audits it; the new id. */
export function insertEvent({ input, actorId, tx }: { input: EventInput; actorId: number | null; tx?: Executor }): WriteResult<number, 'invalid'> {
  const run = (t: Executor): WriteResult<number, 'invalid'> => {
    const issues = referenceIssues(t, input);
    if (issues.length) return invalid(issues);
    const [row] = t
      .insert(events)
      .values({
        ...eventColumns(input),
        createdBy: actorId,
        updatedBy: actorId,
      })
      .returning({ id: events.id })
      .all();
    const id = row!.id;
    writeRelations(t, id, input);
    syncEventSearch(t, id);
    insertAuditEntry({ actorId, action: 'event.create', entityType: 'event', entityId: id, after: input }, t);
    return written(id);
  };
  return tx ? run(tx) : getDb().transaction(run);
}

/**
 * What a filter-table row is inserted with in place of its copies of the event: empty and unlisted, so
 * that no rollup counts it before the database's insert trigger fills the copies and decides `listed`
 * (the *_derived views of migration 0008; docs/adding-a-filter.md).
 */
const COPIES_PENDING = { date: sql`''`, spanEnd: sql`''`, type: sql`''`, listed: false };

/**
 * Writes an event's countries, initiatives, tags, people and sources; the caller has already written the
 * event row. The filter tables' copies of the event and the first-role rule are the database's.
 */
export function writeRelations(t: Executor, eventId: number, input: EventInput) {
  if (input.countries.length) {
    const rows = input.countries.map((c) => ({ eventId, countryCode: c.code, role: c.role, ...COPIES_PENDING }));
    t.insert(eventCountries).values(rows).onConflictDoNothing().run();
  }
  if (input.initiatives.length) {
    const found = t.select({ id: initiatives.id, slug: initiatives.slug }).from(initiatives).where(inArray(initiatives.slug, input.initiatives)).all();
    const missing = input.initiatives.filter((s) => !found.some((f) => f.slug === s));
    if (missing.length) throw new UnknownReferenceError('initiatives', missing);
    t.insert(eventInitiatives)
      .values(found.map((f) => ({ eventId, initiativeId: f.id, ...COPIES_PENDING })))
      .run();
  }
  if (input.tags.length) {
    t.insert(eventTags)
      .values([...new Set(input.tags)].map((tag) => ({ eventId, tag, ...COPIES_PENDING })))
      .run();
  }
  for (const person of input.people) {
    t.insert(people).values({ name: person.name }).onConflictDoNothing().run();
    const p = t.select({ id: people.id }).from(people).where(eq(people.name, person.name)).get()!;
    t.insert(eventPeople).values({ eventId, personId: p.id, capacity: person.capacity }).onConflictDoNothing().run();
  }
  if (input.sources.length) {
    t.insert(sources)
      .values(input.sources.map((s) => ({ ...s, eventId })))
      .run();
  }
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
