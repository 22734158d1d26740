// Wraps a server action so it authorizes itself and validates its input (the form, and any arguments
// bound with `.bind(null, id)`, which a client can forge like any other input) before doing anything.
import 'server-only';
import type { z } from '@/lib/zod';
import { CORRECT_FIELDS, fieldErrorsOf, type ActionResult } from '@/lib/action-result';
import { DATABASE_BUSY, isDatabaseBusy } from '@/lib/database-busy';
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

/**
 * What the user submitted, by field name (`sources.0.url`), for a refused form to start from again: a name
 * sent more than once (a checkbox group) as `name.0`, `name.1`…; never a password.
 */
function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith('$ACTION') || /password/i.test(name)) continue;
    const all = formData.getAll(name).filter((v): v is string => typeof v === 'string');
    if (all.length === 1) values[name] = all[0]!;
    else all.forEach((v, i) => (values[`${name}.${i}`] = v));
  }
  return values;
}

type Options<S extends z.ZodType, B extends z.ZodTuple | undefined> = {
  permission: Permission;
  input: S;
  /** The arguments bound before the form's, as a tuple schema: `z.tuple([recordId])`. */
  bound?: B;
  /** Reads the form into what `input` parses; flat forms by default. */
  read?: (formData: FormData) => FormInput;
  /** The message when a bound argument does not parse: the record it names cannot exist. */
  unknownBound?: string;
};

type BoundArgs<B> = B extends z.ZodTuple ? z.input<B> : [];
type BoundValues<B> = B extends z.ZodTuple ? z.infer<B> : [];

/**
 * The action a form calls: `(…bound, previous, formData) → result`. `R` may only add optional fields to
 * ActionResult (EventFormResult adds `conflict`), so the wrapper's own refusals are valid answers too.
 */
export function guardedAction<S extends z.ZodType, R extends ActionResult = ActionResult, B extends z.ZodTuple | undefined = undefined>(
  options: Options<S, B>,
  handler: (input: z.infer<S>, user: CurrentUser, bound: BoundValues<B>) => Promise<R>,
): (...args: [...BoundArgs<B>, R | undefined, FormData]) => Promise<R> {
  const { permission, input, bound, read = formToObject, unknownBound = 'That record no longer exists.' } = options;
  const boundCount = bound ? bound.def.items.length : 0;
  return async (...args) => {
    // Refusals carry only ActionResult's fields, which every R accepts (see above).
    const refuse = (result: ActionResult) => result as R;
    const access = await authorize(permission);
    if (!access.ok) return refuse({ ok: false, message: access.message });
    const boundValues = bound ? bound.safeParse(args.slice(0, boundCount)) : { success: true as const, data: [] };
    if (!boundValues.success) return refuse({ ok: false, message: unknownBound });
    const formData = args[boundCount + 1];
    const raw = formData instanceof FormData ? read(formData) : {};
    const sent = () => (formData instanceof FormData ? submittedValues(formData) : {});
    const parsed = input.safeParse(raw);
    if (!parsed.success) {
      return refuse({ ok: false, message: CORRECT_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values: sent() });
    }
    let result: R;
    try {
      result = await handler(parsed.data, access.user, boundValues.data as BoundValues<B>);
    } catch (error) {
      if (isDatabaseBusy(error)) return refuse({ ok: false, message: DATABASE_BUSY, values: sent() });
      throw error;
    }
    // A refusal that asks the user to correct fields or to review a conflict gives the form back what was sent.
    const asksForChanges = !result.ok && (result.fieldErrors !== undefined || 'conflict' in result);
    return asksForChanges && !result.values ? { ...result, values: sent() } : result;
  };
}
