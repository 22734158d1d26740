// A page of annotations from many targets, newest first: each one with what it is on (an event, one of
// its sources, or a stance, linked to where its thread lives) above the annotation itself.
import Link from 'next/link';
import type { AnnotationSubjects } from '@/db/queries/annotation-list';
import type { AnnotationItem } from '@/lib/annotations/types';
import { formatDate } from '@/lib/dates';
import { AnnotationBody } from './annotation-body';

const link = 'font-medium text-blue-700 hover:underline';

function Subject({ annotation: a, subjects }: { annotation: AnnotationItem; subjects: AnnotationSubjects }) {
  if (a.target === 'stance') {
    const s = a.stanceId ? subjects.stances[a.stanceId] : undefined;
    if (!s) return <>On a stance</>;
    return (
      <>
        On the stance of{' '}
        <Link href={`/countries/${s.countryCode}`} className={link}>
          {s.countryName}
        </Link>{' '}
        on {s.initiativeName} (as of {formatDate(s.asOf, s.datePrecision)})
      </>
    );
  }
  const e = a.eventId ? subjects.events[a.eventId] : undefined;
  const event = e ? (
    <Link href={`/events/${e.id}#${a.target === 'source' ? 'sources-heading' : 'annotations-heading'}`} className={link}>
      {e.title}
    </Link>
  ) : (
    <>an event</>
  );
  const date = e ? <span className="text-slate-500"> ({formatDate(e.date, e.datePrecision)})</span> : null;
  if (a.target === 'source') {
    const s = a.sourceId ? subjects.sources[a.sourceId] : undefined;
    return (
      <>
        On the source {s ? `“${s.title}” (${s.publisher})` : ''} of {event}
        {date}
      </>
    );
  }
  return (
    <>
      On {event}
      {date}
    </>
  );
}

export function AnnotationFeed({ items, subjects }: { items: AnnotationItem[]; subjects: AnnotationSubjects }) {
  return (
    <ol aria-label="Annotations" className="space-y-3">
      {items.map((a) => (
        <li key={a.id}>
          <article
            aria-label={`Annotation by ${a.author.name}`}
            className={`space-y-2 rounded-lg border bg-white p-3 ${a.visibility === 'private' ? 'border-dashed border-slate-400' : 'border-slate-200'} ${a.kind === 'judgment' ? 'border-l-4 border-l-violet-400' : ''}`}
          >
            <p className="text-sm text-slate-700">
              {a.parentId !== null ? <span className="mr-1 rounded bg-slate-100 px-1.5 text-xs font-medium text-slate-600">Reply</span> : null}
              <Subject annotation={a} subjects={subjects} />
            </p>
            <AnnotationBody annotation={a} />
          </article>
        </li>
      ))}
    </ol>
  );
}
