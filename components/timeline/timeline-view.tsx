// The timeline: filters, match count, chart, events grouped by month and page links. The page guards the
// request, parses the filter and builds the source (db/queries/timeline-view.ts); this only shows it, with
// the links and controls the viewer may use.
import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import type { TimelineData, TimelineSource } from '@/db/queries/timeline-view';
import { readRefusal } from '@/lib/reads/errors';
import type { Granularity } from '@/lib/timeline/buckets';
import { EMPTY_FILTER, isEmptyFilter, type TimelineFilter } from '@/lib/timeline/filters';
import type { TimelineLinks } from '@/lib/timeline/view';
import { GroupedEventList } from './event-list';
import { FilterChips } from './filter-chips';
import { FilterPanel } from './filter-panel';
import { TimelineChartPanel } from './timeline-chart-panel';

export type TimelineViewer = {
  /** May record events: the empty timeline then says how. Controls themselves go in `actions`. */
  canWrite: boolean;
  /** Shows the filter panel and removable chips; false for a fixed view, whose chips only say what it shows. */
  canFilter: boolean;
};

export type TimelineViewProps = TimelineData & {
  viewer: TimelineViewer;
  links: TimelineLinks;
  heading?: string;
  /** h2 where the page has its own h1 (a saved view's name). */
  headingLevel?: 1 | 2;
  /** Controls beside the heading, such as New event. */
  actions?: ReactNode;
  /** Above the chart: a note of the page's, such as what changed since a view was pinned. */
  note?: ReactNode;
  /** What an empty list says instead of the timeline's own advice (a fixed view has no filters to remove). */
  empty?: ReactNode;
};

export async function TimelineView(props: TimelineViewProps) {
  const { filter, page, errors, period, reference, source, viewer, links, heading = 'Timeline', headingLevel = 1, actions, note, empty } = props;
  const { keep } = period;
  const read = await Promise.resolve(source.list()).catch(readRefusal);
  const result = 'refused' in read ? { items: [], nextCursor: null } : read;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const main = (
    <div className="min-w-0 space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <Heading className={headingLevel === 1 ? 'text-2xl font-semibold tracking-tight' : 'text-lg font-semibold'}>{heading}</Heading>
          <Suspense fallback={<p className="text-sm text-slate-500">Counting matching events…</p>}>
            <MatchCount source={source} />
          </Suspense>
        </div>
        {actions}
      </div>
      <FilterChips
        filter={filter}
        countries={reference.countries}
        initiatives={reference.initiatives}
        href={viewer.canFilter ? (f) => links.timeline(f, keep) : null}
      />
      {note}
      <Suspense fallback={<div className="h-72 animate-pulse rounded-lg border border-slate-200 bg-white" aria-label="Loading chart" />}>
        <ChartSection source={source} filter={filter} granularity={period.granularity} links={links} />
      </Suspense>
      {'refused' in read ? (
        <ReadRefused message={read.refused} />
      ) : result.items.length ? (
        <GroupedEventList events={result.items} label="Matching events" eventHref={links.event} />
      ) : (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          {empty ? (
            empty
          ) : isEmptyFilter(filter) && !page.cursor ? (
            <p>No events recorded yet. {viewer.canWrite ? 'Record the first one with “New event”.' : 'Ask an analyst to record some.'}</p>
          ) : (
            <p>
              No events match these filters. Remove a filter above, or{' '}
              <Link href={links.timeline(EMPTY_FILTER)} className="text-blue-700 underline">
                start again with all events
              </Link>
              .
            </p>
          )}
        </div>
      )}
      <nav aria-label="Pages" className="no-print flex justify-between text-sm">
        {page.cursor ? (
          <Link href={links.timeline(filter, keep)} className="text-blue-700 hover:underline">
            ← Newest events
          </Link>
        ) : (
          <span />
        )}
        {result.nextCursor ? (
          <Link href={links.timeline(filter, { ...keep, cursor: result.nextCursor })} className="text-blue-700 hover:underline">
            Older events →
          </Link>
        ) : null}
      </nav>
    </div>
  );
  if (!viewer.canFilter) return main;
  return (
    <div className="grid gap-6 lg:grid-cols-[17rem_1fr]">
      <aside aria-label="Timeline filters" className="lg:sticky lg:top-4 lg:self-start">
        <FilterPanel
          filter={filter}
          errors={errors}
          countries={reference.countries}
          initiatives={reference.initiatives}
          tags={reference.tags}
          action={links.base}
          keep={keep}
        />
      </aside>
      {main}
    </div>
  );
}

/** A read the pool stopped at its budget (or refused when too many wait), said where its answer would be. */
function ReadRefused({ message }: { message: string }) {
  return (
    <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
      {message}
    </p>
  );
}

async function MatchCount({ source }: { source: TimelineSource }) {
  const counted = await Promise.resolve(source.count()).catch(readRefusal);
  if ('refused' in counted) return <p className="text-sm text-slate-600">Not counted: the search was stopped.</p>;
  const { count, capped } = counted;
  return (
    <p className="text-sm text-slate-600">
      {capped ? `More than ${count.toLocaleString('en')} matching events` : `${count.toLocaleString('en')} matching ${count === 1 ? 'event' : 'events'}`}
    </p>
  );
}

async function ChartSection({
  source,
  filter,
  granularity,
  links,
}: {
  source: TimelineSource;
  filter: TimelineFilter;
  granularity: Granularity;
  links: TimelineLinks;
}) {
  const chart = await Promise.resolve(source.chart(granularity)).catch(readRefusal);
  if ('refused' in chart) return <ReadRefused message={`No chart: ${chart.refused}`} />;
  const { rows, byType, tooMany } = chart;
  // A click narrows the range to the bar's period; the new range picks its own finer granularity.
  const hrefs = Object.fromEntries(rows.map((r) => [r.bucket, links.timeline({ ...filter, from: r.from, to: r.to })]));
  return (
    <TimelineChartPanel
      rows={rows}
      granularity={granularity}
      hrefs={hrefs}
      granularityHref={(g) => links.timeline(filter, { bucket: g })}
      byType={byType}
      tooMany={tooMany}
    />
  );
}
