// GET /api/annotations: annotations the caller may see (the team's and their own private ones), newest
// first, by event, author, kind, tag, likelihood and confidence, paginated by cursor like /api/events.
import { listAnnotationPage } from '@/db/queries/annotation-list';
import { guardedRoute } from '@/lib/auth/route';
import { encodeAnnotationCursor, parseAnnotationApi } from '@/lib/annotations/filters';
import type { AnnotationItem } from '@/lib/annotations/types';

export const dynamic = 'force-dynamic';

/** Every documented key, always present (null when it does not apply). */
function toApiItem(a: AnnotationItem) {
  return {
    id: a.id,
    target: a.target,
    eventId: a.eventId,
    sourceId: a.sourceId,
    stanceId: a.stanceId,
    kind: a.kind,
    body: a.body,
    likelihood: a.likelihood,
    confidence: a.confidence,
    tags: a.tags,
    visibility: a.visibility,
    author: { id: a.author.id, name: a.author.name },
    parentId: a.parentId,
    resolved: a.resolved,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export const GET = guardedRoute('read', (request: Request, user) => {
  const result = parseAnnotationApi(new URL(request.url).searchParams);
  if (!result.ok) return Response.json({ error: result.message, parameter: result.param, errors: result.errors }, { status: 400 });
  const page = listAnnotationPage({ query: result.query, page: result.page, reader: user });
  return Response.json({ items: page.items.map(toApiItem), nextCursor: page.nextBefore ? encodeAnnotationCursor(page.nextBefore) : null });
});
