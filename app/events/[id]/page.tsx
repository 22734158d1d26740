import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EventList } from '@/components/timeline/event-list';
import { EventTypeBadge } from '@/components/events/event-type-badge';
import { DeleteEventButton } from '@/components/events/delete-event-button';
import { EventHistory } from '@/components/events/event-history';
import { RestoreEventButton } from '@/components/events/restore-event-button';
import { getEvent, listEventHistory, listRelatedEvents } from '@/db/queries/event-detail';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { formatDate, formatDateRange } from '@/lib/dates';
import { describeGrade, EVENT_TYPE_LABELS } from '@/lib/vocabulary';

type Props = { params: Promise<{ id: string }> };

/** The stance form with this event as evidence, and the country and initiative filled in when there is only one. */
function recordStanceHref(event: { id: number; countries: { code: string }[]; initiatives: { slug: string }[] }): string {
  const params = new URLSearchParams({ evidence: String(event.id) });
  const codes = [...new Set(event.countries.map((c) => c.code))];
  if (codes.length === 1) params.set('country', codes[0]!);
  if (event.initiatives.length === 1) params.set('initiative', event.initiatives[0]!.slug);
  return `/stances/new?${params}`;
}

function eventId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requirePermission('read');
  const id = eventId((await props.params).id);
  const event = id ? getEvent(id) : null;
  return { title: event?.title ?? 'Event not found' };
}

export default async function EventPage(props: Props) {
  const user = await requirePermission('read');
  const id = eventId((await props.params).id);
  const event = id ? getEvent(id, { includeDeleted: can(user.role, 'restore') }) : null;
  if (!event) notFound();
  const related = listRelatedEvents(event.id);
  const history = listEventHistory(event.id);
  const sectionTitle = 'mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500';

  return (
    <article aria-labelledby="event-title" className="space-y-6">
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link href="/events" className="text-blue-700 hover:underline">
          ← Timeline
        </Link>
      </nav>
      {event.deletedAt ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          This event was deleted on {event.deletedAt.slice(0, 10)}. Only admins see it; restore it from Deleted events.
        </p>
      ) : null}
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <EventTypeBadge type={event.type} />
          <time dateTime={event.date}>{formatDateRange(event.date, event.datePrecision, event.endDate)}</time>
          <span className="text-xs text-slate-400">({event.datePrecision} precision)</span>
          {event.location ? <span>{event.location}</span> : null}
        </div>
        <h1 id="event-title" className="text-2xl font-semibold tracking-tight">
          {event.title}
        </h1>
        {can(user.role, 'write') && !event.deletedAt ? (
          <div className="no-print flex flex-wrap items-center gap-3 text-sm">
            <Link href={`/events/${event.id}/edit`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50">
              Edit event
            </Link>
            <Link href={recordStanceHref(event)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50">
              Record stance from this event
            </Link>
            <DeleteEventButton id={event.id} version={event.version} title={event.title} />
          </div>
        ) : null}
        {event.deletedAt && can(user.role, 'restore') ? (
          <div className="no-print">
            <RestoreEventButton id={event.id} title={event.title} />
          </div>
        ) : null}
      </header>

      {event.summary ? <p className="max-w-3xl whitespace-pre-line leading-relaxed text-slate-800">{event.summary}</p> : null}

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="countries-heading">
          <h2 id="countries-heading" className={sectionTitle}>
            Countries
          </h2>
          {event.countries.length ? (
            <ul className="space-y-1 text-sm">
              {event.countries.map((c) => (
                <li key={`${c.code}-${c.role}`}>
                  <Link href={`/events?country=${c.code}`} className="text-blue-700 hover:underline">
                    {c.name}
                  </Link>{' '}
                  <span className="text-slate-500">— {c.role}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">No countries recorded.</p>
          )}
        </section>
        <section aria-labelledby="initiatives-heading">
          <h2 id="initiatives-heading" className={sectionTitle}>
            Initiatives and tags
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {event.initiatives.map((i) => (
              <li key={i.slug}>
                <Link href={`/events?initiative=${i.slug}`} className="rounded bg-slate-900 px-2 py-0.5 text-white hover:bg-slate-700">
                  {i.name}
                </Link>
              </li>
            ))}
            {event.tags.map((t) => (
              <li key={t}>
                <Link href={`/events?tag=${encodeURIComponent(t)}`} className="rounded bg-slate-100 px-2 py-0.5 text-slate-700 hover:bg-slate-200">
                  #{t}
                </Link>
              </li>
            ))}
          </ul>
          {!event.initiatives.length && !event.tags.length ? <p className="text-sm text-slate-500">None recorded.</p> : null}
        </section>
        <section aria-labelledby="people-heading">
          <h2 id="people-heading" className={sectionTitle}>
            People
          </h2>
          {event.people.length ? (
            <ul className="space-y-1 text-sm">
              {event.people.map((p) => (
                <li key={p.name}>
                  <span className="font-medium">{p.name}</span>
                  {p.capacity ? <span className="text-slate-500">, {p.capacity}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">No people recorded.</p>
          )}
        </section>
        <section aria-labelledby="record-heading">
          <h2 id="record-heading" className={sectionTitle}>
            Record
          </h2>
          <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-500">Type</dt>
            <dd>{EVENT_TYPE_LABELS[event.type]}</dd>
            <dt className="text-slate-500">Version</dt>
            <dd>{event.version}</dd>
            <dt className="text-slate-500">Created</dt>
            <dd>
              {event.createdAt.slice(0, 10)} by {event.createdByName ?? 'the demo data'}
            </dd>
            <dt className="text-slate-500">Last change</dt>
            <dd>
              {event.updatedAt.slice(0, 10)} by {event.updatedByName ?? 'the demo data'}
            </dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className={sectionTitle}>
          Sources ({event.sources.length})
        </h2>
        {event.sources.length ? (
          <ol className="space-y-3">
            {event.sources.map((s) => (
              <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <a href={s.url} rel="noreferrer noopener" target="_blank" className="font-medium text-blue-700 hover:underline">
                    {s.title}
                  </a>
                  <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">{describeGrade(s.reliability, s.credibility)}</span>
                </div>
                <p className="text-slate-600">
                  {s.publisher}
                  {s.publishedDate ? `, ${formatDate(s.publishedDate, 'day')}` : ''}
                </p>
                {s.quote ? <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 italic text-slate-700">“{s.quote}”</blockquote> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-500">No sources yet. {can(user.role, 'write') ? 'Add one by editing the event.' : ''}</p>
        )}
      </section>

      <section aria-labelledby="related-heading" className="no-print">
        <h2 id="related-heading" className={sectionTitle}>
          Related events (same initiative or country, within 90 days)
        </h2>
        {related.length ? <EventList events={related} label="Related events" /> : <p className="text-sm text-slate-500">No related events within 90 days.</p>}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className={sectionTitle}>
          History
        </h2>
        <EventHistory entries={history} />
      </section>
    </article>
  );
}
