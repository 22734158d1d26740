// /views/<id>: a saved view. Its briefing note on top, then the timeline of its filters, read again from
// the stored query string (a filter that no longer parses is shown, not dropped); a pinned view shows its
// events as they stood at the pin, and its owner how many have changed since.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AnnotationMarkdown } from '@/components/annotations/markdown';
import { ExportLink } from '@/components/export/export-link';
import { ShareLinks } from '@/components/views/share-links';
import { ViewEvents } from '@/components/views/view-events';
import { SaveViewForm } from '@/components/views/save-view-form';
import { ViewControls } from '@/components/views/view-controls';
import { viewTimeline } from '@/db/queries/timeline-view';
import { changesSincePin, getView, listShareLinks, recordViewVisit } from '@/db/queries/views';
import { requirePermission } from '@/lib/auth/guard';
import { formatTimestamp } from '@/lib/dates';
import { eventsExportHref } from '@/lib/export/links';
import { EVENTS_LINKS, timelineLinks } from '@/lib/timeline/view';
import { parseViewFilter } from '@/lib/views/schema';

export const metadata: Metadata = { title: 'View' };

const viewId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export default async function ViewPage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('read');
  const id = viewId.safeParse((await props.params).id);
  const view = id.success ? getView(id.data, user) : null;
  if (!view) notFound();
  const stored = parseViewFilter(view.filters);
  // The page's own parameters (cursor, chart period, a narrower range) come from the URL; the filter from the view.
  const timeline = viewTimeline({ view, searchParams: await props.searchParams, reader: user });
  const owner = view.owner.id === user.id;
  const changes = view.mode === 'pinned' && owner ? changesSincePin(view, stored.filter) : null;
  recordViewVisit(view.id, user);
  // The owner's or an admin's: null for anyone else.
  const links = listShareLinks({ viewId: view.id, editor: user });

  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <p className="no-print text-sm">
          <Link href="/views" className="text-blue-700 hover:underline">
            ← Views
          </Link>
        </p>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{view.name}</h1>
          {links ? (
            <div className="relative flex items-center gap-3">
              <SaveViewForm
                filters={view.filters}
                editing={{ id: view.id, version: view.version, name: view.name, briefing: view.briefing, mode: view.mode, visibility: view.visibility }}
              />
              <ViewControls id={view.id} version={view.version} />
            </div>
          ) : null}
        </div>
        <p className="text-xs text-slate-500">
          {owner ? 'Yours' : `By ${view.owner.name}`} · {view.visibility === 'team' ? 'Team' : 'Private'} ·{' '}
          {view.mode === 'pinned' ? `Pinned ${formatTimestamp(view.pinnedAt!)}` : 'Live'} · updated {formatTimestamp(view.updatedAt)}
        </p>
        {/* A pinned view's CSV is its snapshot, exported through a share link (/shared/<token>/events.csv). */}
        {view.mode === 'live' ? <ExportLink href={eventsExportHref(stored.filter)} /> : null}
        {view.briefing ? (
          <section aria-label="Briefing note" className="prose-sm max-w-3xl rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800">
            <AnnotationMarkdown>{view.briefing}</AnnotationMarkdown>
          </section>
        ) : null}
        {stored.errors.length ? (
          <ul role="alert" aria-label="Filters that no longer apply" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            {stored.errors.map((e) => (
              <li key={e}>This view’s filter no longer applies: {e}</li>
            ))}
          </ul>
        ) : null}
      </header>

      {links ? <ShareLinks viewId={view.id} links={links} now={new Date().toISOString()} /> : null}

      <ViewEvents
        mode={view.mode}
        timeline={timeline}
        links={timelineLinks(`/views/${view.id}`, (eventId) => `/events/${eventId}`)}
        note={
          changes ? (
            <p className="no-print text-sm text-slate-700">
              {changes.count === 0 ? 'Nothing has changed since the pin.' : `${changes.count}${changes.capped ? '+' : ''} changed since the pin. `}
              {changes.count ? (
                <Link href={EVENTS_LINKS.timeline(stored.filter)} className="text-blue-700 hover:underline">
                  Open the live timeline
                </Link>
              ) : null}
            </p>
          ) : null
        }
      />
    </div>
  );
}
