'use client';
// Deletes a ledger entry after a second, explicit confirmation.
import { useActionState, useState } from 'react';
import { deleteStanceEntry } from '@/app/stances/actions';
import { FormStatus } from '../form-status';

export function DeleteStanceButton({ id, version, label }: { id: number; version: number; label: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(deleteStanceEntry, undefined);
  if (state?.ok) return <FormStatus state={state} />;
  return (
    <span className="inline-flex items-center gap-1">
      {confirming ? (
        <form action={action} className="inline-flex items-center gap-1">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <button type="submit" disabled={pending} className="text-xs font-medium text-rose-700 hover:underline" aria-label={`Confirm deleting the ${label}`}>
            Confirm delete
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="text-xs text-slate-600 hover:underline">
            Keep
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="text-xs text-rose-700 hover:underline" aria-label={`Delete the ${label}`}>
          Delete
        </button>
      )}
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </span>
  );
}
