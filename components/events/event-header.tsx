// The top of an event's page: type, date, place and title, and what the viewer may do with the event.
import Link from 'next/link';
import type { EventDetail } from '@/db/queries/event-detail';
import { formatDateRange } from '@/lib/dates';
import { DeleteEventButton } from './delete-event-button';
import { EventTypeBadge } from './event-type-badge';
import { RestoreEventButton } from './restore-event-button';

/** The stance form with this event as evidence, and the country and initiative filled in when there is only one. */
function recordStanceHref(event: { id: number; countries: { code: string }[]; initiatives: { slug: string }[] }): string {
  const params = new URLSearchParams({ evidence: String(event.id) });
  const codes = [...new Set(event.countries.map((c) => c.code))];
  if (codes.length === 1) params.set('country', codes[0]!);
  if (event.initiatives.length === 1) params.set('initiative', event.initiatives[0]!.slug);
  return `/stances/new?${params}`;
}

type Props = {
  event: EventDetail;
  /** Edit, record a stance from it, delete: for a live event. */
  canWrite: boolean;
  /** Restore: for a deleted one. */
  canRestore: boolean;
};

/** An event's type, dates at their precision and place: the line above its title. */
export function EventMeta({ event }: { event: Pick<EventDetail, 'type' | 'date' | 'datePrecision' | 'endDate' | 'location'> }) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
      <EventTypeBadge type={event.type} />
      <time dateTime={event.date}>{formatDateRange(event.date, event.datePrecision, event.endDate)}</time>
      <span className="text-xs text-slate-400">({event.datePrecision} precision)</span>
      {event.location ? <span>{event.location}</span> : null}
    </div>
  );
}

export function EventHeader({ event, canWrite, canRestore }: Props) {
  return (
    <header className="space-y-2">
      <EventMeta event={event} />
      <h1 id="event-title" className="text-2xl font-semibold tracking-tight">
        {event.title}
      </h1>
      {canWrite && !event.deletedAt ? (
        <div className="no-print flex flex-wrap items-center gap-3 text-sm">
          <Link
            href={`/events/${event.id}/edit`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50"
          >
            Edit event
          </Link>
          <Link href={recordStanceHref(event)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50">
            Record stance from this event
          </Link>
          <DeleteEventButton id={event.id} version={event.version} title={event.title} />
        </div>
      ) : null}
      {event.deletedAt && canRestore ? (
        <div className="no-print">
          <RestoreEventButton id={event.id} title={event.title} />
        </div>
      ) : null}
    </header>
  );
}
