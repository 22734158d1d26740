// Where each page's "Export CSV" leads: the export of the same filters the page shows.
import { annotationListParams, type AnnotationQuery } from '@/lib/annotations/filters';
import { filterToSearchParams, type TimelineFilter } from '@/lib/timeline/filters';

const withQuery = (path: string, params: URLSearchParams) => (params.size ? `${path}?${params}` : path);

export const eventsExportHref = (filter: TimelineFilter) => withQuery('/export/events.csv', filterToSearchParams(filter));

export const annotationsExportHref = (query: AnnotationQuery, events: TimelineFilter) =>
  withQuery('/export/annotations.csv', annotationListParams(query, events, null));

export const stancesExportHref = (q: { country?: string; initiative?: string; current?: boolean }) => {
  const params = new URLSearchParams();
  if (q.country) params.set('country', q.country);
  if (q.initiative) params.set('initiative', q.initiative);
  if (q.current) params.set('current', 'true');
  return withQuery('/export/stances.csv', params);
};
