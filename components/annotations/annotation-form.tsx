'use client';
// Adds an annotation to an event, a source or a stance. With JavaScript the new annotation shows at once
// (the thread list's optimistic copy) and is replaced by the stored one, or taken back with the reason;
// without it the form posts and the page comes back with the annotation or the errors.
import { useEffect, useId, useRef } from 'react';
import { addAnnotation } from '@/app/annotations/actions';
import { annotationInput } from '@/lib/annotations/schema';
import type { AnnotationResult } from '@/lib/annotations/types';
import type { AnnotationTarget } from '@/lib/annotations/vocabulary';
import { buttonClass, FieldErrors, inputClass } from '../field';
import { FormStatus } from '../form-status';
import { useFormAction } from '../use-form-action';
import { JudgmentFields } from './judgment-fields';
import type { Draft } from './drafts';

export type TargetFields = { target: AnnotationTarget; eventId?: number; sourceId?: number; stanceId?: number };

type Props = {
  target: TargetFields;
  /** Offer a "Quoted passage" field (annotations of a source). */
  allowQuote?: boolean;
  /** Shows the annotation in its thread before the server answers. */
  onOptimistic: (draft: Draft) => void;
};

export function AnnotationForm({ target, allowQuote = false, onOptimistic }: Props) {
  const prefix = useId();
  // What was sent: once stored, the form is cleared only if the analyst has not typed on meanwhile.
  const sent = useRef<string | null>(null);
  const { state, formAction, onSubmit, pending, errors, describedBy, value } = useFormAction<AnnotationResult>(addAnnotation, {
    optimistic: (data) => {
      sent.current = String(data.get('body') ?? '');
      // Only what would pass the server's check is shown early; the rest waits for the server's answer.
      const local = annotationInput.safeParse(Object.fromEntries(data));
      if (local.success) onOptimistic({ kind: 'thread', input: local.data });
    },
  });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const body = formRef.current?.elements.namedItem('body');
    if (state?.ok && body instanceof HTMLTextAreaElement && body.value === sent.current) formRef.current?.reset();
  }, [state]);

  const id = (name: string) => `${prefix}-${name}`;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      aria-label="Add annotation"
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <input type="hidden" name="target" value={target.target} />
      {target.eventId ? <input type="hidden" name="eventId" value={target.eventId} /> : null}
      {target.sourceId ? <input type="hidden" name="sourceId" value={target.sourceId} /> : null}
      {target.stanceId ? <input type="hidden" name="stanceId" value={target.stanceId} /> : null}
      <FieldErrors
        id={id('target-error')}
        errors={[...(errors.eventId ?? []), ...(errors.sourceId ?? []), ...(errors.stanceId ?? []), ...(errors.target ?? [])]}
      />
      {allowQuote ? (
        <div>
          <label htmlFor={id('quote')} className="block text-sm font-medium text-slate-700">
            Quoted passage
          </label>
          <input
            id={id('quote')}
            name="quote"
            maxLength={2000}
            defaultValue={value('quote')}
            className={`${inputClass} mt-1`}
            {...describedBy('quote')}
            aria-describedby={`${id('quote')}-error`}
          />
          <FieldErrors id={`${id('quote')}-error`} errors={errors.quote} />
        </div>
      ) : null}
      <div>
        <label htmlFor={id('body')} className="block text-sm font-medium text-slate-700">
          Annotation
        </label>
        <p className="text-xs text-slate-500">Markdown: paragraphs, lists, *emphasis*, [links](https://…). Up to 10,000 characters.</p>
        <textarea
          id={id('body')}
          name="body"
          rows={3}
          required
          maxLength={10_000}
          defaultValue={value('body')}
          className={`${inputClass} mt-1`}
          {...describedBy('body')}
          aria-describedby={`${id('body')}-error`}
        />
        <FieldErrors id={`${id('body')}-error`} errors={errors.body} />
      </div>
      <JudgmentFields prefix={prefix} errors={errors} wiring={describedBy} value={value} showVisibility />
      <FormStatus state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        Add annotation
      </button>
    </form>
  );
}
