// What a timeline view reads for one filter and page, within the page's budget. The page builds the source
// and hands it to components/timeline/timeline-view.tsx, which calls each part where it renders: the list
// at once, the count and the chart inside their own Suspense boundaries.
import 'server-only';
import { runRead } from '@/lib/reads/pool';
import type { TimelineSummary } from '@/lib/reads/job';
import type { Granularity } from '@/lib/timeline/buckets';
import { chartRows, type ChartRow } from '@/lib/timeline/chart';
import { parseFilter, type FilterErrors, type Page, type TimelineFilter } from '@/lib/timeline/filters';
import { chartPeriod, type ChartPeriod } from '@/lib/timeline/view';
import { viewPageParams } from '@/lib/views/schema';
import type { Country, Initiative } from '@/db/schema';
import type { Reader } from './annotation-visibility';
import { checkFilterReferences, listCountries, listInitiatives } from './reference';
import type { CappedCount, TimelinePage } from './timeline';
import { countPinned, listPinnedPage, pinnedBuckets, type ViewRecord } from './views';

// Past this many, the page says "more than": an exact count of a broad text search can take seconds at a
// million events, and the synchronous database would hold every other request meanwhile.
export const COUNT_CAP = 10_000;

export type TimelineChartData = {
  /** One row per period, gaps filled (lib/timeline/chart.ts). */
  rows: ChartRow[];
  /** False when the rows hold totals only, not split by type. */
  byType: boolean;
  /** The cap when too many events match to chart at all, else null. */
  tooMany: number | null;
};

type Awaitable<T> = T | Promise<T>;

/** The view's data: each part is read only when (and where) the view renders it. */
export type TimelineSource = {
  list: () => Awaitable<TimelinePage>;
  count: () => Awaitable<CappedCount>;
  chart: (granularity: Granularity) => Awaitable<TimelineChartData>;
};

/**
 * The events matching the filter: one page of them, their count up to COUNT_CAP and the chart, each read in
 * the read pool within its budget (lib/reads/pool.ts). The count and the chart of the page's granularity
 * come from one read, which counts the matches once. The reader decides which annotations count (the
 * annotation filters, the search, the counts): null for the team's only.
 */
export function timelineSource({
  filter,
  page,
  reader,
  granularity,
}: {
  filter: TimelineFilter;
  page: Page;
  reader: Reader;
  granularity: Granularity;
}): TimelineSource {
  // Only the id crosses to the worker: the reader may be the whole signed-in user.
  reader = reader && { id: reader.id };
  const summaries = new Map<Granularity, Promise<TimelineSummary>>();
  const summary = (g: Granularity) => {
    let read = summaries.get(g);
    if (!read) summaries.set(g, (read = runRead({ kind: 'timeline-summary', filter, granularity: g, cap: COUNT_CAP, reader })));
    return read;
  };
  return {
    list: () => runRead({ kind: 'timeline-list', filter, page, reader }),
    count: async () => (await summary(granularity)).count,
    chart: async (g) => {
      const { buckets, byType, capped } = (await summary(g)).chart;
      return { rows: chartRows(buckets, g), byType, tooMany: capped ? COUNT_CAP : null };
    },
  };
}

/** A pinned view's events as they stood at the pin, in the filter's date range: at most PIN_MAX_EVENTS, so counts and charts are exact. */
export function pinnedSource({ viewId, filter, page }: { viewId: number; filter: TimelineFilter; page: Page }): TimelineSource {
  return {
    list: () => listPinnedPage(viewId, filter, page),
    count: () => ({ count: countPinned(viewId, filter), capped: false }),
    chart: (granularity) => ({ rows: chartRows(pinnedBuckets(viewId, filter, granularity), granularity), byType: true, tooMany: null }),
  };
}

/** What a page hands the timeline view to show (components/timeline/timeline-view.tsx). */
export type TimelineData = {
  /** The parsed filter, page and errors (parseFilter, then checkFilterReferences). */
  filter: TimelineFilter;
  page: Page;
  errors: FilterErrors;
  /** The chart's period and the page parameters links keep (chartPeriod in lib/timeline/view.ts). */
  period: ChartPeriod;
  /** For the filter panel's choices and the chips' names. Tags are only needed when the viewer may filter. */
  reference: { countries: Country[]; initiatives: Initiative[]; tags: string[] };
  source: TimelineSource;
};

export type ViewTimeline = TimelineData & {
  /** The URL's date range narrows the view's (a chart bar was followed). */
  narrowed: boolean;
};

/**
 * What a saved view's timeline shows, on its own page and under its share link: the view's filter (only
 * its date range may be narrowed by the URL, never widened or replaced), over the live events or the pin.
 * The reader decides whose annotations count: null (the team's) under a share link.
 */
export function viewTimeline({
  view,
  searchParams,
  reader,
}: {
  view: Pick<ViewRecord, 'id' | 'mode' | 'filters'>;
  searchParams: Record<string, string | string[] | undefined>;
  reader: Reader;
}): ViewTimeline {
  const { params, narrowed } = viewPageParams(view.filters, searchParams);
  const { filter, page, errors } = checkFilterReferences(parseFilter(params));
  const period = chartPeriod(searchParams, filter);
  return {
    filter,
    page,
    errors,
    narrowed,
    period,
    reference: { countries: listCountries(), initiatives: listInitiatives(), tags: [] },
    source:
      view.mode === 'pinned' ? pinnedSource({ viewId: view.id, filter, page }) : timelineSource({ filter, page, reader, granularity: period.granularity }),
  };
}
