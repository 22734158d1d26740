// Where a timeline's links lead and the view's own URL state (the chart's period), so that every page
// showing a timeline (/events today, a saved view or a share link next) builds them the same way.
import { chooseGranularity, GRANULARITIES, type Granularity } from '@/lib/timeline/buckets';
import { filterToSearchParams, type SearchParamsInput, type TimelineFilter } from '@/lib/timeline/filters';

export type TimelineLinks = {
  /** The timeline's path, without a query: the filter form submits to it and every timeline link starts with it. */
  base: string;
  /** The timeline with this filter and the page's own parameters (`bucket`, `cursor`); empty values are left out. */
  timeline: (filter: TimelineFilter, extra?: Record<string, string | undefined>) => string;
  /** An event's page. */
  event: (id: number) => string;
};

export function timelineLinks(base: string, event: (id: number) => string): TimelineLinks {
  return {
    base,
    timeline: (filter, extra = {}) => {
      const params = filterToSearchParams(filter);
      for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
      const query = params.toString();
      return query ? `${base}?${query}` : base;
    },
    event,
  };
}

/** The signed-in timeline at /events and its events at /events/<id>. */
export const EVENTS_LINKS = timelineLinks('/events', (id) => `/events/${id}`);

export type ChartPeriod = {
  granularity: Granularity;
  /** Parameters of the page, not the filter, that the timeline's links and filter form carry on: the chosen `bucket`. */
  keep: Record<string, string>;
};

/** The chart's period: the `bucket` parameter when it names one (and then links keep it), else the one that suits the filter's range. */
export function chartPeriod(params: SearchParamsInput, filter: Pick<TimelineFilter, 'from' | 'to'>): ChartPeriod {
  const raw = params instanceof URLSearchParams ? params.get('bucket') : params.bucket;
  const requested = typeof raw === 'string' && (GRANULARITIES as readonly string[]).includes(raw) ? (raw as Granularity) : undefined;
  return { granularity: requested ?? chooseGranularity(filter.from, filter.to), keep: requested ? { bucket: requested } : {} };
}
