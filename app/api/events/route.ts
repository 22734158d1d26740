// GET /api/events: the timeline as JSON, with the same filters as /events, paginated by cursor.
import { checkFilterReferences } from '@/db/queries/reference';
import { countEventsUpTo, listEvents, type TimelineItem } from '@/db/queries/timeline';
import { guardedRoute } from '@/lib/auth/route';
import { parseFilter, strict } from '@/lib/timeline/filters';

export const dynamic = 'force-dynamic';

// Exact totals up to here; past it `total` is this number and `totalIsLowerBound` is true. An exact count
// of a broad text search beside another filter can take seconds at a million events, and the synchronous
// database would hold every other request meanwhile.
const TOTAL_CAP = 100_000;

function toApiItem(e: TimelineItem) {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    type: e.type,
    date: e.date,
    datePrecision: e.datePrecision,
    endDate: e.endDate ?? null,
    location: e.location ?? null,
    countries: e.countries.map((c) => ({ code: c.code, role: c.role })),
    initiatives: e.initiatives.map((i) => i.slug),
    tags: e.tags,
    sources: e.sources.map((s) => ({ url: s.url, publisher: s.publisher, reliability: s.reliability, credibility: s.credibility })),
  };
}

export const GET = guardedRoute('read', (request: Request, user) => {
  const params = new URL(request.url).searchParams;
  const result = strict(checkFilterReferences(parseFilter(params)), params);
  if (!result.ok) return Response.json({ error: result.message, parameter: result.param, errors: result.errors }, { status: 400 });
  const page = listEvents(result.filter, result.page, user);
  const total = countEventsUpTo(result.filter, TOTAL_CAP, user);
  return Response.json({ items: page.items.map(toApiItem), nextCursor: page.nextCursor, total: total.count, totalIsLowerBound: total.capped });
});
