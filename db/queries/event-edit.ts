// Changing events after they are written: versioned updates, soft delete and restore, each audited in
// the same transaction as the change and the full-text index update.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { annotations, eventCountries, eventInitiatives, eventPeople, events, eventTags, sources } from '@/db/schema';
import type { EventInput } from '@/lib/events/schema';
import { invalid, NOT_FOUND, written, type WriteResult } from '@/lib/write-result';
import { insertAuditEntry } from './audit';
import { getEvent, toEventInput, type EventDetail } from './event-detail';
import { syncEventSearch } from './event-search';
import { eventColumns, referenceIssues, writeRelations } from './events';

/** An edit's outcome: the new version, or why nothing was written (a conflict carries the stored event). */
export type EditResult = WriteResult<{ version: number }, 'not-found' | 'conflict', EventDetail>;
export type UpdateResult = WriteResult<{ version: number }, 'not-found' | 'conflict' | 'invalid', EventDetail>;

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

function differingFields(stored: EventInput, input: EventInput): (keyof EventInput)[] {
  return (Object.keys(input) as (keyof EventInput)[]).filter((k) => JSON.stringify(stored[k]) !== JSON.stringify(input[k]));
}

/**
 * Replaces an event and all its relations if it is still at `expectedVersion`; otherwise changes
 * nothing and returns the conflict. Deleted events cannot be edited (restore them first).
 */
export function updateEvent({
  id,
  expectedVersion,
  input,
  actorId,
  tx,
  deferSearch = false,
}: {
  id: number;
  expectedVersion: number;
  input: EventInput;
  actorId: number | null;
  /** A transaction to write in (an import's); otherwise the update is its own. */
  tx?: Executor;
  /** The caller re-indexes the event for search (syncEventsSearch) before its transaction ends. */
  deferSearch?: boolean;
}): UpdateResult {
  const run = (t: Executor): UpdateResult => {
    const current = getEvent(id, {}, t);
    if (!current) return NOT_FOUND;
    const before = toEventInput(current);
    if (current.version !== expectedVersion) return { ok: false, code: 'conflict', current, differingFields: differingFields(before, input) };
    const issues = referenceIssues(t, input);
    if (issues.length) return invalid(issues);

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
    // Sources are replaced below; annotations on them are checked against the new rows at commit.
    t.run(sql`PRAGMA defer_foreign_keys = ON`);
    const annotatedSources = t
      .select({ id: annotations.id, url: sources.url })
      .from(annotations)
      .innerJoin(sources, eq(sources.id, annotations.sourceId))
      .where(eq(annotations.eventId, id))
      .all();
    for (const table of [eventCountries, eventInitiatives, eventTags, eventPeople, sources]) t.delete(table).where(eq(table.eventId, id)).run();
    writeRelations(t, id, input);
    followSources(t, id, annotatedSources);
    if (!deferSearch) syncEventSearch(t, id);
    insertAuditEntry({ actorId, action: 'event.update', entityType: 'event', entityId: id, before, after: input }, t);
    return written({ version: updated.version });
  };
  return tx ? run(tx) : getDb().transaction(run);
}

/**
 * Annotations of a source follow it by URL to its new row; those of a source the edit removed stay on
 * the event itself, so no analyst's judgment is lost to an edit.
 */
function followSources(t: Executor, eventId: number, annotated: { id: number; url: string }[]) {
  if (!annotated.length) return;
  const byUrl = new Map(
    t
      .select({ id: sources.id, url: sources.url })
      .from(sources)
      .where(eq(sources.eventId, eventId))
      .all()
      .map((r) => [r.url, r.id]),
  );
  for (const a of annotated) {
    const sourceId = byUrl.get(a.url);
    t.update(annotations)
      .set(sourceId ? { sourceId } : { target: 'event', sourceId: null, quote: null })
      .where(eq(annotations.id, a.id))
      .run();
  }
}

function setDeleted({ id, expectedVersion, actorId }: { id: number; expectedVersion?: number; actorId: number | null }, deleted: boolean): EditResult {
  return getDb().transaction((t): EditResult => {
    const current = getEvent(id, { includeDeleted: true }, t);
    if (!current || (current.deletedAt !== null) === deleted) return NOT_FOUND;
    if (expectedVersion !== undefined && current.version !== expectedVersion) {
      return { ok: false, code: 'conflict', current, differingFields: [] };
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
    return written({ version: updated.version });
  });
}

/** Hides an event from every list, count, chart and search; restorable. */
export function softDeleteEvent(args: { id: number; expectedVersion?: number; actorId: number | null }): EditResult {
  return setDeleted(args, true);
}

export function restoreEvent({ id, actorId }: { id: number; actorId: number | null }): EditResult {
  return setDeleted({ id, actorId }, false);
}
