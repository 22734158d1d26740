'use client';
// Corrects a mistaken ledger entry in place; the audit log keeps what it said before.
import { useActionState, useTransition, type FormEvent } from 'react';
import { correctStanceEntry } from '@/app/stances/actions';
import type { StanceEntry } from '@/db/queries/stances';
import { CONFIDENCE_LEVELS, POSITIONS } from '@/lib/stances';
import { DATE_PRECISIONS } from '@/lib/vocabulary';
import { buttonClass, Field, inputClass } from '../field';
import { FormStatus } from '../form-status';
import { EvidencePicker, type EvidenceOption } from './evidence-picker';

export function StanceCorrectionForm({ entry, evidenceOptions, today }: { entry: StanceEntry; evidenceOptions: EvidenceOption[]; today: string }) {
  const [state, action] = useActionState(correctStanceEntry, undefined);
  const [pending, startTransition] = useTransition();
  const errors = state?.fieldErrors ?? {};
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  const describedBy = (name: string) => ({ 'aria-describedby': `${name}-error`, 'aria-invalid': !!errors[name] });
  return (
    <form onSubmit={submit} aria-label="Correct the entry" className="space-y-4">
      <input type="hidden" name="id" value={entry.id} />
      <input type="hidden" name="version" value={entry.version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Position" name="position" errors={errors.position}>
          <select id="position" name="position" defaultValue={entry.position} className={inputClass} {...describedBy('position')}>
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Confidence" name="confidence" errors={errors.confidence}>
          <select id="confidence" name="confidence" defaultValue={entry.confidence} className={inputClass} {...describedBy('confidence')}>
            {CONFIDENCE_LEVELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
        <Field label="As of" name="asOf" errors={errors.asOf}>
          <input id="asOf" name="asOf" type="date" max={today} defaultValue={entry.asOf} required className={inputClass} {...describedBy('asOf')} />
        </Field>
        <Field label="Date precision" name="asOfPrecision" errors={errors.asOfPrecision}>
          <select id="asOfPrecision" name="asOfPrecision" defaultValue={entry.datePrecision} className={inputClass} {...describedBy('asOfPrecision')}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Rationale" name="rationale" errors={errors.rationale}>
        <textarea id="rationale" name="rationale" rows={3} defaultValue={entry.rationale} required className={inputClass} {...describedBy('rationale')} />
      </Field>
      {entry.changeNote !== null ? (
        <Field label="Why it changed" name="changeNote" errors={errors.changeNote}>
          <textarea id="changeNote" name="changeNote" rows={2} defaultValue={entry.changeNote} className={inputClass} {...describedBy('changeNote')} />
        </Field>
      ) : null}
      <EvidencePicker options={evidenceOptions} preselected={entry.evidence} errors={errors.evidence} />
      <Field label="What was wrong with the entry" name="reason" errors={errors.reason} hint="Kept in the audit log with the entry as it was.">
        <textarea id="reason" name="reason" rows={2} required className={inputClass} {...describedBy('reason')} />
      </Field>
      <FormStatus state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        Save correction
      </button>
    </form>
  );
}
