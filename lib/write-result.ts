// The one way a write in db/queries reports how it went. The data layer answers in codes; only the action
// layer (app/**/actions.ts, scripts) turns them into words, so a message is written once, where it is shown.
//
// Writes that cannot be refused (audit entries, sign-in attempt bookkeeping) return their value directly;
// a thrown error always means a bug or a broken database, never a user's mistake.

/** A problem with one submitted field, keyed by the field's path (`countries.0.code`). */
export type FieldIssue = {
  field: string;
  code:
    | 'unknown-country'
    | 'unknown-initiative'
    | 'unknown-event'
    | 'unknown-source'
    | 'unknown-stance'
    | 'unknown-annotation'
    | 'change-note-required'
    | 'email-taken'
    | 'thread-has-replies'
    | 'not-a-thread'
    | 'too-many-to-pin';
  /** The offending values, for the message (`XYZ`, `#12`). */
  values?: (string | number)[];
};

type Failures<Current> = {
  /** Nothing was written: fields refer to things that do not exist, or break a rule of the ledger. */
  invalid: { issues: FieldIssue[] };
  /** No such record, or it has been deleted (or the caller may not see it, which is answered the same way). */
  'not-found': object;
  /** The caller may see the record but not change it (someone else's annotation). */
  forbidden: object;
  /** Someone saved first: the record as it now stands, and where it differs from what was submitted. */
  conflict: { current: Current; differingFields: string[] };
  /** The change would leave Watchfloor without an active admin. */
  'last-admin': object;
};

export type WriteCode = keyof Failures<unknown>;

export type WriteFailure<C extends WriteCode = WriteCode, Current = unknown> = {
  [K in C]: { ok: false; code: K } & Failures<Current>[K];
}[C];

/** What a write returns: its value, or one of the failures its signature names. */
export type WriteResult<T, C extends WriteCode = never, Current = never> = { ok: true; value: T } | WriteFailure<C, Current>;

export const written = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const invalid = (issues: FieldIssue[]): WriteFailure<'invalid'> => ({ ok: false, code: 'invalid', issues });

export const NOT_FOUND: WriteFailure<'not-found'> = { ok: false, code: 'not-found' };

/** For seeds, scripts and tests, where a refused write is a bug: the value, or an error naming the failure. */
export function unwrap<T>(result: WriteResult<T, WriteCode, unknown>): T {
  if (result.ok) return result.value;
  const detail = result.code === 'invalid' ? `: ${result.issues.map((i) => `${i.field} ${i.code} ${i.values?.join(', ') ?? ''}`.trim()).join('; ')}` : '';
  throw new Error(`Write refused (${result.code})${detail}`);
}
