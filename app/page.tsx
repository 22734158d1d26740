import Link from 'next/link';
import { NewEventLink } from '@/components/events/new-event-link';
import { EventList } from '@/components/timeline/event-list';
import { TimelineChart } from '@/components/timeline/timeline-chart';
import { listInitiatives } from '@/db/queries/reference';
import { countEvents, eventBuckets, listEvents } from '@/db/queries/timeline';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { chartRows } from '@/lib/timeline/chart';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { EVENTS_LINKS } from '@/lib/timeline/view';
import { EVENT_TYPE_LABELS, EVENT_TYPES } from '@/lib/vocabulary';

export const dynamic = 'force-dynamic';

function lastTwelveMonths(today = new Date()): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return { from: start.toISOString().slice(0, 10), to };
}

const href = (filter: Partial<TimelineFilter>) => EVENTS_LINKS.timeline({ ...EMPTY_FILTER, ...filter });

export default async function OverviewPage() {
  const user = await requirePermission('read');
  const total = countEvents();
  const latest = listEvents(EMPTY_FILTER, { limit: 8, cursor: null }, user).items;
  const range = lastTwelveMonths();
  const yearFilter = { ...EMPTY_FILTER, ...range };
  const buckets = eventBuckets(yearFilter, 'month');
  const rows = chartRows(buckets, 'month');
  const hrefs = Object.fromEntries(rows.map((r) => [r.bucket, href({ from: r.from, to: r.to })]));
  const perType = EVENT_TYPES.map((type) => ({ type, count: buckets.filter((b) => b.type === type).reduce((n, b) => n + b.count, 0) })).filter(
    (t) => t.count > 0,
  );
  const yearTotal = perType.reduce((n, t) => n + t.count, 0);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
          <p className="text-sm text-slate-600">
            {total.toLocaleString('en')} events recorded.{' '}
            <Link href="/events" className="text-blue-700 hover:underline">
              Open the timeline
            </Link>
          </p>
        </div>
        <NewEventLink role={user.role} />
      </div>

      <section aria-labelledby="year-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-[1fr_16rem]">
        <div>
          <h2 id="year-heading" className="text-sm font-medium text-slate-700">
            Events per type, last 12 months ({range.from} to {range.to})
          </h2>
          {rows.length ? (
            <TimelineChart rows={rows} hrefs={hrefs} />
          ) : (
            <p className="py-10 text-center text-sm text-slate-500">
              No events in the last 12 months.{' '}
              <Link href="/events" className="text-blue-700 hover:underline">
                Browse earlier ones in the timeline
              </Link>
              .
            </p>
          )}
        </div>
        <ul aria-label="Events per type, last 12 months" className="space-y-1 self-center text-sm">
          {perType.map((t) => (
            <li key={t.type} className="flex justify-between gap-2">
              <Link href={href({ ...range, types: [t.type] })} className="text-blue-700 hover:underline">
                {EVENT_TYPE_LABELS[t.type]}
              </Link>
              <span className="tabular-nums">{t.count}</span>
            </li>
          ))}
          {perType.length ? (
            <li className="flex justify-between gap-2 border-t border-slate-200 pt-1 font-medium">
              <span>All types</span>
              <span className="tabular-nums">{yearTotal}</span>
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="initiatives-heading">
        <h2 id="initiatives-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">
          Initiatives
        </h2>
        <ul className="flex flex-wrap gap-2 text-sm">
          {listInitiatives().map((i) => (
            <li key={i.slug}>
              <Link
                href={href({ initiatives: [i.slug] })}
                className="inline-block rounded-md border border-slate-200 bg-white px-3 py-1.5 hover:border-blue-300 hover:bg-blue-50"
              >
                {i.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest-heading">
        <div className="mb-2 flex items-baseline justify-between">
          <h2 id="latest-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            Latest events
          </h2>
          <Link href="/events" className="text-sm text-blue-700 hover:underline">
            All events →
          </Link>
        </div>
        {latest.length ? (
          <EventList events={latest} label="Latest events" eventHref={EVENTS_LINKS.event} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
            No events yet.{' '}
            {can(user.role, 'write') ? 'Record the first one with “New event”, or load the demo data with npm run db:seed.' : 'Ask an analyst to record some.'}
          </p>
        )}
      </section>
    </div>
  );
}
