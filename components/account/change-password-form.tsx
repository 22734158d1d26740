'use client';
import { useActionState } from 'react';
import { changeOwnPassword } from '@/app/account/actions';
import { buttonClass, Field, inputClass } from '../field';
import { FormStatus } from '../form-status';

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changeOwnPassword, undefined);
  const errors = state?.fieldErrors ?? {};
  const input = (name: string, autoComplete: string) => (
    <input
      id={name}
      name={name}
      type="password"
      required
      autoComplete={autoComplete}
      className={inputClass}
      aria-invalid={!!errors[name]}
      aria-describedby={`${name}-error`}
    />
  );
  return (
    <form action={action} aria-label="Change password" className="max-w-sm space-y-4">
      <Field label="Current password" name="currentPassword" errors={errors.currentPassword}>
        {input('currentPassword', 'current-password')}
      </Field>
      <Field label="New password" name="newPassword" errors={errors.newPassword} hint="At least 12 characters, not a common password.">
        {input('newPassword', 'new-password')}
      </Field>
      <Field label="Repeat new password" name="confirmPassword" errors={errors.confirmPassword}>
        {input('confirmPassword', 'new-password')}
      </Field>
      <FormStatus state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        Change password
      </button>
    </form>
  );
}
