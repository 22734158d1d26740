'use client';
// Runs a server action from a form, with or without JavaScript, so that a refused submission keeps
// everything the user entered; and gives each field its error wiring.
//
// The form posts to the action itself (`action={formAction}`): before hydration or without JavaScript the
// browser sends it, and the page comes back with the action's answer, whose `values` the fields start
// from (`value`, `list`). With JavaScript, `onSubmit` dispatches it instead, so React does not reset the
// form afterwards (a reset also puts selects back to their first option, react#30580) and every control
// simply keeps what was entered.
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action-result';

type Action<R extends ActionResult> = (previous: R | undefined, formData: FormData) => Promise<R>;

/** What a refused submission sent for a checkbox group: `name` when one box was ticked, else `name.0`, `name.1`…; undefined when neither is there. */
export function submittedList(values: Record<string, string> | undefined, name: string): string[] | undefined {
  if (!values) return undefined;
  if (values[name] !== undefined) return [values[name]];
  const list: string[] = [];
  for (let i = 0; values[`${name}.${i}`] !== undefined; i++) list.push(values[`${name}.${i}`]!);
  return list.length ? list : undefined;
}

type Options = {
  /** Runs in the same transition as the submit: a `useOptimistic` update shown until the action answers. */
  optimistic?: (data: FormData) => void;
};

export function useFormAction<R extends ActionResult = ActionResult>(action: Action<R>, { optimistic }: Options = {}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  // Only the answer the page was drawn with sets what the fields start from; later answers arrive with
  // JavaScript, when the fields still hold what was entered.
  const [first] = useState(() => (state && !state.ok ? state.values : undefined));
  const errors = state?.fieldErrors ?? {};
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => {
      optimistic?.(data);
      formAction(data);
    });
  };
  const describedBy = (name: string) => ({ 'aria-describedby': `${name}-error`, 'aria-invalid': !!errors[name] });
  /** A field's starting value: what the refused submission sent, else `fallback`. */
  const value = (name: string, fallback = '') => first?.[name] ?? fallback;
  /** A checkbox group's starting values, the same way. */
  const list = (name: string, fallback: readonly (string | number)[]) => submittedList(first, name) ?? fallback;
  return { state, formAction, pending, errors, onSubmit, describedBy, value, list };
}
