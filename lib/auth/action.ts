// Wraps a server action so it authorizes itself and validates its input before doing anything.
import 'server-only';
import type { z } from 'zod';
import { fieldErrorsOf, type ActionResult } from '@/lib/action-result';
import { authorize, type CurrentUser } from './guard';
import type { Permission } from './roles';

type FormInput = Record<string, unknown>;

/** Reads a form into a plain object; keys that repeat (multi-selects) become arrays. */
export function formToObject(formData: FormData): FormInput {
  const out: FormInput = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

function submittedValues(input: FormInput): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) if (typeof v === 'string' && !/password/i.test(k)) values[k] = v;
  return values;
}

export function guardedAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, user: CurrentUser) => Promise<ActionResult>,
  read: (formData: FormData) => FormInput = formToObject,
) {
  return async (_previous: ActionResult | undefined, formData: FormData): Promise<ActionResult> => {
    const access = await authorize(permission);
    if (!access.ok) return { ok: false, message: access.message };
    const raw = formData instanceof FormData ? read(formData) : {};
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values: submittedValues(raw) };
    }
    return handler(parsed.data, access.user);
  };
}
