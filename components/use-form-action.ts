'use client';
// Runs a server action from a form without React's automatic reset, so a refused submission keeps
// everything the user entered; and gives each field its error wiring.
import { useActionState, useTransition, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action-result';

type Action = (previous: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

export function useFormAction(action: Action) {
  const [state, dispatch] = useActionState(action, undefined);
  const [pending, startTransition] = useTransition();
  const errors = state?.fieldErrors ?? {};
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  };
  const describedBy = (name: string) => ({ 'aria-describedby': `${name}-error`, 'aria-invalid': !!errors[name] });
  return { state, pending, errors, onSubmit, describedBy };
}
