// An event's countries, initiatives and tags, people and record, side by side. Countries, initiatives
// and tags link to the timeline filtered to them.
import Link from 'next/link';
import type { EventDetail } from '@/db/queries/event-detail';
import { SectionHeading } from '@/components/section-heading';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import type { TimelineLinks } from '@/lib/timeline/view';
import { EVENT_TYPE_LABELS } from '@/lib/vocabulary';

export function EventFacts({ event, links }: { event: EventDetail; links: TimelineLinks }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="countries-heading">
        <SectionHeading id="countries-heading">Countries</SectionHeading>
        {event.countries.length ? (
          <ul className="space-y-1 text-sm">
            {event.countries.map((c) => (
              <li key={`${c.code}-${c.role}`}>
                <Link href={links.timeline({ ...EMPTY_FILTER, countries: [c.code] })} className="text-blue-700 hover:underline">
                  {c.name}
                </Link>{' '}
                <span className="text-slate-500">— {c.role}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">No countries recorded.</p>
        )}
      </section>
      <section aria-labelledby="initiatives-heading">
        <SectionHeading id="initiatives-heading">Initiatives and tags</SectionHeading>
        <ul className="flex flex-wrap gap-2 text-sm">
          {event.initiatives.map((i) => (
            <li key={i.slug}>
              <Link
                href={links.timeline({ ...EMPTY_FILTER, initiatives: [i.slug] })}
                className="rounded bg-slate-900 px-2 py-0.5 text-white hover:bg-slate-700"
              >
                {i.name}
              </Link>
            </li>
          ))}
          {event.tags.map((t) => (
            <li key={t}>
              <Link href={links.timeline({ ...EMPTY_FILTER, tags: [t] })} className="rounded bg-slate-100 px-2 py-0.5 text-slate-700 hover:bg-slate-200">
                #{t}
              </Link>
            </li>
          ))}
        </ul>
        {!event.initiatives.length && !event.tags.length ? <p className="text-sm text-slate-500">None recorded.</p> : null}
      </section>
      <section aria-labelledby="people-heading">
        <SectionHeading id="people-heading">People</SectionHeading>
        {event.people.length ? (
          <ul className="space-y-1 text-sm">
            {event.people.map((p) => (
              <li key={p.name}>
                <span className="font-medium">{p.name}</span>
                {p.capacity ? <span className="text-slate-500">, {p.capacity}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">No people recorded.</p>
        )}
      </section>
      <section aria-labelledby="record-heading">
        <SectionHeading id="record-heading">Record</SectionHeading>
        <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-500">Type</dt>
          <dd>{EVENT_TYPE_LABELS[event.type]}</dd>
          <dt className="text-slate-500">Version</dt>
          <dd>{event.version}</dd>
          <dt className="text-slate-500">Created</dt>
          <dd>
            {event.createdAt.slice(0, 10)} by {event.createdByName ?? 'the demo data'}
          </dd>
          <dt className="text-slate-500">Last change</dt>
          <dd>
            {event.updatedAt.slice(0, 10)} by {event.updatedByName ?? 'the demo data'}
          </dd>
        </dl>
      </section>
    </div>
  );
}
