'use client';
// One annotation in a thread, with what the reader may do to it: edit (versioned: a stale save shows the
// text now stored), delete after a confirmation, resolve or reopen the thread, and read earlier versions.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { deleteAnnotation, editAnnotation, resolveThread } from '@/app/annotations/actions';
import { annotationEditInput } from '@/lib/annotations/schema';
import type { AnnotationItem, AnnotationResult, AnnotationVersion } from '@/lib/annotations/types';
import { formatTimestamp } from '@/lib/dates';
import { buttonClass, FieldErrors, inputClass, secondaryButtonClass } from '../field';
import { FormStatus } from '../form-status';
import { useFormAction } from '../use-form-action';
import { AnnotationBody } from './annotation-body';
import { isDraft, type Draft } from './drafts';
import { JudgmentFields } from './judgment-fields';
import { AnnotationMarkdown } from './markdown';

export type Permissions = { edit: boolean; resolve: boolean };

type Props = {
  annotation: AnnotationItem;
  versions: AnnotationVersion[];
  may: Permissions;
  onOptimistic: (draft: Draft) => void;
};

const linkButton = 'text-xs font-medium text-blue-700 hover:underline disabled:opacity-60';

function EditForm({ annotation, onOptimistic, onDone }: { annotation: AnnotationItem; onOptimistic: (d: Draft) => void; onDone: () => void }) {
  const prefix = useId();
  const action = useMemo(() => editAnnotation.bind(null, annotation.id), [annotation.id]);
  const { state, formAction, onSubmit, pending, errors, describedBy, value } = useFormAction<AnnotationResult>(action, {
    optimistic: (data) => {
      const local = annotationEditInput.safeParse(Object.fromEntries(data));
      if (local.success) onOptimistic({ kind: 'edit', id: annotation.id, input: local.data });
    },
  });
  // After a conflict the next save claims the version now stored: the analyst has seen it.
  const version = state?.current?.version ?? annotation.version;
  const start = (name: string, fallback = '') => value(name, fallback);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  return (
    <form action={formAction} onSubmit={onSubmit} aria-label="Edit annotation" className="space-y-3">
      <input type="hidden" name="version" value={version} />
      {state?.current ? (
        <div role="alert" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium text-amber-900">
            Current text (version {state.current.version}, by {state.current.author.name}):
          </p>
          <AnnotationMarkdown>{state.current.body}</AnnotationMarkdown>
        </div>
      ) : null}
      <div>
        <label htmlFor={`${prefix}-body`} className="block text-sm font-medium text-slate-700">
          Edit annotation
        </label>
        <textarea
          id={`${prefix}-body`}
          name="body"
          rows={3}
          required
          maxLength={10_000}
          defaultValue={start('body', annotation.body)}
          className={`${inputClass} mt-1`}
          {...describedBy('body')}
          aria-describedby={`${prefix}-body-error`}
        />
        <FieldErrors id={`${prefix}-body-error`} errors={errors.body} />
      </div>
      {annotation.parentId === null ? (
        <JudgmentFields
          prefix={prefix}
          errors={errors}
          wiring={describedBy}
          value={(name, fallback = '') =>
            start(
              name,
              {
                kind: annotation.kind,
                likelihood: annotation.likelihood ?? '',
                confidence: annotation.confidence ?? '',
                tags: annotation.tags.join(', '),
                visibility: annotation.visibility,
              }[name] ?? fallback,
            )
          }
          showVisibility
        />
      ) : null}
      <FormStatus state={state} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          Save annotation
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DeleteControl({ annotation, onOptimistic }: { annotation: AnnotationItem; onOptimistic: (d: Draft) => void }) {
  const [confirming, setConfirming] = useState(false);
  const action = useMemo(() => deleteAnnotation.bind(null, annotation.id), [annotation.id]);
  const { state, formAction, onSubmit, pending } = useFormAction<AnnotationResult>(action, {
    optimistic: () => onOptimistic({ kind: 'delete', id: annotation.id }),
  });
  const confirmation = (
    <form action={formAction} onSubmit={onSubmit} aria-label="Confirm deleting the annotation" className="flex flex-wrap items-center gap-2 text-xs">
      <input type="hidden" name="version" value={annotation.version} />
      <span className="text-rose-900">{annotation.parentId === null ? 'Delete this annotation and its replies?' : 'Delete this reply?'}</span>
      <button type="submit" className="rounded bg-rose-700 px-2 py-0.5 font-medium text-white hover:bg-rose-800" disabled={pending}>
        Yes, delete
      </button>
      <button type="button" className={`${linkButton} noscript:hidden`} onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </form>
  );
  return (
    <>
      {confirming ? (
        confirmation
      ) : (
        <button type="button" className={`${linkButton} text-rose-700 noscript:hidden`} onClick={() => setConfirming(true)}>
          Delete
        </button>
      )}
      <noscript>
        <details>
          <summary className={`${linkButton} cursor-pointer list-none text-rose-700`}>Delete</summary>
          {confirmation}
        </details>
      </noscript>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </>
  );
}

function ResolveControl({ annotation, onOptimistic }: { annotation: AnnotationItem; onOptimistic: (d: Draft) => void }) {
  const action = useMemo(() => resolveThread.bind(null, annotation.id), [annotation.id]);
  const resolved = !annotation.resolved;
  const { state, formAction, onSubmit, pending } = useFormAction<AnnotationResult>(action, {
    optimistic: () => onOptimistic({ kind: 'resolve', id: annotation.id, resolved }),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline">
      <input type="hidden" name="resolved" value={String(resolved)} />
      <button type="submit" className={linkButton} disabled={pending}>
        {annotation.resolved ? 'Reopen thread' : 'Resolve thread'}
      </button>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </form>
  );
}

function History({ versions }: { versions: AnnotationVersion[] }) {
  if (!versions.length) return null;
  return (
    <details className="text-xs text-slate-600">
      <summary className="cursor-pointer">Earlier versions ({versions.length})</summary>
      <ol className="mt-1 space-y-2 border-l border-slate-200 pl-3">
        {versions.map((v) => (
          <li key={v.version}>
            <p className="text-slate-500">
              Version {v.version}, {v.editedBy ?? 'unknown'}, {formatTimestamp(v.editedAt)}
            </p>
            <AnnotationMarkdown>{v.body}</AnnotationMarkdown>
          </li>
        ))}
      </ol>
    </details>
  );
}

export function AnnotationItemView({ annotation, versions, may, onOptimistic }: Props) {
  const [editing, setEditing] = useState(false);
  const stopEditing = useCallback(() => setEditing(false), []);
  const pending = isDraft(annotation);
  if (editing) return <EditForm annotation={annotation} onOptimistic={onOptimistic} onDone={stopEditing} />;
  return (
    <div className={pending ? 'opacity-70' : undefined}>
      <AnnotationBody annotation={annotation} pending={pending} />
      {pending ? null : (
        <div className="no-print mt-1 flex flex-wrap items-center gap-3">
          {may.edit ? (
            <>
              <button type="button" className={`${linkButton} noscript:hidden`} onClick={() => setEditing(true)}>
                Edit
              </button>
              <noscript>
                <details>
                  <summary className={`${linkButton} cursor-pointer list-none`}>Edit</summary>
                  <EditForm annotation={annotation} onOptimistic={onOptimistic} onDone={stopEditing} />
                </details>
              </noscript>
            </>
          ) : null}
          {may.edit ? <DeleteControl annotation={annotation} onOptimistic={onOptimistic} /> : null}
          {may.resolve && annotation.parentId === null ? <ResolveControl annotation={annotation} onOptimistic={onOptimistic} /> : null}
          <History versions={versions} />
        </div>
      )}
    </div>
  );
}
