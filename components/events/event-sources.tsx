// An event's sources in the order they were entered, each grade spelled out ("B2: usually reliable, probably true").
import type { EventDetail } from '@/db/queries/event-detail';
import type { ReactNode } from 'react';
import { SectionHeading } from '@/components/section-heading';
import { formatDate } from '@/lib/dates';
import { describeGrade } from '@/lib/vocabulary';

type Props = {
  sources: EventDetail['sources'];
  canWrite: boolean;
  /** The annotation threads of a source, shown under it. */
  annotationsOf?: (sourceId: number) => ReactNode;
};

export function EventSources({ sources, canWrite, annotationsOf }: Props) {
  return (
    <section aria-labelledby="sources-heading">
      <SectionHeading id="sources-heading">Sources ({sources.length})</SectionHeading>
      {sources.length ? (
        <ol className="space-y-3">
          {sources.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <a href={s.url} rel="noreferrer noopener" target="_blank" className="font-medium text-blue-700 hover:underline">
                  {s.title}
                </a>
                <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">{describeGrade(s.reliability, s.credibility)}</span>
              </div>
              <p className="text-slate-600">
                {s.publisher}
                {s.publishedDate ? `, ${formatDate(s.publishedDate, 'day')}` : ''}
              </p>
              {s.quote ? <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 italic text-slate-700">“{s.quote}”</blockquote> : null}
              {annotationsOf?.(s.id)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-500">No sources yet. {canWrite ? 'Add one by editing the event.' : ''}</p>
      )}
    </section>
  );
}
