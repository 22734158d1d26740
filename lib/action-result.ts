// The one result shape of every server action.
import type { z } from 'zod';

export type ActionResult = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user submitted, so a refused form keeps its input. */
  values?: Record<string, string>;
};

/** Every field's errors, keyed by the field's path (`sources.0.url`), not only the first. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
