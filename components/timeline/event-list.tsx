// Events as a list: date at its precision, type, title, countries, initiatives, sources and annotations.
// Grouped under month headings on the timeline; flat on the overview.
import Link from 'next/link';
import type { TimelineItem } from '@/db/queries/timeline';
import { formatDateRange } from '@/lib/dates';
import { EventTypeBadge } from '@/components/events/event-type-badge';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The heading an event sits under: its month, or its year alone when only the year is known. */
export function groupLabel(event: Pick<TimelineItem, 'date' | 'datePrecision'>): string {
  const year = event.date.slice(0, 4);
  if (event.datePrecision === 'year') return `${year} (month not known)`;
  return `${MONTH_NAMES[Number(event.date.slice(5, 7)) - 1]} ${year}`;
}

function EventRow({ event, href }: { event: TimelineItem; href: string }) {
  const countries = [...new Map(event.countries.map((c) => [c.code, c.name])).values()];
  return (
    <li className="grid gap-1 px-4 py-3 sm:grid-cols-[9rem_1fr] sm:gap-4">
      <time dateTime={event.date} className="text-sm tabular-nums text-slate-500">
        {formatDateRange(event.date, event.datePrecision, event.endDate)}
      </time>
      <article aria-label={event.title} className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <EventTypeBadge type={event.type} />
          <h3 className="font-medium text-slate-900">
            <Link href={href} className="hover:text-blue-800 hover:underline">
              {event.title}
            </Link>
          </h3>
        </div>
        {event.summary ? <p className="mt-1 line-clamp-2 text-sm text-slate-600 print:line-clamp-none">{event.summary}</p> : null}
        <dl className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500">
          {event.location ? (
            <div>
              <dt className="sr-only">Location</dt>
              <dd>{event.location}</dd>
            </div>
          ) : null}
          {countries.length ? (
            <div>
              <dt className="sr-only">Countries</dt>
              <dd>{countries.join(', ')}</dd>
            </div>
          ) : null}
          {event.initiatives.length ? (
            <div>
              <dt className="sr-only">Initiatives</dt>
              <dd className="font-medium text-slate-700">{event.initiatives.map((i) => i.slug.toUpperCase()).join(', ')}</dd>
            </div>
          ) : null}
          <div>
            <dt className="sr-only">Sources</dt>
            <dd>
              {event.sourceCount === 1 ? '1 source' : `${event.sourceCount} sources`}
              {event.bestGrade ? `, best ${event.bestGrade}` : ''}
            </dd>
          </div>
          <div>
            <dt className="sr-only">Annotations</dt>
            <dd>{event.annotationCount === 1 ? '1 annotation' : `${event.annotationCount} annotations`}</dd>
          </div>
        </dl>
      </article>
    </li>
  );
}

type Props = {
  events: TimelineItem[];
  label: string;
  /** Where an event's title links: /events/<id> for signed-in users, elsewhere on a share link. */
  eventHref: (id: number) => string;
};

export function EventList({ events, label, eventHref }: Props) {
  return (
    <ol aria-label={label} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {events.map((event) => (
        <EventRow key={event.id} event={event} href={eventHref(event.id)} />
      ))}
    </ol>
  );
}

export function GroupedEventList({ events, label, eventHref }: Props) {
  const groups: { label: string; events: TimelineItem[] }[] = [];
  for (const event of events) {
    const name = groupLabel(event);
    const last = groups[groups.length - 1];
    if (last?.label === name) last.events.push(event);
    else groups.push({ label: name, events: [event] });
  }
  return (
    <div aria-label={label} role="region" className="space-y-5">
      {groups.map((g) => (
        <section key={g.label} aria-label={g.label}>
          <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">{g.label}</h2>
          <EventList events={g.events} label={`Events in ${g.label}`} eventHref={eventHref} />
        </section>
      ))}
    </div>
  );
}
