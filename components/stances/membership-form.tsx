'use client';
// Records a country's role in an initiative. Submitted without resetting the form, so a refused entry keeps its values.
import { useActionState, useTransition, type FormEvent } from 'react';
import { recordMembership } from '@/app/stances/actions';
import { CONFIDENCE_LEVELS, MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES } from '@/lib/stances';
import { DATE_PRECISIONS } from '@/lib/vocabulary';
import { buttonClass, Field, FieldErrors, inputClass } from '../field';
import { FormStatus } from '../form-status';
import { EvidencePicker, type EvidenceOption } from './evidence-picker';

type Props = { country: string; initiative: string; evidenceOptions: EvidenceOption[]; preselected: number[]; today: string };

export function MembershipForm({ country, initiative, evidenceOptions, preselected, today }: Props) {
  const [state, action] = useActionState(recordMembership, undefined);
  const [pending, startTransition] = useTransition();
  const errors = state?.fieldErrors ?? {};
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  const describedBy = (name: string) => ({ 'aria-describedby': `${name}-error`, 'aria-invalid': !!errors[name] });
  return (
    <form onSubmit={submit} aria-label="Record a membership" className="space-y-5">
      <input type="hidden" name="country" value={country} />
      <input type="hidden" name="initiative" value={initiative} />
      <FieldErrors id="country-error" errors={errors.country} />
      <FieldErrors id="initiative-error" errors={errors.initiative} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Role" name="role" errors={errors.role}>
          <select id="role" name="role" defaultValue="member" className={inputClass} {...describedBy('role')}>
            {MEMBERSHIP_ROLES.map((r) => (
              <option key={r} value={r}>
                {MEMBERSHIP_ROLE_LABELS[r]}
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
        <div />
        <Field label="Joined" name="joined" errors={errors.joined}>
          <input id="joined" name="joined" type="date" required max={today} className={inputClass} {...describedBy('joined')} />
        </Field>
        <Field label="Joined date precision" name="joinedPrecision" errors={errors.joinedPrecision}>
          <select id="joinedPrecision" name="joinedPrecision" defaultValue="day" className={inputClass} {...describedBy('joinedPrecision')}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Left (optional)" name="left" errors={errors.left}>
          <input id="left" name="left" type="date" className={inputClass} {...describedBy('left')} />
        </Field>
      </div>
      <Field label="Note" name="note" errors={errors.note}>
        <textarea id="note" name="note" rows={2} className={inputClass} {...describedBy('note')} />
      </Field>
      <EvidencePicker options={evidenceOptions} preselected={preselected} errors={errors.evidence} />
      <FormStatus state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Recording…' : 'Record membership'}
      </button>
    </form>
  );
}
