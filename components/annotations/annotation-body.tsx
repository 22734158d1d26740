// One annotation as a reader sees it: who wrote it and when, a judgment's grades set apart from the text
// (an assessment, never a reported fact), the quoted passage of a source, the body and its tags.
import { formatTimestamp } from '@/lib/dates';
import { CONFIDENCE_LABELS, LIKELIHOOD_LABELS } from '@/lib/annotations/vocabulary';
import type { AnnotationItem } from '@/lib/annotations/types';
import { AnnotationMarkdown } from './markdown';

export function JudgmentGrades({ likelihood, confidence }: Pick<AnnotationItem, 'likelihood' | 'confidence'>) {
  if (!likelihood || !confidence) return null;
  return (
    <p className="inline-flex flex-wrap items-center gap-x-2 rounded border border-violet-300 bg-violet-50 px-2 py-0.5 text-xs text-violet-900">
      <span className="font-semibold uppercase tracking-wide">Analyst judgment</span>
      <span>{LIKELIHOOD_LABELS[likelihood]}</span>
      <span aria-hidden>·</span>
      <span>{CONFIDENCE_LABELS[confidence]}</span>
    </p>
  );
}

export function AnnotationBody({ annotation, pending = false }: { annotation: AnnotationItem; pending?: boolean }) {
  const a = annotation;
  return (
    <div className="space-y-1.5">
      <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
        <span className="font-medium text-slate-700">{a.author.name}</span>
        <span>{pending ? 'Saving…' : formatTimestamp(a.createdAt)}</span>
        {a.visibility === 'private' ? <span className="rounded bg-slate-800 px-1.5 text-[11px] font-medium text-white">Private</span> : null}
        {a.version > 1 ? <span>edited {formatTimestamp(a.updatedAt)}</span> : null}
        {a.resolved ? (
          <span className="rounded bg-emerald-100 px-1.5 text-[11px] font-medium text-emerald-900">Resolved{a.resolvedBy ? ` by ${a.resolvedBy}` : ''}</span>
        ) : null}
      </p>
      {a.kind === 'judgment' ? <JudgmentGrades likelihood={a.likelihood} confidence={a.confidence} /> : null}
      {a.quote ? <blockquote className="border-l-2 border-slate-300 pl-3 text-sm italic text-slate-600">“{a.quote}”</blockquote> : null}
      <AnnotationMarkdown>{a.body}</AnnotationMarkdown>
      {a.tags.length ? (
        <ul aria-label="Annotation tags" className="flex flex-wrap gap-1">
          {a.tags.map((t) => (
            <li key={t} className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">
              #{t}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
