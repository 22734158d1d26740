'use client';
// Brings a deleted event back (admins); the action then opens the event.
import { useActionState, useMemo } from 'react';
import { restoreDeletedEvent } from '@/app/events/[id]/actions';
import { secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';

export function RestoreEventButton({ id, title }: { id: number; title: string }) {
  const action = useMemo(() => restoreDeletedEvent.bind(null, id), [id]);
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex items-center gap-3">
      <button type="submit" className={secondaryButtonClass} aria-label={`Restore ${title}`} disabled={pending}>
        {pending ? 'Restoring…' : 'Restore'}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
