'use client';
// Records a stance. Submitted without resetting the form, so a refused entry keeps everything typed.
import { useActionState, useTransition, type FormEvent } from 'react';
import { recordStance } from '@/app/stances/actions';
import { CONFIDENCE_LEVELS, POSITION_SYMBOLS, POSITION_VALUES, POSITIONS } from '@/lib/stances';
import { DATE_PRECISIONS } from '@/lib/vocabulary';
import { buttonClass, Field, FieldErrors, inputClass } from '../field';
import { FormStatus } from '../form-status';
import { EvidencePicker, type EvidenceOption } from './evidence-picker';

type Props = {
  country: { code: string; name: string };
  initiative: { slug: string; name: string };
  hasPrevious: boolean;
  evidenceOptions: EvidenceOption[];
  preselected: number[];
  today: string;
};

export function StanceForm({ country, initiative, hasPrevious, evidenceOptions, preselected, today }: Props) {
  const [state, action] = useActionState(recordStance, undefined);
  const [pending, startTransition] = useTransition();
  const errors = state?.fieldErrors ?? {};
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  const describedBy = (name: string) => ({ 'aria-describedby': `${name}-error`, 'aria-invalid': !!errors[name] });

  return (
    <form onSubmit={submit} aria-label="Record a stance" className="space-y-5">
      <input type="hidden" name="country" value={country.code} />
      <input type="hidden" name="initiative" value={initiative.slug} />
      <FieldErrors id="country-error" errors={errors.country} />
      <FieldErrors id="initiative-error" errors={errors.initiative} />

      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Position</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {POSITIONS.map((p) => (
            <label key={p} className="flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50">
              <input type="radio" name="position" value={p} required aria-describedby="position-error" />
              <span aria-hidden className="font-mono">
                {POSITION_SYMBOLS[p]}
              </span>
              {p} ({POSITION_VALUES[p] > 0 ? `+${POSITION_VALUES[p]}` : POSITION_VALUES[p]})
            </label>
          ))}
        </div>
        <FieldErrors id="position-error" errors={errors.position} />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="As of" name="asOf" errors={errors.asOf}>
          <input id="asOf" name="asOf" type="date" required max={today} defaultValue={today} className={inputClass} {...describedBy('asOf')} />
        </Field>
        <Field label="Date precision" name="asOfPrecision" errors={errors.asOfPrecision}>
          <select id="asOfPrecision" name="asOfPrecision" defaultValue="day" className={inputClass} {...describedBy('asOfPrecision')}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Confidence" name="confidence" errors={errors.confidence}>
          <select id="confidence" name="confidence" defaultValue="moderate" className={inputClass} {...describedBy('confidence')}>
            {CONFIDENCE_LEVELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <Field label="Rationale" name="rationale" errors={errors.rationale} hint="What the position rests on.">
        <textarea id="rationale" name="rationale" rows={3} required className={inputClass} {...describedBy('rationale')} />
      </Field>
      <Field
        label="Why it changed"
        name="changeNote"
        errors={errors.changeNote}
        hint={hasPrevious ? `Required: ${country.name} already has a stance on ${initiative.name}.` : 'Not needed for a first entry.'}
      >
        <textarea id="changeNote" name="changeNote" rows={2} required={hasPrevious} className={inputClass} {...describedBy('changeNote')} />
      </Field>

      <EvidencePicker options={evidenceOptions} preselected={preselected} errors={errors.evidence} />

      <FormStatus state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Recording…' : 'Record stance'}
      </button>
    </form>
  );
}
