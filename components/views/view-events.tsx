// A saved view's events, on its own page and on its share link's: the one timeline view with the view's
// fixed filter (no filter controls), over the live events or, for a pinned view, the pin.
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ViewTimeline } from '@/db/queries/timeline-view';
import type { ViewMode } from '@/lib/views/vocabulary';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import type { TimelineLinks } from '@/lib/timeline/view';
import { TimelineView } from '@/components/timeline/timeline-view';

type Props = {
  mode: ViewMode;
  timeline: ViewTimeline;
  links: TimelineLinks;
  /** Above the chart: what changed since the pin, for the owner. */
  note?: ReactNode;
};

export function ViewEvents({ mode, timeline: { narrowed, ...timeline }, links, note }: Props) {
  const whole = (
    <Link href={links.timeline(EMPTY_FILTER)} className="text-blue-700 hover:underline">
      Show the whole view
    </Link>
  );
  const empty = narrowed ? (
    <p>No events of this view in this period. {whole}.</p>
  ) : (
    <p>{mode === 'pinned' ? 'No events matched the filters when this view was pinned.' : 'No events match this view’s filters now.'}</p>
  );
  return (
    <TimelineView
      {...timeline}
      links={links}
      viewer={{ canWrite: false, canFilter: false }}
      heading={mode === 'pinned' ? 'Pinned events' : 'Events'}
      headingLevel={2}
      note={
        note || narrowed ? (
          <div className="space-y-1 text-sm text-slate-700">
            {narrowed ? <p className="no-print">Showing one period of this view. {whole}.</p> : null}
            {note}
          </div>
        ) : null
      }
      empty={empty}
    />
  );
}
