// The one result shape of every server action, and the words for what the data layer refused.
import type { z } from '@/lib/zod';
import type { FieldIssue } from './write-result';

export type ActionResult = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user submitted, so a refused form keeps its input. */
  values?: Record<string, string>;
};

export const CORRECT_FIELDS = 'Please correct the highlighted fields.';
export const LAST_ADMIN = 'Watchfloor needs at least one active admin; make another user an admin first';

/** Every field's errors, keyed by the field's path (`sources.0.url`), not only the first. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const ISSUE_MESSAGES: Record<FieldIssue['code'], (values: string) => string> = {
  'unknown-country': (v) => `Unknown country code ${v}`,
  'unknown-initiative': (v) => `Unknown initiative ${v}`,
  'unknown-event': (v) => `No such event: ${v}`,
  'unknown-source': () => 'That source is no longer on the event',
  'unknown-stance': () => 'That stance no longer exists',
  'unknown-annotation': () => 'That thread no longer exists',
  'thread-has-replies': () => 'Others have replied in this thread, so it stays visible to the team',
  'not-a-thread': () => 'Only a thread can be resolved or reopened',
  'change-note-required': () => 'Say why the position changed since the previous entry',
  'email-taken': (v) => `A user with the email ${v} already exists`,
  'too-many-to-pin': (v) => `A pinned view holds at most ${v} events; narrow the filters, or save the view as live`,
};

/** The data layer's field issues in words, keyed by field like a schema's errors. */
export function fieldErrorsOfIssues(issues: FieldIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const values = (issue.values ?? []).map((v) => (typeof v === 'number' ? `#${v}` : v)).join(', ');
    (out[issue.field] ??= []).push(ISSUE_MESSAGES[issue.code](values));
  }
  return out;
}

/** A refused write whose fields the user must correct. */
export function refusedFields(issues: FieldIssue[], values?: Record<string, string>): ActionResult {
  return { ok: false, message: CORRECT_FIELDS, fieldErrors: fieldErrorsOfIssues(issues), ...(values ? { values } : {}) };
}
