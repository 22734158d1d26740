// /shared/<token>/events/<id>: one event of a shared view, read-only, with the team's annotations on it
// (never a private one). Only an event the view holds opens; any other id is the same 404 as a bad token.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnnotationThreads } from '@/components/annotations/annotation-threads';
import { EventFacts } from '@/components/events/event-facts';
import { EventHeader } from '@/components/events/event-header';
import { EventSources } from '@/components/events/event-sources';
import { PinnedEvent } from '@/components/views/pinned-event';
import { idsOfThreads, listEventThreads, listVersionsOf } from '@/db/queries/annotations';
import { getEvent } from '@/db/queries/event-detail';
import { getPinnedEvent, viewHoldsEvent } from '@/db/queries/views';
import { teamHistory, threadsAsOf } from '@/lib/annotations/as-of';
import { requireShareToken } from '@/lib/auth/guard';
import { timelineLinks } from '@/lib/timeline/view';
import { parseViewFilter } from '@/lib/views/schema';

export const metadata: Metadata = { title: 'Shared event', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string; id: string }> };

// No one writes here: the threads show without forms.
const READER = { id: 0, name: '', canWrite: false, isAdmin: false };

export default async function SharedEventPage(props: Props) {
  const { token, id: raw } = await props.params;
  const { view } = await requireShareToken(token);
  const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
  if (!id || !viewHoldsEvent(view, parseViewFilter(view.filters).filter, id)) notFound();
  // A pinned view shows the event as the pin kept it; a live one, as it is now.
  const pinned = view.mode === 'pinned' ? getPinnedEvent(view.id, id) : null;
  const event = pinned ? null : getEvent(id);
  if (!pinned && !event) notFound();
  const base = `/shared/${encodeURIComponent(token)}`;
  const links = timelineLinks(base, (eventId) => `${base}/events/${eventId}`);
  const threads = listEventThreads(id, null);
  const current = [...threads.event, ...[...threads.bySource.values()].flat()];
  const currentVersions = listVersionsOf(idsOfThreads(current));
  // Of a pinned view, the team's threads as they read at the pin, from their stored versions. Either way
  // only the versions written for the team: an annotation made team later keeps its private drafts.
  const asShown = view.mode === 'pinned' ? threadsAsOf(current, currentVersions, view.pinnedAt!) : { threads: current, versions: currentVersions };
  const all = asShown.threads;
  const versions = teamHistory(asShown.versions);
  return (
    <article className="space-y-6">
      <p className="no-print text-sm">
        <Link href={base} className="text-blue-700 hover:underline">
          ← {view.name}
        </Link>
      </p>
      {pinned ? (
        <PinnedEvent event={pinned} pinnedAt={view.pinnedAt!} />
      ) : (
        <>
          <EventHeader event={event!} canWrite={false} canRestore={false} />
          <EventFacts event={event!} links={links} />
          <EventSources sources={event!.sources} canWrite={false} />
        </>
      )}
      <section aria-labelledby="annotations-heading" className="space-y-2">
        <h2 id="annotations-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
          Team annotations
        </h2>
        <AnnotationThreads
          label="Annotations on this event"
          threads={all}
          versions={versions}
          target={{ target: 'event', eventId: id }}
          reader={READER}
          emptyText="No team annotations on this event."
        />
      </section>
    </article>
  );
}
