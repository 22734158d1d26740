// /shared/<token>: a view opened by its share link, read-only and without sign-in. A briefing layout: the
// view's name and note, then its events (live: the timeline of its filter; pinned: as they stood at the
// pin), with every link kept under /shared/<token> and no control of the app.
import type { Metadata } from 'next';
import { AnnotationMarkdown } from '@/components/annotations/markdown';
import { ExportLink } from '@/components/export/export-link';
import { ViewEvents } from '@/components/views/view-events';
import { viewTimeline } from '@/db/queries/timeline-view';
import { requireShareToken } from '@/lib/auth/guard';
import { formatTimestamp } from '@/lib/dates';
import { timelineLinks } from '@/lib/timeline/view';

export const metadata: Metadata = { title: 'Shared view', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SharedViewPage(props: Props) {
  const { token } = await props.params;
  const { view } = await requireShareToken(token);
  // The filter comes from the view alone; the URL may only move through its pages and narrow its period.
  const timeline = viewTimeline({ view, searchParams: await props.searchParams, reader: null });
  const base = `/shared/${encodeURIComponent(token)}`;
  const links = timelineLinks(base, (id) => `${base}/events/${id}`);
  return (
    <article className="space-y-5">
      <header className="space-y-2 border-b border-slate-200 pb-4">
        <p className="text-xs uppercase tracking-wide text-slate-500">Watchfloor briefing · read-only</p>
        <h1 className="text-2xl font-semibold tracking-tight">{view.name}</h1>
        <p className="text-xs text-slate-500">
          By {view.owner.name} ·{' '}
          {view.mode === 'pinned' ? `as it stood ${formatTimestamp(view.pinnedAt!)}` : `live, as of ${formatTimestamp(new Date().toISOString())}`}
        </p>
        <div className="no-print flex flex-wrap items-center gap-3 text-xs">
          <ExportLink href={`${base}/events.csv`} />
          {view.mode === 'live' ? (
            <a href={`${base}/feed.xml`} type="application/atom+xml" className="text-blue-700 hover:underline">
              Follow this view in a feed reader (Atom)
            </a>
          ) : null}
        </div>
        {view.briefing ? (
          <section aria-label="Briefing note" className="max-w-3xl text-sm text-slate-800">
            <AnnotationMarkdown>{view.briefing}</AnnotationMarkdown>
          </section>
        ) : null}
      </header>
      <ViewEvents mode={view.mode} timeline={timeline} links={links} />
    </article>
  );
}
