import type { EventListItem } from '@/db/queries/events';
import { formatDateRange } from '@/lib/dates';
import { EventTypeBadge } from './event-type-badge';

export function EventList({ events, label }: { events: EventListItem[]; label: string }) {
  return (
    <ol aria-label={label} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {events.map((event) => (
        <li key={event.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[9rem_1fr] sm:gap-4">
          <time dateTime={event.date} className="text-sm tabular-nums text-slate-500">
            {formatDateRange(event.date, event.datePrecision, event.endDate)}
          </time>
          <article aria-label={event.title} className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <EventTypeBadge type={event.type} />
              <h3 className="font-medium text-slate-900">{event.title}</h3>
            </div>
            {event.summary ? <p className="mt-1 line-clamp-2 text-sm text-slate-600">{event.summary}</p> : null}
            <dl className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500">
              {event.location ? (
                <div>
                  <dt className="sr-only">Location</dt>
                  <dd>{event.location}</dd>
                </div>
              ) : null}
              {event.countries.length ? (
                <div>
                  <dt className="sr-only">Countries</dt>
                  <dd>{[...new Set(event.countries.map((c) => c.name))].join(', ')}</dd>
                </div>
              ) : null}
              {event.initiatives.length ? (
                <div>
                  <dt className="sr-only">Initiatives</dt>
                  <dd className="font-medium text-slate-700">{event.initiatives.map((i) => i.slug.toUpperCase()).join(', ')}</dd>
                </div>
              ) : null}
            </dl>
          </article>
        </li>
      ))}
    </ol>
  );
}
