'use client';
// The one form for creating and editing an event. It posts to its server action with or without
// JavaScript: without, the page comes back with the action's answer and the form holds what was sent.
// With JavaScript the same zod schema the server uses checks the form before it is sent. Either way a
// stale save merges the other analyst's changes into what was typed (see mergeConflict).
import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import type { EventConflict, EventFormResult } from '@/lib/events/results';
import { CORRECT_FIELDS, fieldErrorsOf } from '@/lib/action-result';
import { EMPTY_SOURCE, eventFormValuesOf, parseTags, readEventForm, reviewConflict, toFormValues, type EventFormValues } from '@/lib/events/form';
import { eventInput } from '@/lib/events/schema';
import { DATE_PRECISIONS, EVENT_TYPE_LABELS, EVENT_TYPES, type DatePrecision } from '@/lib/vocabulary';
import { buttonClass, FieldErrors, inputClass, secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';
import { ConflictNotice, conflictSummary, type ConflictReview, type Names } from './form/conflict-notice';
import { controlProps, fieldId, FormField, FormSection } from './form/form-field';
import { CountryRows, PeopleRows, type CountryOption } from './form/participant-rows';
import { SourceRows } from './form/source-rows';

type SaveAction = (previous: EventFormResult | undefined, formData: FormData) => Promise<EventFormResult>;

type Props = {
  /** The server action itself (bound to the event's id when editing), so the form posts without JavaScript too. */
  action: SaveAction;
  initial: EventFormValues;
  /** The version the edit form was opened at; absent when creating. */
  version?: number;
  countries: CountryOption[];
  initiatives: { slug: string; name: string }[];
  cancelHref: string;
  submitLabel: string;
};

type EditorState = {
  /** The version the next save claims to replace: the opened one, or the one a conflict reported. */
  version?: number;
  /** The saved values the next save starts from, to tell the other analyst's changes from ours. */
  base: EventFormValues;
  /** The latest conflict, what was typed then and how it was merged; kept on screen until saved. */
  conflict?: { details: EventConflict; typed: EventFormValues; review: ConflictReview };
};

const PRECISION_LABELS: Record<DatePrecision, string> = { day: 'Day', month: 'Month', year: 'Year' };

/** A refused save's input, as the form holds it; what it saves as (tags as slugs, dates at their period) when it parses. */
function submittedOf(result: EventFormResult | undefined): { held: EventFormValues; typed: EventFormValues } | undefined {
  if (!result || result.ok || !result.values) return undefined;
  const held = eventFormValuesOf(result.values);
  const data = new FormData();
  for (const [name, value] of Object.entries(result.values)) data.append(name, value);
  const parsed = eventInput.safeParse(readEventForm(data));
  return { held, typed: parsed.success ? toFormValues(parsed.data) : held };
}

/** After a stale save: what only they changed goes into the form, so saving again keeps it; where both changed, ours stays. */
function mergeConflict(details: EventConflict, typed: EventFormValues, base: EventFormValues, values: EventFormValues) {
  const review = reviewConflict({ differingFields: details.differingFields, current: details.current, base, typed });
  const editor: EditorState = { version: details.version, base: details.current, conflict: { details, typed, review } };
  return { values: { ...values, ...Object.fromEntries(review.kept.map((f) => [f, details.current[f]])) }, editor };
}

/**
 * The form's first state. It is the action's answer when the page was drawn for a post made without
 * JavaScript (or before hydration): the form then holds what was sent. Its base is the event as the page
 * now shows it, so a conflict met that way keeps everything typed and lists what they saved beside it.
 */
function startFrom(
  state: EventFormResult | undefined,
  initial: EventFormValues,
  version: number | undefined,
): { values: EventFormValues; editor: EditorState } {
  const sent = submittedOf(state);
  const values = sent?.held ?? initial;
  if (state?.conflict) return mergeConflict(state.conflict, sent?.typed ?? values, initial, values);
  return { values, editor: { version, base: initial } };
}

export function EventForm({ action, initial, version, countries, initiatives, cancelHref, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const [start] = useState(() => startFrom(state, initial, version));
  const [values, setValues] = useState(start.values);
  const [editor, setEditor] = useState(start.editor);
  /** A refusal of the check in the browser, shown instead of the last answer until the next send. */
  const [local, setLocal] = useState<EventFormResult>();
  /** What the pending save sent and the base it started from, for merging a conflict it meets. */
  const [sent, setSent] = useState<{ typed: EventFormValues; base: EventFormValues }>();

  // A new answer from the action: a conflict is merged into the form (see mergeConflict).
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.conflict) {
      const merged = mergeConflict(state.conflict, sent?.typed ?? values, sent?.base ?? editor.base, values);
      setValues(merged.values);
      setEditor(merged.editor);
    }
  }

  const result = local ?? state;
  const errors = result?.fieldErrors ?? {};
  const under = (prefix: string) => Object.entries(errors).flatMap(([k, v]) => (k === prefix || k.startsWith(`${prefix}.`) ? v : []));
  const names: Names = {
    countries: new Map(countries.map((c) => [c.code, c.name])),
    initiatives: new Map(initiatives.map((i) => [i.slug, i.name])),
  };
  const status: EventFormResult | undefined =
    result?.conflict && editor.conflict ? { ok: false, message: conflictSummary(editor.conflict.details, editor.conflict.review) } : result;

  // After a refused save, take the analyst to the first field to fix, or to the message at the top.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!result || result.ok) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid && !result.conflict) invalid.focus();
    else formRef.current?.scrollIntoView({ block: 'start' });
  }, [result]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // With JavaScript the save is dispatched here rather than by the form's action: React resets a form
    // after its action, and a reset puts controlled selects back to their first option (react#30580).
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const checked = eventInput.safeParse(readEventForm(formData));
    if (!checked.success) {
      setLocal({ ok: false, message: CORRECT_FIELDS, fieldErrors: fieldErrorsOf(checked.error) });
      return;
    }
    setLocal(undefined);
    setSent({ typed: toFormValues(checked.data), base: editor.base });
    startTransition(() => formAction(formData));
  }

  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const rows = <K extends 'countries' | 'people' | 'sources'>(key: K, empty: EventFormValues[K][number]) => ({
    rows: values[key],
    onChange: (i: number, patch: Partial<EventFormValues[K][number]>) =>
      setValues((v) => ({ ...v, [key]: v[key].map((row, j) => (j === i ? { ...row, ...patch } : row)) })),
    onAdd: () => setValues((v) => ({ ...v, [key]: [...v[key], { ...empty }] })),
    onRemove: (i: number) => setValues((v) => ({ ...v, [key]: v[key].filter((_, j) => j !== i) })),
    errors,
  });
  const text = (key: 'title' | 'summary' | 'date' | 'endDate' | 'location') => ({
    ...controlProps(key, errors[key], key === 'date'),
    name: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    className: inputClass,
  });
  const tagPreview = parseTags(values.tags);
  const sources = rows('sources', EMPTY_SOURCE);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Event" className="scroll-mt-4 space-y-6">
      <FormStatus state={status} />
      {editor.conflict ? (
        <ConflictNotice
          conflict={editor.conflict.details}
          typed={editor.conflict.typed}
          values={values}
          names={names}
          onUse={(f, from) => setValues((v) => ({ ...v, [f]: from[f] }))}
        />
      ) : null}
      {editor.version !== undefined ? <input type="hidden" name="version" value={editor.version} /> : null}

      <FormSection id="section-what" title="What happened">
        <FormField path="title" label="Title" errors={errors.title}>
          <input type="text" required maxLength={300} {...text('title')} />
        </FormField>
        <FormField path="summary" label="Summary" errors={errors.summary}>
          <textarea rows={5} maxLength={10000} {...text('summary')} />
        </FormField>
        <div className="grid gap-4 md:grid-cols-2">
          <FormField path="type" label="Type" errors={errors.type}>
            <select
              {...controlProps('type', errors.type)}
              name="type"
              required
              value={values.type}
              onChange={(e) => set('type', e.target.value)}
              className={inputClass}
            >
              <option value="">Choose a type…</option>
              {EVENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {EVENT_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            path="tags"
            label="Tags"
            errors={under('tags')}
            hint={tagPreview.length ? `Separate with commas. Saved as: ${tagPreview.join(', ')}` : 'Separate with commas, e.g. supply chain, AUKUS.'}
          >
            <input
              type="text"
              {...controlProps('tags', under('tags'), true)}
              name="tags"
              value={values.tags}
              onChange={(e) => set('tags', e.target.value)}
              className={inputClass}
            />
          </FormField>
        </div>
      </FormSection>

      <FormSection id="section-when" title="When">
        <div className="grid gap-4 md:grid-cols-3">
          <FormField path="date" label="Date" errors={errors.date}>
            <input type="date" required {...text('date')} />
          </FormField>
          <FormField path="datePrecision" label="Date precision" errors={errors.datePrecision}>
            <select
              {...controlProps('datePrecision', errors.datePrecision)}
              name="datePrecision"
              value={values.datePrecision}
              onChange={(e) => set('datePrecision', e.target.value)}
              className={inputClass}
            >
              {DATE_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {PRECISION_LABELS[p]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField path="endDate" label="End date (optional)" errors={errors.endDate}>
            <input type="date" {...text('endDate')} />
          </FormField>
        </div>
        <p id={`${fieldId('date')}-hint`} className="text-xs text-slate-500">
          For month or year precision, the date is the first day of the period: 2024-10-01 for October 2024, 2024-01-01 for 2024. A later day is saved as the
          first.
        </p>
      </FormSection>

      <FormSection id="section-where" title="Where and who">
        <FormField path="location" label="Location (optional)" errors={errors.location}>
          <input type="text" maxLength={200} placeholder="e.g. Honolulu, Hawaii" {...text('location')} />
        </FormField>
        <CountryRows {...rows('countries', { code: '', role: '' })} countries={countries} />
        <fieldset aria-describedby={under('initiatives').length ? 'event-initiatives-error' : undefined}>
          <legend className="text-sm font-medium text-slate-700">Initiatives</legend>
          {initiatives.length === 0 ? <p className="text-sm text-slate-500">No initiatives are recorded yet.</p> : null}
          <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {initiatives.map((i) => (
              <label key={i.slug} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="initiatives"
                  value={i.slug}
                  checked={values.initiatives.includes(i.slug)}
                  onChange={(e) => set('initiatives', e.target.checked ? [...values.initiatives, i.slug] : values.initiatives.filter((s) => s !== i.slug))}
                  className="h-4 w-4 rounded border-slate-300"
                />
                {i.name}
              </label>
            ))}
          </div>
          <FieldErrors id="event-initiatives-error" errors={under('initiatives')} />
        </fieldset>
        <PeopleRows {...rows('people', { name: '', capacity: '' })} />
      </FormSection>

      <FormSection
        id="section-sources"
        title="Sources"
        description="Grade each source on the NATO/Admiralty scale: how reliable the source is (A–F), how credible the information (1–6)."
      >
        <SourceRows sources={sources.rows} errors={errors} onChange={sources.onChange} onAdd={sources.onAdd} onRemove={sources.onRemove} />
      </FormSection>

      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <Link href={cancelHref} className={secondaryButtonClass}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
