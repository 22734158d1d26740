import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EventFacts } from '@/components/events/event-facts';
import { EventHeader } from '@/components/events/event-header';
import { EventHistory } from '@/components/events/event-history';
import { EventSources } from '@/components/events/event-sources';
import { AnnotationThreads } from '@/components/annotations/annotation-threads';
import { idsOfThreads, listEventThreads, listVersionsOf } from '@/db/queries/annotations';
import { SectionHeading } from '@/components/section-heading';
import { EventList } from '@/components/timeline/event-list';
import { getEvent, listEventHistory, listRelatedEvents } from '@/db/queries/event-detail';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { EVENTS_LINKS } from '@/lib/timeline/view';

type Props = { params: Promise<{ id: string }> };

function eventId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

// The metadata and the page both need the event: one read per request. Deleted events only for those who may restore them.
const readEvent = cache((id: number, includeDeleted: boolean) => getEvent(id, { includeDeleted }));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const user = await requirePermission('read');
  const id = eventId((await props.params).id);
  const event = id ? readEvent(id, can(user.role, 'restore')) : null;
  return { title: event?.title ?? 'Event not found' };
}

export default async function EventPage(props: Props) {
  const user = await requirePermission('read');
  const id = eventId((await props.params).id);
  const event = id ? readEvent(id, can(user.role, 'restore')) : null;
  if (!event) notFound();
  const related = listRelatedEvents(event.id, { reader: user });
  const history = listEventHistory(event.id);
  const threads = listEventThreads(event.id, user);
  const versions = listVersionsOf(idsOfThreads([...threads.event, ...[...threads.bySource.values()].flat()]));
  const reader = { id: user.id, name: user.name, canWrite: can(user.role, 'write') && !event.deletedAt, isAdmin: user.role === 'admin' };
  const sourceThreads = (sourceId: number) => {
    const list = threads.bySource.get(sourceId) ?? [];
    const source = event.sources.find((s) => s.id === sourceId)!;
    return (
      <details className="mt-2" open={list.length > 0}>
        <summary className="cursor-pointer text-xs font-medium text-slate-600">Annotations on this source ({idsOfThreads(list).length})</summary>
        <div className="mt-2">
          <AnnotationThreads
            label={`Annotations on source ${source.title}`}
            threads={list}
            versions={versions}
            target={{ target: 'source', eventId: event.id, sourceId }}
            reader={reader}
            allowQuote
            emptyText="No annotations on this source yet."
          />
        </div>
      </details>
    );
  };

  return (
    <article aria-labelledby="event-title" className="space-y-6">
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link href="/events" className="text-blue-700 hover:underline">
          ← Timeline
        </Link>
      </nav>
      {event.deletedAt ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          This event was deleted on {event.deletedAt.slice(0, 10)}. Only admins see it; restore it from Deleted events.
        </p>
      ) : null}
      <EventHeader event={event} canWrite={can(user.role, 'write')} canRestore={can(user.role, 'restore')} />

      {event.summary ? <p className="max-w-3xl whitespace-pre-line leading-relaxed text-slate-800">{event.summary}</p> : null}

      <EventFacts event={event} links={EVENTS_LINKS} />
      <EventSources sources={event.sources} canWrite={can(user.role, 'write')} annotationsOf={sourceThreads} />

      <section aria-labelledby="annotations-heading">
        <SectionHeading id="annotations-heading">Annotations ({idsOfThreads(threads.event).length})</SectionHeading>
        <p className="no-print mb-2 text-xs text-slate-500">Analysts’ notes and judgments: assessments, not reported facts. Private ones are yours alone.</p>
        <AnnotationThreads
          label="Annotations on this event"
          threads={threads.event}
          versions={versions}
          target={{ target: 'event', eventId: event.id }}
          reader={reader}
        />
      </section>

      <section aria-labelledby="related-heading" className="no-print">
        <SectionHeading id="related-heading">Related events (same initiative or country, within 90 days)</SectionHeading>
        {related.length ? (
          <EventList events={related} label="Related events" eventHref={EVENTS_LINKS.event} />
        ) : (
          <p className="text-sm text-slate-500">No related events within 90 days.</p>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <SectionHeading id="history-heading">History</SectionHeading>
        <EventHistory entries={history} />
      </section>
    </article>
  );
}
