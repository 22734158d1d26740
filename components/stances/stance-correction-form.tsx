'use client';
// Corrects a mistaken ledger entry in place, with or without JavaScript; the audit log keeps what it said before.
import { correctStanceEntry } from '@/app/stances/actions';
import type { StanceEntry } from '@/db/queries/stances';
import { POSITIONS } from '@/lib/stances/scale';
import { buttonClass, Field, inputClass } from '../field';
import { FormStatus } from '../form-status';
import { useFormAction } from '../use-form-action';
import { ConfidenceField, PrecisionField } from './choice-fields';
import { EvidencePicker, type EvidenceOption } from './evidence-picker';

export function StanceCorrectionForm({ entry, evidenceOptions, maxDate }: { entry: StanceEntry; evidenceOptions: EvidenceOption[]; maxDate: string }) {
  const { state, formAction, pending, errors, onSubmit, describedBy, value, list } = useFormAction(correctStanceEntry);
  return (
    <form action={formAction} onSubmit={onSubmit} aria-label="Correct the entry" className="space-y-4">
      <input type="hidden" name="id" value={entry.id} />
      <input type="hidden" name="version" value={entry.version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Position" name="position" errors={errors.position}>
          <select id="position" name="position" defaultValue={value('position', entry.position)} className={inputClass} {...describedBy('position')}>
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        <ConfidenceField defaultValue={value('confidence', entry.confidence)} errors={errors.confidence} wiring={describedBy('confidence')} />
        <Field label="As of" name="asOf" errors={errors.asOf}>
          <input
            id="asOf"
            name="asOf"
            type="date"
            max={maxDate}
            defaultValue={value('asOf', entry.asOf)}
            required
            className={inputClass}
            {...describedBy('asOf')}
          />
        </Field>
        <PrecisionField
          name="asOfPrecision"
          defaultValue={value('asOfPrecision', entry.datePrecision)}
          errors={errors.asOfPrecision}
          wiring={describedBy('asOfPrecision')}
        />
      </div>
      <Field label="Rationale" name="rationale" errors={errors.rationale}>
        <textarea
          id="rationale"
          name="rationale"
          rows={3}
          defaultValue={value('rationale', entry.rationale)}
          required
          className={inputClass}
          {...describedBy('rationale')}
        />
      </Field>
      {entry.changeNote !== null ? (
        <Field label="Why it changed" name="changeNote" errors={errors.changeNote}>
          <textarea
            id="changeNote"
            name="changeNote"
            rows={2}
            defaultValue={value('changeNote', entry.changeNote)}
            className={inputClass}
            {...describedBy('changeNote')}
          />
        </Field>
      ) : null}
      <EvidencePicker options={evidenceOptions} checked={list('evidence', entry.evidence)} errors={errors.evidence} />
      <Field label="What was wrong with the entry" name="reason" errors={errors.reason} hint="Kept in the audit log with the entry as it was.">
        <textarea id="reason" name="reason" rows={2} required defaultValue={value('reason')} className={inputClass} {...describedBy('reason')} />
      </Field>
      <FormStatus state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        Save correction
      </button>
    </form>
  );
}
