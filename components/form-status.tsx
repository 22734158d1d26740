// The live region where a form's overall result is announced.
import type { ActionResult } from '@/lib/action-result';

export function FormStatus({ state }: { state: ActionResult | undefined }) {
  return (
    <div aria-live="polite" role="status" className="min-h-5 text-sm">
      {state?.message ? <p className={state.ok ? 'text-emerald-700' : 'text-rose-700'}>{state.message}</p> : null}
    </div>
  );
}
