import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EventList } from '@/components/timeline/event-list';
import { DeleteStanceButton } from '@/components/stances/delete-stance-button';
import { EvidenceList } from '@/components/stances/evidence-list';
import { PositionBadge } from '@/components/stances/position-badge';
import { StanceHistoryChart, type StanceSeries } from '@/components/stances/stance-history-chart';
import { listEventLabels } from '@/db/queries/events';
import { listMemberships } from '@/db/queries/memberships';
import { getCountry } from '@/db/queries/reference';
import { listStanceCorrections, listStances, type StanceEntry } from '@/db/queries/stances';
import { listEvents } from '@/db/queries/timeline';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { formatDate, formatTimestamp, todayIso } from '@/lib/dates';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { MEMBERSHIP_ROLE_LABELS } from '@/lib/stances/scale';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ recorded?: string }> };

const SERIES_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0f766e'];

async function countryFrom(props: Props) {
  const code = (await props.params).code.toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? getCountry(code) : undefined;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requirePermission('read');
  return { title: (await countryFrom(props))?.name ?? 'Country not found' };
}

/** One step series per initiative, oldest entry first. */
function seriesOf(entries: StanceEntry[]): StanceSeries[] {
  const byInitiative = new Map<string, StanceEntry[]>();
  for (const e of [...entries].reverse()) byInitiative.set(e.initiative, [...(byInitiative.get(e.initiative) ?? []), e]);
  return [...byInitiative.entries()].map(([slug, list], i) => ({
    initiative: slug,
    name: list[0]!.initiativeName,
    color: SERIES_COLORS[i % SERIES_COLORS.length]!,
    points: list.map((e) => ({ t: Date.parse(`${e.asOf}T00:00:00Z`), value: e.positionValue, label: e.position })),
  }));
}

