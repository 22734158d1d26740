'use client';
import { useActionState } from 'react';
import { addUser } from '@/app/admin/users/actions';
import { ROLES } from '@/lib/vocabulary';
import { buttonClass, Field, inputClass } from '../field';
import { FormStatus } from '../form-status';

export function AddUserForm() {
  const [state, action, pending] = useActionState(addUser, undefined);
  const errors = state?.fieldErrors ?? {};
  const role = state?.values?.role ?? 'analyst';
  return (
    <form action={action} aria-label="Add a user" className="grid gap-4 sm:grid-cols-2">
      <Field label="Email" name="email" errors={errors.email}>
        <input
          id="email"
          name="email"
          type="email"
          required
          defaultValue={state?.ok ? '' : state?.values?.email}
          className={inputClass}
          aria-invalid={!!errors.email}
          aria-describedby="email-error"
        />
      </Field>
      <Field label="Name" name="name" errors={errors.name}>
        <input
          id="name"
          name="name"
          required
          defaultValue={state?.ok ? '' : state?.values?.name}
          className={inputClass}
          aria-invalid={!!errors.name}
          aria-describedby="name-error"
        />
      </Field>
      <Field label="Role" name="role" errors={errors.role}>
        {/* Keyed by its starting value: React applies a select's defaultValue only when it mounts, and resets the form after each answer. */}
        <select key={role} id="role" name="role" defaultValue={role} className={inputClass} aria-describedby="role-error">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Initial password" name="password" errors={errors.password} hint="Leave empty to generate one.">
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          aria-describedby="password-error"
        />
      </Field>
      <div className="flex items-center gap-4 sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          Add user
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
