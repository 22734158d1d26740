'use client';
// Deletes an event (softly: admins can restore it) after a second, explicit confirmation. Without
// JavaScript the confirmation opens as a disclosure instead, and posts to the same action.
import { useActionState, useMemo, useState, type ReactNode } from 'react';
import { deleteEvent } from '@/app/events/[id]/actions';
import { secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';

const dangerClass =
  'inline-flex items-center justify-center rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-rose-800 disabled:opacity-60';
const openClass = `${secondaryButtonClass} border-rose-300 text-rose-700 hover:bg-rose-50`;

/** `version` is the event's version as the page shows it: a delete after someone else's save is refused. */
export function DeleteEventButton({ id, version, title }: { id: number; version: number; title: string }) {
  const [confirming, setConfirming] = useState(false);
  const action = useMemo(() => deleteEvent.bind(null, id), [id]);
  const [state, formAction, pending] = useActionState(action, undefined);
  const confirmation = (keep: ReactNode) => (
    <form action={formAction} role="group" aria-label="Confirm deletion" className="space-y-3 rounded-md border border-rose-200 bg-rose-50 p-4">
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-rose-900">
        Delete “{title}”? It disappears from the timeline, counts and searches. An admin can restore it from Deleted events.
      </p>
      <div className="flex gap-2">
        <button type="submit" className={dangerClass} disabled={pending}>
          {pending ? 'Deleting…' : 'Yes, delete event'}
        </button>
        {keep}
      </div>
    </form>
  );
  return (
    <div className="space-y-2">
      {confirming ? (
        confirmation(
          <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)} disabled={pending}>
            Keep event
          </button>,
        )
      ) : (
        <button type="button" className={`${openClass} noscript:hidden`} onClick={() => setConfirming(true)}>
          Delete event
        </button>
      )}
      <noscript>
        <details className="space-y-2">
          <summary className={`${openClass} cursor-pointer list-none`}>Delete event</summary>
          {confirmation(null)}
        </details>
      </noscript>
      <FormStatus state={state} />
    </div>
  );
}
