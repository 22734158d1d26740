// What a timeline view reads for one filter and page, within the page's budget. The page builds the source
// and hands it to components/timeline/timeline-view.tsx, which calls each part where it renders: the list
// at once, the count and the chart inside their own Suspense boundaries.
import 'server-only';
import type { Granularity } from '@/lib/timeline/buckets';
import { chartRows, type ChartRow } from '@/lib/timeline/chart';
import type { Page, TimelineFilter } from '@/lib/timeline/filters';
import type { Reader } from './annotation-visibility';
import { chartBuckets, countEventsUpTo, listEvents, type CappedCount, type TimelinePage } from './timeline';

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
 * The events matching the filter: one page of them, their count up to COUNT_CAP and the chart. The reader
 * decides which annotations count (the annotation filters, the search, the counts): null for the team's only.
 */
export function timelineSource({ filter, page, reader }: { filter: TimelineFilter; page: Page; reader: Reader }): TimelineSource {
  return {
    list: () => listEvents(filter, page, reader),
    count: () => countEventsUpTo(filter, COUNT_CAP, reader),
    chart: (granularity) => {
      const { buckets, byType, capped } = chartBuckets(filter, granularity, COUNT_CAP, reader);
      return { rows: chartRows(buckets, granularity), byType, tooMany: capped ? COUNT_CAP : null };
    },
  };
}
