// A labelled control of the event form: its errors beside it, tied to it by aria-describedby. The label
// may carry a visually hidden prefix ("Source 2 ") so that repeated rows have distinct names.
import type { ReactNode } from 'react';
import { FieldErrors } from '../../field';

/** The form-wide id of a field path: `sources.0.url` → `event-sources-0-url`. */
export const fieldId = (path: string) => `event-${path.replace(/\./g, '-')}`;

/** The id, aria-invalid and aria-describedby a control at `path` carries. */
export function controlProps(path: string, errors: string[] | undefined, hint?: boolean) {
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy || undefined };
}

type Props = {
  path: string;
  label: string;
  /** Read by screen readers before the label, e.g. "Source 2". */
  srPrefix?: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: ReactNode;
};

export function FormField({ path, label, srPrefix, hint, errors, className, children }: Props) {
  const id = fieldId(path);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {srPrefix ? <span className="sr-only">{srPrefix} </span> : null}
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">{children}</div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A titled part of the form ("When", "Sources"). */
export function FormSection({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={id} className="text-lg font-medium">
        {title}
      </h2>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}
