'use client';
import { useActionState } from 'react';
import { signInAction } from '@/app/login/actions';
import { buttonClass, Field, inputClass } from '@/components/field';
import { FormStatus } from '@/components/form-status';

export function LoginForm({ from }: { from: string }) {
  const [state, action, pending] = useActionState(signInAction, undefined);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="from" value={from} />
      <Field label="Email" name="email" errors={state?.fieldErrors?.email}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state?.values?.email}
          className={inputClass}
          aria-describedby="email-error"
          aria-invalid={!!state?.fieldErrors?.email}
        />
      </Field>
      <Field label="Password" name="password" errors={state?.fieldErrors?.password}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          aria-describedby="password-error"
          aria-invalid={!!state?.fieldErrors?.password}
        />
      </Field>
      <FormStatus state={state} />
      <button type="submit" className={`${buttonClass} w-full`} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
