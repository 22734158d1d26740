// One event of a pinned view as it stood at the pin: what the pin kept of it (the timeline's fields),
// not the event as it is now.
import type { TimelineItem } from '@/db/queries/timeline';
import { EventMeta } from '@/components/events/event-header';
import { SectionHeading } from '@/components/section-heading';
import { formatTimestamp } from '@/lib/dates';
import { describeGrade, type Reliability } from '@/lib/vocabulary';

export function PinnedEvent({ event, pinnedAt }: { event: TimelineItem; pinnedAt: string }) {
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <EventMeta event={event} />
        <h1 className="text-2xl font-semibold tracking-tight">{event.title}</h1>
        <p className="text-xs text-slate-500">As it stood when the view was pinned, {formatTimestamp(pinnedAt)}.</p>
      </header>
      {event.summary ? <p className="max-w-3xl text-sm leading-relaxed text-slate-800">{event.summary}</p> : null}
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="countries-heading">
          <SectionHeading id="countries-heading">Countries</SectionHeading>
          <ul className="space-y-1 text-sm">
            {event.countries.map((c) => (
              <li key={`${c.code}-${c.role}`}>
                {c.name} <span className="text-slate-500">— {c.role}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="initiatives-heading">
          <SectionHeading id="initiatives-heading">Initiatives and tags</SectionHeading>
          <p className="text-sm text-slate-700">
            {[...event.initiatives.map((i) => i.name), ...event.tags.map((t) => `#${t}`)].join(' · ') || 'None recorded.'}
          </p>
        </section>
      </div>
      <section aria-labelledby="sources-heading">
        <SectionHeading id="sources-heading">Sources ({event.sources.length})</SectionHeading>
        <ol className="space-y-2 text-sm">
          {event.sources.map((s) => (
            <li key={s.url} className="rounded-lg border border-slate-200 bg-white p-3">
              <a href={s.url} rel="noreferrer noopener" target="_blank" className="font-medium text-blue-700 hover:underline">
                {s.title}
              </a>{' '}
              <span className="text-slate-600">{s.publisher}</span>{' '}
              <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">
                {describeGrade(s.reliability as Reliability, s.credibility)}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
