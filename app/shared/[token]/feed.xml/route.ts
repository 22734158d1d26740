// GET /shared/<token>/feed.xml: a live shared view's newest matching events as an Atom feed (RFC 4287),
// for feed readers, which cannot sign in; the share link's revocation and expiry hold for it too.
import { Feed } from 'feed';
import { listFeedEvents } from '@/db/queries/views';
import { authorizeShareToken } from '@/lib/auth/guard';
import { formatDateRange } from '@/lib/dates';
import { sharedNotFound } from '@/lib/views/not-found';
import { parseViewFilter } from '@/lib/views/schema';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shared = await authorizeShareToken(token);
  // A pinned view does not change, so it has no feed.
  if (!shared || shared.view.mode !== 'live') return sharedNotFound();
  const { view } = shared;
  const base = `${new URL(request.url).origin}/shared/${encodeURIComponent(token)}`;
  const items = listFeedEvents(parseViewFilter(view.filters).filter);
  const feed = new Feed({
    id: `${base}/feed.xml`,
    title: view.name,
    description: view.briefing.slice(0, 500) || undefined,
    link: base,
    updated: new Date(items.reduce((latest, i) => (i.updatedAt > latest ? i.updatedAt : latest), view.updatedAt)),
    feedLinks: { atom: `${base}/feed.xml` },
    author: { name: view.owner.name },
    copyright: '',
    generator: 'Watchfloor',
  });
  for (const event of items) {
    feed.addItem({
      id: `${base}/events/${event.id}`,
      title: event.title,
      link: `${base}/events/${event.id}`,
      date: new Date(event.updatedAt),
      description: `${formatDateRange(event.date, event.datePrecision, event.endDate)}${event.location ? ` · ${event.location}` : ''} · ${event.countries.map((c) => c.name).join(', ')}`,
      content: event.summary ?? undefined,
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'X-Robots-Tag': 'noindex' } });
}
