'use client';
// Replies to a thread: one level deep, in the thread's visibility. Shown at once, like a new annotation.
import { useEffect, useId, useRef } from 'react';
import { replyToAnnotation } from '@/app/annotations/actions';
import type { AnnotationResult } from '@/lib/annotations/types';
import { FieldErrors, inputClass, secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';
import { useFormAction } from '../use-form-action';
import type { Draft } from './drafts';

export function ReplyForm({ parentId, onOptimistic }: { parentId: number; onOptimistic: (draft: Draft) => void }) {
  const prefix = useId();
  // What was sent: once stored, the form is cleared only if the analyst has not typed on meanwhile.
  const sent = useRef<string | null>(null);
  const { state, formAction, onSubmit, pending, errors, describedBy, value } = useFormAction<AnnotationResult>(replyToAnnotation, {
    optimistic: (data) => {
      sent.current = String(data.get('body') ?? '');
      const body = sent.current.trim();
      if (body) onOptimistic({ kind: 'reply', parentId, body });
    },
  });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const body = formRef.current?.elements.namedItem('body');
    if (state?.ok && body instanceof HTMLTextAreaElement && body.value === sent.current) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} aria-label="Reply to this thread" className="space-y-2">
      <input type="hidden" name="parentId" value={parentId} />
      <label htmlFor={`${prefix}-body`} className="block text-xs font-medium text-slate-600">
        Your reply
      </label>
      <textarea
        id={`${prefix}-body`}
        name="body"
        rows={2}
        required
        maxLength={10_000}

        defaultValue={value('body')}
        className={inputClass}
        {...describedBy('body')}
        aria-describedby={`${prefix}-body-error`}
      />
      <FieldErrors id={`${prefix}-body-error`} errors={[...(errors.body ?? []), ...(errors.parentId ?? [])]} />
      <FormStatus state={state && !state.ok ? state : undefined} />
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        Reply
      </button>
    </form>
  );
}
