import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PositionBadge } from '@/components/stances/position-badge';
import { EventListSection } from '@/components/timeline/event-list-section';
import { listMemberships } from '@/db/queries/memberships';
import { getInitiative } from '@/db/queries/reference';
import { listStances } from '@/db/queries/stances';
import { countEvents, listEvents } from '@/db/queries/timeline';
import { requirePermission } from '@/lib/auth/guard';
import { formatDate } from '@/lib/dates';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { EVENTS_LINKS } from '@/lib/timeline/view';
import { MEMBERSHIP_ROLE_LABELS } from '@/lib/stances/scale';
import { ExportLink } from '@/components/export/export-link';
import { stancesExportHref } from '@/lib/export/links';

type Props = { params: Promise<{ slug: string }> };

// The metadata and the page both look the initiative up: one read per request.
const readInitiative = cache((slug: string) => getInitiative(slug));

async function initiativeFrom(props: Props) {
  const slug = (await props.params).slug;
  return /^[a-z0-9-]{1,80}$/.test(slug) ? readInitiative(slug) : undefined;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requirePermission('read');
  return { title: (await initiativeFrom(props))?.name ?? 'Initiative not found' };
}

export default async function InitiativePage(props: Props) {
  const user = await requirePermission('read');
  const initiative = await initiativeFrom(props);
  if (!initiative) notFound();
  const filter = { ...EMPTY_FILTER, initiatives: [initiative.slug] };
  const members = listMemberships({ initiative: initiative.slug });
  const stances = listStances({ initiative: initiative.slug, currentOnly: true }).sort(
    (a, b) => b.positionValue - a.positionValue || a.countryName.localeCompare(b.countryName),
  );
  const events = listEvents(filter, { limit: 10, cursor: null }, user).items;
  const total = countEvents(filter);
  const sectionTitle = 'mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500';

  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link href="/countries" className="text-blue-700 hover:underline">
          ← Stances
        </Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{initiative.name}</h1>
        {initiative.description ? <p className="mt-2 max-w-3xl text-slate-700">{initiative.description}</p> : null}
        <div className="no-print mt-2 flex items-center gap-3">
          <Link href={`/countries?initiative=${initiative.slug}`} className="text-sm text-blue-700 hover:underline">
            Map of positions →
          </Link>
          <ExportLink href={stancesExportHref({ initiative: initiative.slug, current: true })} />
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className={sectionTitle}>
            Members ({members.filter((m) => !m.left).length})
          </h2>
          {members.length ? (
            <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm" aria-label="Members">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Country
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Role
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Since
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Confidence
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {members.map((m) => (
                  <tr key={m.id}>
                    <td className="px-3 py-2">
                      <Link href={`/countries/${m.country}`} className="text-blue-700 hover:underline">
                        {m.countryName}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{MEMBERSHIP_ROLE_LABELS[m.role]}</td>
                    <td className="px-3 py-2 tabular-nums">
                      {formatDate(m.joined, m.joinedPrecision)}
                      {m.left ? ` – ${formatDate(m.left, 'day')}` : ''}
                    </td>
                    <td className="px-3 py-2">{m.confidence}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-sm text-slate-500">No memberships recorded.</p>
          )}
        </section>

        <section aria-labelledby="stances-heading">
          <h2 id="stances-heading" className={sectionTitle}>
            Current stances ({stances.length})
          </h2>
          {stances.length ? (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm" aria-label="Current stances">
              {stances.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                  <Link href={`/countries/${s.country}`} className="text-blue-700 hover:underline">
                    {s.countryName}
                  </Link>
                  <span className="flex items-center gap-2 text-xs text-slate-500">
                    since {formatDate(s.asOf, s.datePrecision)} · {s.confidence}
                    <PositionBadge position={s.position} size="sm" />
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">No stances recorded on this initiative.</p>
          )}
        </section>
      </div>

      <EventListSection
        heading={`Events (${total})`}
        more={{ href: EVENTS_LINKS.timeline(filter), label: 'All in the timeline →' }}
        events={events}
        label={`Events of ${initiative.name}`}
        empty="No events linked to this initiative yet."
        eventHref={EVENTS_LINKS.event}
      />
    </div>
  );
}
