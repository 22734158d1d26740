// GET /api/events: the timeline as JSON, with the same filters as /events, paginated by cursor.
import { checkFilterReferences } from '@/db/queries/reference';
import type { TimelineItem } from '@/db/queries/timeline';
import { guardedRoute } from '@/lib/auth/route';
import { runRead } from '@/lib/reads/pool';
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

export const GET = guardedRoute('read', async (request: Request, user) => {
  const params = new URL(request.url).searchParams;
  const result = strict(checkFilterReferences(parseFilter(params)), params);
  if (!result.ok) return Response.json({ error: result.message, parameter: result.param, errors: result.errors }, { status: 400 });
  // Both in the read pool, side by side, each within its budget.
  const reader = { id: user.id };
  const [page, total] = await Promise.all([
    runRead({ kind: 'timeline-list', filter: result.filter, page: result.page, reader }),
    runRead({ kind: 'timeline-count', filter: result.filter, cap: TOTAL_CAP, reader }),
  ]);
  return Response.json({ items: page.items.map(toApiItem), nextCursor: page.nextCursor, total: total.count, totalIsLowerBound: total.capped });
});
