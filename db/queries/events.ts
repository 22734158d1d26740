// Events: writing them with everything attached, and reading them back for lists.
import 'server-only';
import { count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import {
  auditLog,
  countries,
  eventCountries,
  eventInitiatives,
  eventPeople,
  events,
  eventTags,
  initiatives,
  people,
  sources,
  type Event,
} from '@/db/schema';
import { spanEnd } from '@/lib/dates';
import type { EventInput } from '@/lib/schemas/event';

export class UnknownReferenceError extends Error {
  constructor(
    readonly field: 'initiatives' | 'countries',
    readonly values: string[],
  ) {
    super(`Unknown ${field}: ${values.join(', ')}`);
  }
}

/** Inserts an event with its countries, initiatives, tags, people and sources, and audits it. */
export function insertEvent({ input, actorId, tx }: { input: EventInput; actorId: number | null; tx?: Executor }): number {
  const run = (t: Executor) => {
    const [row] = t
      .insert(events)
      .values({
        title: input.title,
        summary: input.summary,
        type: input.type,
        date: input.date,
        datePrecision: input.datePrecision,
        endDate: input.endDate,
        spanEnd: spanEnd(input.date, input.datePrecision, input.endDate),
        location: input.location,
        createdBy: actorId,
        updatedBy: actorId,
      })
      .returning({ id: events.id })
      .all();
    const id = row!.id;
    writeRelations(t, id, input);
    t.insert(auditLog)
      .values({ actorId, action: 'event.create', entityType: 'event', entityId: String(id), after: input })
      .run();
    return id;
  };
  return tx ? run(tx) : getDb().transaction(run);
}

function writeRelations(t: Executor, eventId: number, input: EventInput) {
  if (input.countries.length) {
    t.insert(eventCountries)
      .values(input.countries.map((c) => ({ eventId, countryCode: c.code, role: c.role })))
      .onConflictDoNothing()
      .run();
  }
  if (input.initiatives.length) {
    const found = t
      .select({ id: initiatives.id, slug: initiatives.slug })
      .from(initiatives)
      .where(inArray(initiatives.slug, input.initiatives))
      .all();
    const missing = input.initiatives.filter((s) => !found.some((f) => f.slug === s));
    if (missing.length) throw new UnknownReferenceError('initiatives', missing);
    t.insert(eventInitiatives)
      .values(found.map((f) => ({ eventId, initiativeId: f.id })))
      .run();
  }
  if (input.tags.length) {
    t.insert(eventTags)
      .values([...new Set(input.tags)].map((tag) => ({ eventId, tag })))
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

export function countEvents(): number {
  return getDb().select({ n: count() }).from(events).where(isNull(events.deletedAt)).get()!.n;
}

export type EventListItem = Pick<Event, 'id' | 'title' | 'summary' | 'type' | 'date' | 'datePrecision' | 'endDate' | 'location'> & {
  countries: { code: string; name: string; role: string }[];
  initiatives: { slug: string; name: string }[];
};

/** The newest events, with their countries and initiatives attached. */
export function listLatestEvents({ limit }: { limit: number }): EventListItem[] {
  const db = getDb();
  const rows = db
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
    .where(isNull(events.deletedAt))
    .orderBy(desc(events.date), desc(events.id))
    .limit(limit)
    .all();
  return attachLabels(db, rows);
}

function attachLabels<T extends { id: number }>(db: Executor, rows: T[]) {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const countryRows = db
    .select({ eventId: eventCountries.eventId, code: countries.code, name: countries.name, role: eventCountries.role })
    .from(eventCountries)
    .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
    .where(inArray(eventCountries.eventId, ids))
    .orderBy(countries.name)
    .all();
  const initiativeRows = db
    .select({ eventId: eventInitiatives.eventId, slug: initiatives.slug, name: initiatives.name })
    .from(eventInitiatives)
    .innerJoin(initiatives, eq(initiatives.id, eventInitiatives.initiativeId))
    .where(inArray(eventInitiatives.eventId, ids))
    .all();
  return rows.map((r) => ({
    ...r,
    countries: countryRows.filter((c) => c.eventId === r.id).map(({ code, name, role }) => ({ code, name, role })),
    initiatives: initiativeRows.filter((i) => i.eventId === r.id).map(({ slug, name }) => ({ slug, name })),
  }));
}