export default async function CountryPage(props: Props) {
  const user = await requirePermission('read');
  const country = await countryFrom(props);
  if (!country) notFound();
  const { recorded } = await props.searchParams;
  const ledger = listStances({ country: country.code });
  const corrections = listStanceCorrections(ledger.map((s) => s.id));
  const current = ledger.filter((s) => s.current);
  const memberships = listMemberships({ country: country.code });
  const recent = listEvents({ ...EMPTY_FILTER, countries: [country.code] }, { limit: 8, cursor: null }).items;
  const labels = listEventLabels([...ledger.flatMap((s) => s.evidence), ...memberships.flatMap((m) => m.evidence)]);
  const writer = can(user.role, 'write');
  const sectionTitle = 'mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500';

  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link href="/countries" className="text-blue-700 hover:underline">
          ← All countries
        </Link>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{country.name}</h1>
          <p className="text-sm text-slate-600">
            {country.code} · {country.subregion ?? country.region}
          </p>
        </div>
        {writer ? (
          <div className="no-print flex gap-2 text-sm">
            <Link href={`/stances/new?country=${country.code}`} className="rounded-md bg-blue-700 px-3 py-2 font-medium text-white hover:bg-blue-800">
              Record a stance
            </Link>
            <Link href={`/memberships/new?country=${country.code}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium text-slate-700 hover:bg-slate-50">
              Record a membership
            </Link>
          </div>
        ) : null}
      </div>
      {recorded ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          The {recorded === 'membership' ? 'membership' : 'stance'} was recorded.
        </p>
      ) : null}

      <section aria-labelledby="current-heading">
        <h2 id="current-heading" className={sectionTitle}>
          Current stances
        </h2>
        {current.length ? (
          <ul className="grid gap-3 md:grid-cols-2">
            {current.map((s) => (
              <li key={s.id} aria-label={`Stance on ${s.initiativeName}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/initiatives/${s.initiative}`} className="font-medium hover:underline">
                    {s.initiativeName}
                  </Link>
                  <PositionBadge position={s.position} />
                </div>
                <p className="text-sm text-slate-600">
                  Since {formatDate(s.asOf, s.datePrecision)} · {s.confidence} confidence
                </p>
                <p className="text-sm">{s.rationale}</p>
                {s.changeNote ? <p className="text-sm text-slate-600">Why it changed: {s.changeNote}</p> : null}
                <EvidenceList ids={s.evidence} labels={labels} canSeeDeleted={can(user.role, 'restore')} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
            No stance recorded for {country.name} yet.{writer ? ' Record one from an event that shows where it stands.' : ''}
          </p>
        )}
      </section>

      {ledger.length ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className={sectionTitle}>
            Position over time
          </h2>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <StanceHistoryChart series={seriesOf(ledger)} end={Date.parse(`${todayIso()}T00:00:00Z`)} />
            <table className="mt-3 w-full text-left text-sm" aria-label="Stance ledger">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th scope="col" className="py-1">As of</th>
                  <th scope="col" className="py-1">Initiative</th>
                  <th scope="col" className="py-1">Position</th>
                  <th scope="col" className="py-1">Confidence</th>
                  <th scope="col" className="py-1">Recorded</th>
                  {writer ? <th scope="col" className="no-print py-1"><span className="sr-only">Actions</span></th> : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {ledger.map((s) => (
                  <tr key={s.id}>
                    <td className="py-1.5 tabular-nums">{formatDate(s.asOf, s.datePrecision)}</td>
                    <td className="py-1.5">{s.initiativeName}</td>
                    <td className="py-1.5">
                      <PositionBadge position={s.position} size="sm" /> {s.current ? <span className="text-xs text-slate-500">current</span> : null}
                    </td>
                    <td className="py-1.5">{s.confidence}</td>
                    <td className="py-1.5 text-xs text-slate-500">
                      {s.recordedAt.slice(0, 10)} by {s.recordedBy ?? 'the demo data'}
                    </td>
                    {writer ? (
                      <td className="no-print py-1.5 text-right">
                        <Link href={`/stances/${s.id}/correct`} className="mr-2 text-xs text-blue-700 hover:underline" aria-label={`Correct the ${s.initiativeName} entry of ${formatDate(s.asOf, s.datePrecision)}`}>
                          Correct
                        </Link>
                        <DeleteStanceButton id={s.id} version={s.version} label={`${s.initiativeName} entry of ${formatDate(s.asOf, s.datePrecision)}`} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
            {corrections.length ? (
              <div className="mt-4">
                <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Corrections</h3>
                <ul aria-label="Corrections" className="mt-1 space-y-1 text-sm">
                  {corrections.map((c) => {
                    const entry = ledger.find((s) => s.id === c.stanceId);
                    return (
                      <li key={c.id}>
                        <span className="tabular-nums text-slate-500">{formatTimestamp(c.at)}</span> {c.by ?? 'Someone'} corrected the {entry?.initiativeName ?? ''} entry
                        {c.before?.position ? `, which said ${c.before.position}` : ''}
                        {c.before?.asOf && c.before.datePrecision ? ` as of ${formatDate(c.before.asOf, c.before.datePrecision)}` : ''}
                        {c.before?.confidence ? ` (${c.before.confidence} confidence)` : ''}: {c.reason}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading" className={sectionTitle}>
          Memberships
        </h2>
        {memberships.length ? (
          <ul className="space-y-2">
            {memberships.map((m) => (
              <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <div className="flex flex-wrap justify-between gap-2">
                  <span>
                    <Link href={`/initiatives/${m.initiative}`} className="font-medium hover:underline">
                      {m.initiativeName}
                    </Link>
                    : {MEMBERSHIP_ROLE_LABELS[m.role]}
                  </span>
                  <span className="text-slate-600">
                    joined {formatDate(m.joined, m.joinedPrecision)}
                    {m.left ? `, left ${formatDate(m.left, 'day')}` : ''} · {m.confidence} confidence
                  </span>
                </div>
                {m.note ? <p className="text-slate-600">{m.note}</p> : null}
                <EvidenceList ids={m.evidence} labels={labels} canSeeDeleted={can(user.role, 'restore')} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">No memberships recorded.</p>
        )}
      </section>

      <section aria-labelledby="events-heading">
        <div className="mb-2 flex items-baseline justify-between">
          <h2 id="events-heading" className={sectionTitle}>
            Recent events
          </h2>
          <Link href={`/events?country=${country.code}`} className="text-sm text-blue-700 hover:underline">
            All events involving {country.name} →
          </Link>
        </div>
        {recent.length ? <EventList events={recent} label={`Recent events involving ${country.name}`} /> : <p className="text-sm text-slate-500">No events recorded for {country.name}.</p>}
      </section>
    </div>
  );
}
