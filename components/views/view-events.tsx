// A saved view's events, on its own page and on its share link's: a live view through the one timeline
// view (fixed filters, no controls), a pinned one as its events stood at the pin.
import type { ReactNode } from 'react';
import type { TimelineItem } from '@/db/queries/timeline';
import { GroupedEventList } from '@/components/timeline/event-list';
import { TimelineView, type TimelineViewProps } from '@/components/timeline/timeline-view';

type Props = {
  /** The pinned events, or null for a live view. */
  pinned: TimelineItem[] | null;
  timeline: Omit<TimelineViewProps, 'viewer' | 'heading' | 'actions'>;
  /** Above a pinned list: what changed since the pin, for the owner. */
  note?: ReactNode;
};

export function ViewEvents({ pinned, timeline, note }: Props) {
  if (!pinned) return <TimelineView {...timeline} viewer={{ canWrite: false, canFilter: false }} heading="Events" />;
  return (
    <section aria-label="Pinned events" className="space-y-3">
      {note}
      {pinned.length ? (
        <GroupedEventList events={pinned} label="Matching events" eventHref={timeline.links.event} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
          No events matched the filters when this view was pinned.
        </p>
      )}
    </section>
  );
}
