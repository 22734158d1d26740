'use client';
// A view's owner controls beside its name: duplicate, and delete after a second, explicit confirmation.
import { useActionState, useState } from 'react';
import { copyView, removeView } from '@/app/views/actions';
import { secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';

export function ViewControls({ id, version }: { id: number; version: number }) {
  const [copyState, copy, copying] = useActionState(copyView.bind(null, id), undefined);
  const [deleteState, remove, deleting] = useActionState(removeView.bind(null, id), undefined);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <form action={copy}>
        <button type="submit" className={secondaryButtonClass} disabled={copying}>
          Duplicate
        </button>
      </form>
      {confirming ? (
        <form action={remove} className="inline-flex items-center gap-2">
          <input type="hidden" name="version" value={version} />
          <button type="submit" className="text-sm font-medium text-rose-700 hover:underline" disabled={deleting}>
            Confirm delete
          </button>
          <button type="button" className="text-sm text-slate-600 hover:underline" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </form>
      ) : (
        <button type="button" className="text-sm text-rose-700 hover:underline" onClick={() => setConfirming(true)}>
          Delete view
        </button>
      )}
      {copyState && !copyState.ok ? <FormStatus state={copyState} /> : null}
      {deleteState && !deleteState.ok ? <FormStatus state={deleteState} /> : null}
    </div>
  );
}
