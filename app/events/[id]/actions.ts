'use server';
// Writing events: create, versioned edit, soft delete and restore. Each action authorizes itself.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toEventInput, type EventDetail } from '@/db/queries/event-detail';
import { restoreEvent, softDeleteEvent, updateEvent, type EditResult } from '@/db/queries/event-edit';
import { insertEvent } from '@/db/queries/events';
import { refusedFields, type ActionResult } from '@/lib/action-result';
import { guardedAction } from '@/lib/auth/action';
import { formatTimestamp } from '@/lib/dates';
import { readEventForm, toFormValues } from '@/lib/events/form';
import type { EventConflict, EventFormResult } from '@/lib/events/results';
import { eventInput, type EventInput } from '@/lib/events/schema';
import type { WriteFailure } from '@/lib/write-result';

const GONE = 'This event no longer exists, or it has been deleted.';
const versionField = z.coerce.number().int().positive();
const editInput = eventInput.safeExtend({ version: versionField });
const eventId = z.tuple([z.number().int().positive()]);

function conflictOf(result: WriteFailure<'conflict', EventDetail>): EventConflict {
  const { current } = result;
  return {
    version: current.version,
    updatedByName: current.updatedByName,
    updatedAt: current.updatedAt,
    differingFields: result.differingFields as (keyof EventInput)[],
    current: toFormValues(toEventInput(current)),
  };
}

function conflictMessage(c: Pick<EventConflict, 'version' | 'updatedByName' | 'updatedAt'>) {
  return `Someone else saved this event since you opened it (version ${c.version} by ${c.updatedByName ?? 'an unknown user'} at ${formatTimestamp(c.updatedAt)}).`;
}

// A new or changed event shows on the overview, the timeline, its own page and its neighbours' related
// events, so every page is revalidated rather than a list that would drift from the pages that exist.
const revalidateEvents = () => revalidatePath('/', 'layout');

export const createEvent = guardedAction({ permission: 'write', input: eventInput, read: readEventForm }, async (input, user): Promise<ActionResult> => {
  const result = insertEvent({ input, actorId: user.id });
  if (!result.ok) return refusedFields(result.issues);
  revalidateEvents();
  redirect(`/events/${result.value}`);
});

/** Saves the edit form if the event is still at the version the form was opened at. Bind the id. */
export const editEvent = guardedAction(
  { permission: 'write', input: editInput, bound: eventId, read: readEventForm, unknownBound: GONE },
  async ({ version, ...input }, user, [id]): Promise<EventFormResult> => {
    const result = updateEvent({ id, expectedVersion: version, input, actorId: user.id });
    if (!result.ok) {
      switch (result.code) {
        case 'not-found':
          return { ok: false, message: GONE };
        case 'invalid':
          return refusedFields(result.issues);
        case 'conflict': {
          const conflict = conflictOf(result);
          return { ok: false, message: `${conflictMessage(conflict)} Review their changes below, then save again.`, conflict };
        }
      }
    }
    revalidateEvents();
    redirect(`/events/${id}`);
  },
);

function refusedEdit(result: Exclude<EditResult, { ok: true }>, onConflict: string): ActionResult {
  if (result.code === 'not-found') return { ok: false, message: GONE };
  return { ok: false, message: `${conflictMessage(result.current)} ${onConflict}` };
}

/** Soft-deletes the event if it is still at the version the page showed. Bind the id. */
export const deleteEvent = guardedAction(
  { permission: 'write', input: z.object({ version: versionField }), bound: eventId, unknownBound: GONE },
  async ({ version }, user, [id]): Promise<ActionResult> => {
    const result = softDeleteEvent({ id, expectedVersion: version, actorId: user.id });
    if (!result.ok) return refusedEdit(result, 'Reload the page to see their changes before you delete it.');
    revalidateEvents();
    redirect('/events');
  },
);

/** Brings a deleted event back (admins). Bind the id. */
export const restoreDeletedEvent = guardedAction(
  { permission: 'restore', input: z.object({}), bound: eventId, unknownBound: 'That event is not in the deleted events.' },
  async (_input, user, [id]): Promise<ActionResult> => {
    const result = restoreEvent({ id, actorId: user.id });
    if (!result.ok) return { ok: false, message: 'That event is not in the deleted events any more.' };
    revalidateEvents();
    redirect(`/events/${id}`);
  },
);
