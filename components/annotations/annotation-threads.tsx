'use client';
// The threads on one target (an event, a source or a stance) and the form to start one. Every write
// shows at once through useOptimistic; the server's answer re-renders the page with what was stored,
// and a refused write simply falls back to it, with the reason beside the form.
import { useOptimistic } from 'react';
import type { AnnotationThread, AnnotationVersion } from '@/lib/annotations/types';
import { AnnotationForm, type TargetFields } from './annotation-form';
import { AnnotationItemView } from './annotation-item';
import { applyDraft, isDraft, type Draft } from './drafts';
import { ReplyForm } from './reply-form';

export type AnnotationReader = { id: number; name: string; canWrite: boolean; isAdmin: boolean };

type Props = {
  /** Names the list for assistive technology: "Annotations on this event". */
  label: string;
  threads: AnnotationThread[];
  /** Earlier versions by annotation id. */
  versions: Record<number, AnnotationVersion[]>;
  target: TargetFields;
  reader: AnnotationReader;
  allowQuote?: boolean;
  /** What the empty list says when the reader may not write. */
  emptyText?: string;
};

export function AnnotationThreads({ label, threads, versions, target, reader, allowQuote = false, emptyText = 'No annotations yet.' }: Props) {
  const author = { id: reader.id, name: reader.name };
  const [shown, apply] = useOptimistic(threads, (current: AnnotationThread[], draft: Draft) => applyDraft(current, draft, author));
  const mayEdit = (authorId: number) => reader.canWrite && (authorId === reader.id || reader.isAdmin);
  return (
    <div className="space-y-3">
      {shown.length ? (
        <ul aria-label={label} className="space-y-3">
          {shown.map((t) => (
            <li key={t.id}>
              <article
                aria-label={`Annotation by ${t.author.name}`}
                className={`space-y-3 rounded-lg border bg-white p-3 ${t.resolved ? 'border-emerald-200' : 'border-slate-200'} ${t.kind === 'judgment' ? 'border-l-4 border-l-violet-400' : ''}`}
              >
                <AnnotationItemView
                  annotation={t}
                  versions={versions[t.id] ?? []}
                  may={{ edit: mayEdit(t.author.id), resolve: reader.canWrite }}
                  onOptimistic={apply}
                />
                {t.replies.length ? (
                  <ul aria-label="Replies" className="space-y-2 border-l-2 border-slate-100 pl-3">
                    {t.replies.map((r) => (
                      <li key={r.id}>
                        <AnnotationItemView
                          annotation={r}
                          versions={versions[r.id] ?? []}
                          may={{ edit: mayEdit(r.author.id), resolve: false }}
                          onOptimistic={apply}
                        />
                      </li>
                    ))}
                  </ul>
                ) : null}
                {reader.canWrite && !isDraft(t) ? <ReplyForm parentId={t.id} onOptimistic={apply} /> : null}
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">
          {emptyText} {reader.canWrite ? 'Add the first below: a note, or a judgment graded for likelihood and confidence.' : ''}
        </p>
      )}
      {reader.canWrite ? <AnnotationForm target={target} allowQuote={allowQuote} onOptimistic={apply} /> : null}
    </div>
  );
}
