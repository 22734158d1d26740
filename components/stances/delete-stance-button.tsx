'use client';
// Deletes a ledger entry after a second, explicit confirmation. Without JavaScript the confirmation opens
// as a disclosure instead, and posts to the same action.
import { useActionState, useState, type ReactNode } from 'react';
import { deleteStanceEntry } from '@/app/stances/actions';
import { FormStatus } from '../form-status';

export function DeleteStanceButton({ id, version, label }: { id: number; version: number; label: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(deleteStanceEntry, undefined);
  if (state?.ok) return <FormStatus state={state} />;
  const confirmation = (keep: ReactNode) => (
    <form action={action} className="inline-flex items-center gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="text-xs font-medium text-rose-700 hover:underline" aria-label={`Confirm deleting the ${label}`}>
        Confirm delete
      </button>
      {keep}
    </form>
  );
  return (
    <span className="inline-flex items-center gap-1">
      {confirming ? (
        confirmation(
          <button type="button" onClick={() => setConfirming(false)} className="text-xs text-slate-600 hover:underline">
            Keep
          </button>,
        )
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="text-xs text-rose-700 hover:underline noscript:hidden"
          aria-label={`Delete the ${label}`}
        >
          Delete
        </button>
      )}
      <noscript>
        <details className="inline-block">
          <summary className="cursor-pointer text-xs text-rose-700 hover:underline" aria-label={`Delete the ${label}`}>
            Delete
          </summary>
          {confirmation(null)}
        </details>
      </noscript>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </span>
  );
}
