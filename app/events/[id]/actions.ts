'use server';
// Writing events: create, versioned edit, soft delete and restore. Each action authorizes itself.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toEventInput } from '@/db/queries/event-detail';
import { restoreEvent, softDeleteEvent, updateEvent, type EditResult } from '@/db/queries/event-edit';
import { insertEvent, UnknownReferenceError } from '@/db/queries/events';
import { findUnknownReferences } from '@/db/queries/reference';
import type { ActionResult } from '@/lib/action-result';
import { guardedAction } from '@/lib/auth/action';
import { formatTimestamp } from '@/lib/dates';
import { readEventForm, toFormValues } from '@/lib/events/form';
import type { EventConflict, EventFormResult } from '@/lib/events/results';
import { eventInput, type EventInput } from '@/lib/events/schema';

const CORRECT = 'Please correct the highlighted fields.';
const GONE: ActionResult = { ok: false, message: 'This event no longer exists, or it has been deleted.' };
const versionField = z.coerce.number().int().positive();
const editInput = eventInput.safeExtend({ version: versionField });

const isId = (id: unknown): id is number => typeof id === 'number' && Number.isSafeInteger(id) && id > 0;

/** Unknown country codes and initiative slugs as errors on their fields, instead of a failed insert. */
function unknownReferences(input: EventInput): Record<string, string[]> | null {
  const unknown = findUnknownReferences({ countries: input.countries.map((c) => c.code), initiatives: input.initiatives });
  const errors: Record<string, string[]> = {};
  input.countries.forEach((c, i) => {
    if (unknown.countries.includes(c.code)) errors[`countries.${i}.code`] = [`Unknown country code ${c.code}`];
  });
  input.initiatives.forEach((slug, i) => {
    if (unknown.initiatives.includes(slug)) errors[`initiatives.${i}`] = [`Unknown initiative ${slug}`];
  });
  return Object.keys(errors).length ? errors : null;
}

function referenceRefusal(error: unknown): ActionResult {
  // A country or initiative removed between the check above and the write.
  if (error instanceof UnknownReferenceError) return { ok: false, message: CORRECT, fieldErrors: { [error.field]: [error.message] } };
  throw error;
}

function conflictOf(result: Extract<EditResult, { reason: 'conflict' }>): EventConflict {
  const { current } = result;
  return {
    version: current.version,
    updatedByName: current.updatedByName,
    updatedAt: current.updatedAt,
    differingFields: result.differingFields,
    current: toFormValues(toEventInput(current)),
  };
}

function conflictMessage(c: Pick<EventConflict, 'version' | 'updatedByName' | 'updatedAt'>) {
  return `Someone else saved this event since you opened it (version ${c.version} by ${c.updatedByName ?? 'an unknown user'} at ${formatTimestamp(c.updatedAt)}).`;
}

// A new or changed event shows on the overview, the timeline, its own page and its neighbours' related
// events, so every page is revalidated rather than a list that would drift from the pages that exist.
const revalidateEvents = () => revalidatePath('/', 'layout');

export const createEvent = guardedAction(
  'write',
  eventInput,
  async (input, user) => {
    const unknown = unknownReferences(input);
    if (unknown) return { ok: false, message: CORRECT, fieldErrors: unknown };
    let id: number;
    try {
      id = insertEvent({ input, actorId: user.id });
    } catch (error) {
      return referenceRefusal(error);
    }
    revalidateEvents();
    redirect(`/events/${id}`);
  },
  readEventForm,
);

/** Saves the edit form if the event is still at the version the form was opened at. Bind the id. */
export async function editEvent(id: number, previous: EventFormResult | undefined, formData: FormData): Promise<EventFormResult> {
  const run = guardedAction(
    'write',
    editInput,
    async ({ version, ...input }, user): Promise<EventFormResult> => {
      if (!isId(id)) return GONE;
      const unknown = unknownReferences(input);
      if (unknown) return { ok: false, message: CORRECT, fieldErrors: unknown };
      let result: EditResult;
      try {
        result = updateEvent({ id, expectedVersion: version, input, actorId: user.id });
      } catch (error) {
        return referenceRefusal(error);
      }
      if (!result.ok && result.reason === 'not-found') return GONE;
      if (!result.ok) {
        const conflict = conflictOf(result);
        return { ok: false, message: `${conflictMessage(conflict)} Review their changes below, then save again.`, conflict };
      }
      revalidateEvents();
      redirect(`/events/${id}`);
    },
    readEventForm,
  );
  // guardedAction is typed for the plain ActionResult; the handler above returns its extension.
  return (await run(previous, formData)) as EventFormResult;
}

/** Soft-deletes the event if it is still at the version the page showed. Bind the id. */
export async function deleteEvent(id: number, previous: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const run = guardedAction('write', z.object({ version: versionField }), async ({ version }, user) => {
    if (!isId(id)) return GONE;
    const result = softDeleteEvent({ id, expectedVersion: version, actorId: user.id });
    if (!result.ok && result.reason === 'not-found') return GONE;
    if (!result.ok) {
      return { ok: false, message: `${conflictMessage(result.current)} Reload the page to see their changes before you delete it.` };
    }
    revalidateEvents();
    redirect('/events');
  });
  return run(previous, formData);
}

/** Brings a deleted event back (admins). Bind the id. */
export async function restoreDeletedEvent(id: number, previous: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const run = guardedAction('restore', z.object({}), async (_input, user) => {
    if (!isId(id)) return { ok: false, message: 'That event is not in the deleted events.' };
    const result = restoreEvent({ id, actorId: user.id });
    if (!result.ok) return { ok: false, message: 'That event is not in the deleted events any more.' };
    revalidateEvents();
    redirect(`/events/${id}`);
  });
  return run(previous, formData);
}
