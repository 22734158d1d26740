'use client';
// Records a country's role in an initiative, with or without JavaScript; a refused entry keeps its values (see use-form-action.ts).
import { recordMembership } from '@/app/stances/actions';
import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES } from '@/lib/stances/scale';
import { buttonClass, Field, FieldErrors, inputClass } from '../field';
import { FormStatus } from '../form-status';
import { useFormAction } from '../use-form-action';
import { ConfidenceField, PrecisionField } from './choice-fields';
import { EvidencePicker, type EvidenceOption } from './evidence-picker';

type Props = { country: string; initiative: string; evidenceOptions: EvidenceOption[]; preselected: number[]; maxDate: string };

export function MembershipForm({ country, initiative, evidenceOptions, preselected, maxDate }: Props) {
  const { state, formAction, pending, errors, onSubmit, describedBy, value, list } = useFormAction(recordMembership);
  return (
    <form action={formAction} onSubmit={onSubmit} aria-label="Record a membership" className="space-y-5">
      <input type="hidden" name="country" value={country} />
      <input type="hidden" name="initiative" value={initiative} />
      <FieldErrors id="country-error" errors={errors.country} />
      <FieldErrors id="initiative-error" errors={errors.initiative} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Role" name="role" errors={errors.role}>
          <select id="role" name="role" defaultValue={value('role', 'member')} className={inputClass} {...describedBy('role')}>
            {MEMBERSHIP_ROLES.map((r) => (
              <option key={r} value={r}>
                {MEMBERSHIP_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
        <ConfidenceField defaultValue={value('confidence', 'moderate')} errors={errors.confidence} wiring={describedBy('confidence')} />
        <div />
        <Field label="Joined" name="joined" errors={errors.joined}>
          <input
            id="joined"
            name="joined"
            type="date"
            required
            max={maxDate}
            defaultValue={value('joined')}
            className={inputClass}
            {...describedBy('joined')}
          />
        </Field>
        <PrecisionField
          name="joinedPrecision"
          label="Joined date precision"
          defaultValue={value('joinedPrecision', 'day')}
          errors={errors.joinedPrecision}
          wiring={describedBy('joinedPrecision')}
        />
        <Field label="Left (optional)" name="left" errors={errors.left}>
          <input id="left" name="left" type="date" defaultValue={value('left')} className={inputClass} {...describedBy('left')} />
        </Field>
      </div>
      <Field label="Note" name="note" errors={errors.note}>
        <textarea id="note" name="note" rows={2} defaultValue={value('note')} className={inputClass} {...describedBy('note')} />
      </Field>
      <EvidencePicker options={evidenceOptions} checked={list('evidence', preselected)} errors={errors.evidence} />
      <FormStatus state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Recording…' : 'Record membership'}
      </button>
    </form>
  );
}
