// Changing events after they are written: versioned updates, soft delete and restore, each audited in
// the same transaction as the change and the full-text index update.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { eventCountries, eventInitiatives, eventPeople, events, eventTags, sources } from '@/db/schema';
import type { EventInput } from '@/lib/events/schema';
import { insertAuditEntry } from './audit';
import { getEvent, toEventInput, type EventDetail } from './event-detail';
import { syncEventSearch } from './event-search';
import { eventColumns, writeRelations } from './events';

export type EditResult =
  | { ok: true; version: number }
  | { ok: false; reason: 'not-found' }
  /** Someone saved first: the stored event and the fields where it differs from the submitted input. */
  | { ok: false; reason: 'conflict'; current: EventDetail; differingFields: (keyof EventInput)[] };

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

function differingFields(stored: EventInput, input: EventInput): (keyof EventInput)[] {
  return (Object.keys(input) as (keyof EventInput)[]).filter((k) => JSON.stringify(stored[k]) !== JSON.stringify(input[k]));
}

/**
 * Replaces an event and all its relations if it is still at `expectedVersion`; otherwise changes
 * nothing and returns the conflict. Deleted events cannot be edited (restore them first).
 */
export function updateEvent({ id, expectedVersion, input, actorId }: { id: number; expectedVersion: number; input: EventInput; actorId: number | null }): EditResult {
  return getDb().transaction((t): EditResult => {
    const current = getEvent(id, {}, t);
    if (!current) return { ok: false, reason: 'not-found' };
    const before = toEventInput(current);
    if (current.version !== expectedVersion) return { ok: false, reason: 'conflict', current, differingFields: differingFields(before, input) };

    const updated = t
      .update(events)
      .set({
        ...eventColumns(input),
        version: sql`${events.version} + 1`,
        updatedBy: actorId,
        updatedAt: now,
      })
      .where(and(eq(events.id, id), eq(events.version, expectedVersion)))
      .returning({ version: events.version })
      .get();
    if (!updated) throw new Error(`Event ${id} changed inside its own update transaction`);
    for (const table of [eventCountries, eventInitiatives, eventTags, eventPeople, sources]) t.delete(table).where(eq(table.eventId, id)).run();
    writeRelations(t, id, input);
    syncEventSearch(t, id);
    insertAuditEntry({ actorId, action: 'event.update', entityType: 'event', entityId: id, before, after: input }, t);
    return { ok: true, version: updated.version };
  });
}

function setDeleted(
  { id, expectedVersion, actorId }: { id: number; expectedVersion?: number; actorId: number | null },
  deleted: boolean,
): EditResult {
  return getDb().transaction((t): EditResult => {
    const current = getEvent(id, { includeDeleted: true }, t);
    if (!current || (current.deletedAt !== null) === deleted) return { ok: false, reason: 'not-found' };
    if (expectedVersion !== undefined && current.version !== expectedVersion) {
      return { ok: false, reason: 'conflict', current, differingFields: [] };
    }
    // The events_denormalise and month-count triggers (migration 0003) update the filter tables and rollup.
    const updated = t
      .update(events)
      .set({ deletedAt: deleted ? now : null, version: sql`${events.version} + 1`, updatedBy: actorId, updatedAt: now })
      .where(eq(events.id, id))
      .returning({ version: events.version, deletedAt: events.deletedAt })
      .get()!;
    syncEventSearch(t, id);
    insertAuditEntry(
      {
        actorId,
        action: deleted ? 'event.delete' : 'event.restore',
        entityType: 'event',
        entityId: id,
        before: { deletedAt: current.deletedAt, version: current.version },
        after: { deletedAt: updated.deletedAt, version: updated.version },
      },
      t,
    );
    return { ok: true, version: updated.version };
  });
}

/** Hides an event from every list, count, chart and search; restorable. */
export function softDeleteEvent(args: { id: number; expectedVersion?: number; actorId: number | null }): EditResult {
  return setDeleted(args, true);
}

export function restoreEvent({ id, actorId }: { id: number; actorId: number | null }): EditResult {
  return setDeleted({ id, actorId }, false);
}
