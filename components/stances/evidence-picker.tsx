// Evidence for a stance or membership: events chosen by checkbox, each labelled by date and title.
import { formatDate } from '@/lib/dates';
import type { DatePrecision } from '@/lib/vocabulary';
import { FieldErrors } from '../field';

export type EvidenceOption = { id: number; title: string; date: string; datePrecision: DatePrecision };

/** `checked`: the ids ticked to start with (as numbers, or as the strings a refused form sent back). */
export function EvidencePicker({ options, checked, errors }: { options: EvidenceOption[]; checked: readonly (number | string)[]; errors?: string[] }) {
  const ticked = new Set(checked.map(String));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">Evidence</legend>
      {options.length ? (
        <div className="mt-1 max-h-64 space-y-1 overflow-y-auto rounded-md border border-slate-200 bg-white p-2 text-sm">
          {options.map((o) => (
            <label key={o.id} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="evidence"
                value={o.id}
                defaultChecked={ticked.has(String(o.id))}
                className="mt-1"
                aria-describedby="evidence-error"
              />
              <span>
                <span className="tabular-nums text-slate-500">{formatDate(o.date, o.datePrecision)}</span> {o.title}
              </span>
            </label>
          ))}
        </div>
      ) : (
        <p className="mt-1 text-sm text-slate-500">No events recorded for this country yet. Record the event first, then cite it here.</p>
      )}
      <FieldErrors id="evidence-error" errors={errors} />
    </fieldset>
  );
}
