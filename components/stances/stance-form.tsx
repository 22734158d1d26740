'use client';
// Records a stance, with or without JavaScript; a refused entry keeps everything typed (see use-form-action.ts).
import { recordStance } from '@/app/stances/actions';
import { POSITION_SYMBOLS, POSITION_VALUES, POSITIONS } from '@/lib/stances/scale';
import { buttonClass, Field, FieldErrors, inputClass } from '../field';
import { FormStatus } from '../form-status';
import { useFormAction } from '../use-form-action';
import { ConfidenceField, PrecisionField } from './choice-fields';
import { EvidencePicker, type EvidenceOption } from './evidence-picker';

type Props = {
  country: { code: string; name: string };
  initiative: { slug: string; name: string };
  hasPrevious: boolean;
  evidenceOptions: EvidenceOption[];
  preselected: number[];
  today: string;
  maxDate: string;
};

export function StanceForm({ country, initiative, hasPrevious, evidenceOptions, preselected, today, maxDate }: Props) {
  const { state, formAction, pending, errors, onSubmit, describedBy, value, list } = useFormAction(recordStance);

  return (
    <form action={formAction} onSubmit={onSubmit} aria-label="Record a stance" className="space-y-5">
      <input type="hidden" name="country" value={country.code} />
      <input type="hidden" name="initiative" value={initiative.slug} />
      <FieldErrors id="country-error" errors={errors.country} />
      <FieldErrors id="initiative-error" errors={errors.initiative} />

      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Position</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {POSITIONS.map((p) => (
            <label
              key={p}
              className="flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50"
            >
              <input type="radio" name="position" value={p} defaultChecked={value('position') === p} required aria-describedby="position-error" />
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
          <input id="asOf" name="asOf" type="date" required max={maxDate} defaultValue={value('asOf', today)} className={inputClass} {...describedBy('asOf')} />
        </Field>
        <PrecisionField name="asOfPrecision" defaultValue={value('asOfPrecision', 'day')} errors={errors.asOfPrecision} wiring={describedBy('asOfPrecision')} />
        <ConfidenceField defaultValue={value('confidence', 'moderate')} errors={errors.confidence} wiring={describedBy('confidence')} />
      </div>

      <Field label="Rationale" name="rationale" errors={errors.rationale} hint="What the position rests on.">
        <textarea id="rationale" name="rationale" rows={3} required defaultValue={value('rationale')} className={inputClass} {...describedBy('rationale')} />
      </Field>
      <Field
        label="Why it changed"
        name="changeNote"
        errors={errors.changeNote}
        hint={hasPrevious ? `Required: ${country.name} already has a stance on ${initiative.name}.` : 'Not needed for a first entry.'}
      >
        <textarea
          id="changeNote"
          name="changeNote"
          rows={2}
          required={hasPrevious}
          defaultValue={value('changeNote')}
          className={inputClass}
          {...describedBy('changeNote')}
        />
      </Field>

      <EvidencePicker options={evidenceOptions} checked={list('evidence', preselected)} errors={errors.evidence} />

      <FormStatus state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Recording…' : 'Record stance'}
      </button>
    </form>
  );
}
