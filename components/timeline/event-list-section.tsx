// A few events in a section of a detail page (a country's recent events, an initiative's), with a link
// to all of them in the timeline.
import Link from 'next/link';
import type { TimelineItem } from '@/db/queries/timeline';
import { sectionTitle } from '@/components/section-heading';
import { EventList } from './event-list';

type Props = {
  heading: string;
  /** The timeline filtered to them, and that link's text. */
  more: { href: string; label: string };
  events: TimelineItem[];
  /** The list's accessible name. */
  label: string;
  /** What the section says when there are no events. */
  empty: string;
  eventHref: (id: number) => string;
};

export function EventListSection({ heading, more, events, label, empty, eventHref }: Props) {
  return (
    <section aria-labelledby="events-heading">
      <div className="mb-2 flex items-baseline justify-between">
        <h2 id="events-heading" className={sectionTitle}>
          {heading}
        </h2>
        <Link href={more.href} className="text-sm text-blue-700 hover:underline">
          {more.label}
        </Link>
      </div>
      {events.length ? <EventList events={events} label={label} eventHref={eventHref} /> : <p className="text-sm text-slate-500">{empty}</p>}
    </section>
  );
}
