// One event with everything attached (for the detail page and the edit form), its history and its
// neighbours.
import 'server-only';
import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, desc, eq, getTableColumns, isNotNull, isNull, sql } from 'drizzle-orm';
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
  users,
  type Event,
  type Source,
} from '@/db/schema';
import type { EventInput } from '@/lib/events/schema';
import type { Reader } from './annotation-visibility';
import { attachDetails, type TimelineItem } from './timeline';

/** A source as analysts enter it: what the event page, the edit form and the export read. */
export const SOURCE_FIELDS = {
  url: sources.url,
  publisher: sources.publisher,
  title: sources.title,
  publishedDate: sources.publishedDate,
  reliability: sources.reliability,
  credibility: sources.credibility,
  quote: sources.quote,
};

export type EventDetail = Omit<Event, 'spanDays'> & {
  createdByName: string | null;
  updatedByName: string | null;
  countries: { code: string; name: string; role: string }[];
  initiatives: { slug: string; name: string }[];
  tags: string[];
  people: { name: string; capacity: string | null }[];
  sources: Omit<Source, 'eventId'>[];
};

const creator = alias(users, 'creator');
const updater = alias(users, 'updater');

/** The event with every field and relation, or null; deleted events only when asked for. */
export function getEvent(id: number, { includeDeleted = false }: { includeDeleted?: boolean } = {}, db: Executor = getDb()): EventDetail | null {
  const { spanDays: _spanDays, ...columns } = getTableColumns(events);
  const row = db
    .select({ ...columns, createdByName: creator.name, updatedByName: updater.name })
    .from(events)
    .leftJoin(creator, eq(creator.id, events.createdBy))
    .leftJoin(updater, eq(updater.id, events.updatedBy))
    .where(includeDeleted ? eq(events.id, id) : and(eq(events.id, id), isNull(events.deletedAt)))
    .get();
  if (!row) return null;
  return {
    ...row,
    countries: db
      .select({ code: countries.code, name: countries.name, role: eventCountries.role })
      .from(eventCountries)
      .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
      .where(eq(eventCountries.eventId, id))
      .orderBy(asc(countries.name), asc(eventCountries.role))
      .all(),
    initiatives: db
      .select({ slug: initiatives.slug, name: initiatives.name })
      .from(eventInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, eventInitiatives.initiativeId))
      .where(eq(eventInitiatives.eventId, id))
      .orderBy(asc(initiatives.name))
      .all(),
    tags: db
      .select({ tag: eventTags.tag })
      .from(eventTags)
      .where(eq(eventTags.eventId, id))
      .orderBy(asc(eventTags.tag))
      .all()
      .map((t) => t.tag),
    people: db
      .select({ name: people.name, capacity: eventPeople.capacity })
      .from(eventPeople)
      .innerJoin(people, eq(people.id, eventPeople.personId))
      .where(eq(eventPeople.eventId, id))
      .orderBy(sql`event_people.rowid`) // the order they were entered in
      .all(),
    sources: db
      .select({ id: sources.id, ...SOURCE_FIELDS })
      .from(sources)
      .where(eq(sources.eventId, id))
      .orderBy(asc(sources.id))
      .all(),
  };
}

/** The event in the shape the edit form submits, so a stored event and an input compare field by field. */
export function toEventInput(e: EventDetail): EventInput {
  return {
    title: e.title,
    summary: e.summary,
    type: e.type,
    date: e.date,
    datePrecision: e.datePrecision,
    endDate: e.endDate,
    location: e.location,
    countries: e.countries.map(({ code, role }) => ({ code, role })),
    initiatives: e.initiatives.map((i) => i.slug),
    tags: e.tags,
    people: e.people.map(({ name, capacity }) => ({ name, capacity })),
    sources: e.sources.map(({ id: _id, ...s }) => s),
  };
}

export type DeletedEvent = Pick<Event, 'id' | 'title' | 'type' | 'date' | 'datePrecision' | 'version'> & {
  deletedAt: string;
  deletedByName: string | null;
};

/** Deleted events, most recently deleted first (the bin an admin restores from). */
export function listDeletedEvents(db: Executor = getDb()): DeletedEvent[] {
  return db
    .select({
      id: events.id,
      title: events.title,
      type: events.type,
      date: events.date,
      datePrecision: events.datePrecision,
      version: events.version,
      deletedAt: sql<string>`${events.deletedAt}`,
      deletedByName: updater.name,
    })
    .from(events)
    .leftJoin(updater, eq(updater.id, events.updatedBy))
    .where(isNotNull(events.deletedAt))
    .orderBy(desc(events.deletedAt), desc(events.id))
    .all();
}

export type HistoryEntry = {
  id: number;
  at: string;
  action: string;
  actorId: number | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
};

/** The audit trail of one event, newest first. */
export function listEventHistory(eventId: number, db: Executor = getDb()): HistoryEntry[] {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'event'), eq(auditLog.entityId, String(eventId))))
    .orderBy(desc(auditLog.id))
    .all();
}

const RELATED_WINDOW_DAYS = 90;

/**
 * Up to `limit` other events sharing an initiative or a country with this one and starting within 90
 * days of it, nearest in time first.
 */
export function listRelatedEvents(
  eventId: number,
  { limit = 10, reader = null }: { limit?: number; reader?: Reader } = {},
  db: Executor = getDb(),
): TimelineItem[] {
  const event = db.select({ date: events.date }).from(events).where(eq(events.id, eventId)).get();
  if (!event) return [];
  const window = sql`f.date BETWEEN date(${event.date}, ${`-${RELATED_WINDOW_DAYS} days`}) AND date(${event.date}, ${`+${RELATED_WINDOW_DAYS} days`})`;
  const rows = db.all<{ id: number }>(sql`
    SELECT id FROM (
      SELECT f.event_id AS id, f.date AS date FROM event_countries f
      WHERE f.listed = 1 AND f.country_code IN (SELECT country_code FROM event_countries WHERE event_id = ${eventId}) AND ${window}
      UNION
      SELECT f.event_id, f.date FROM event_initiatives f
      WHERE f.listed = 1 AND f.initiative_id IN (SELECT initiative_id FROM event_initiatives WHERE event_id = ${eventId}) AND ${window}
    )
    WHERE id <> ${eventId}
    ORDER BY abs(julianday(date) - julianday(${event.date})), id DESC
    LIMIT ${limit}`);
  return attachDetails(
    db,
    rows.map((r) => r.id),
    reader,
  );
}
