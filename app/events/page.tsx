import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { NewEventLink } from '@/components/events/new-event-link';
import { GroupedEventList } from '@/components/timeline/event-list';
import { FilterChips } from '@/components/timeline/filter-chips';
import { FilterPanel } from '@/components/timeline/filter-panel';
import { TimelineChartPanel } from '@/components/timeline/timeline-chart-panel';
import { checkFilterReferences, listCountries, listInitiatives } from '@/db/queries/reference';
import { listTags } from '@/db/queries/tags';
import { chartBuckets, countEventsUpTo, listEvents } from '@/db/queries/timeline';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { chooseGranularity, GRANULARITIES, type Granularity } from '@/lib/timeline/buckets';
import { chartRows } from '@/lib/timeline/chart';
import { filterToSearchParams, isEmptyFilter, parseFilter, type TimelineFilter } from '@/lib/timeline/filters';

export const metadata: Metadata = { title: 'Timeline' };

type SearchParams = Record<string, string | string[] | undefined>;

function timelineHref(filter: TimelineFilter, extra: Record<string, string | undefined> = {}) {
  const params = filterToSearchParams(filter);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const query = params.toString();
  return query ? `/events?${query}` : '/events';
}

export default async function TimelinePage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('read');
  const searchParams = await props.searchParams;
  const { filter, page, errors } = checkFilterReferences(parseFilter(searchParams));
  // `bucket` is the page's own parameter (the chart's period), not part of the filter.
  const requested = typeof searchParams.bucket === 'string' && (GRANULARITIES as readonly string[]).includes(searchParams.bucket) ? (searchParams.bucket as Granularity) : undefined;
  const granularity = requested ?? chooseGranularity(filter.from, filter.to);
  const keep: Record<string, string> = requested ? { bucket: requested } : {};

  const countries = listCountries();
  const initiatives = listInitiatives();
  const result = listEvents(filter, page);

  return (
    <div className="grid gap-6 lg:grid-cols-[17rem_1fr]">
      <aside aria-label="Timeline filters" className="lg:sticky lg:top-4 lg:self-start">
        <FilterPanel filter={filter} errors={errors} countries={countries} initiatives={initiatives} tags={listTags()} keep={keep} />
      </aside>
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">Timeline</h1>
            <Suspense fallback={<p className="text-sm text-slate-500">Counting matching events…</p>}>
              <MatchCount filter={filter} />
            </Suspense>
          </div>
          <NewEventLink role={user.role} />
        </div>
        <FilterChips filter={filter} countries={countries} initiatives={initiatives} keep={keep} />
        <Suspense fallback={<div className="h-72 animate-pulse rounded-lg border border-slate-200 bg-white" aria-label="Loading chart" />}>
          <ChartSection filter={filter} granularity={granularity} />
        </Suspense>
        {result.items.length ? (
          <GroupedEventList events={result.items} label="Matching events" />
        ) : (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
            {isEmptyFilter(filter) && !page.cursor ? (
              <p>No events recorded yet. {can(user.role, 'write') ? 'Record the first one with “New event”.' : 'Ask an analyst to record some.'}</p>
            ) : (
              <p>
                No events match these filters. Remove a filter above, or{' '}
                <Link href="/events" className="text-blue-700 underline">
                  start again with all events
                </Link>
                .
              </p>
            )}
          </div>
        )}
        <nav aria-label="Pages" className="no-print flex justify-between text-sm">
          {page.cursor ? (
            <Link href={timelineHref(filter, keep)} className="text-blue-700 hover:underline">
              ← Newest events
            </Link>
          ) : (
            <span />
          )}
          {result.nextCursor ? (
            <Link href={timelineHref(filter, { ...keep, cursor: result.nextCursor })} className="text-blue-700 hover:underline">
              Older events →
            </Link>
          ) : null}
        </nav>
      </div>
    </div>
  );
}

// Past this many, the page says "more than": an exact count of a broad text search can take seconds at a
// million events, and the synchronous database would hold every other request meanwhile.
const COUNT_CAP = 10_000;

async function MatchCount({ filter }: { filter: TimelineFilter }) {
  const { count, capped } = countEventsUpTo(filter, COUNT_CAP);
  return (
    <p className="text-sm text-slate-600">
      {capped ? `More than ${count.toLocaleString('en')} matching events` : `${count.toLocaleString('en')} matching ${count === 1 ? 'event' : 'events'}`}
    </p>
  );
}

async function ChartSection({ filter, granularity }: { filter: TimelineFilter; granularity: Granularity }) {
  const { buckets, byType, capped } = chartBuckets(filter, granularity, COUNT_CAP);
  const rows = chartRows(buckets, granularity);
  // A click narrows the range to the bar's period; the new range picks its own finer granularity.
  const hrefs = Object.fromEntries(rows.map((r) => [r.bucket, timelineHref({ ...filter, from: r.from, to: r.to })]));
  return (
    <TimelineChartPanel
      rows={rows}
      granularity={granularity}
      hrefs={hrefs}
      granularityHref={(g) => timelineHref(filter, { bucket: g })}
      byType={byType}
      tooMany={capped ? COUNT_CAP : null}
    />
  );
}
