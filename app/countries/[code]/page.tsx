import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { StanceThreads } from '@/components/annotations/stance-threads';
import { CountryMemberships } from '@/components/countries/country-memberships';
import { CurrentStances } from '@/components/countries/current-stances';
import { StanceLedger } from '@/components/countries/stance-ledger';
import { ExportLink } from '@/components/export/export-link';
import { EventListSection } from '@/components/timeline/event-list-section';
import { idsOfThreads, listStanceThreads, listVersionsOf } from '@/db/queries/annotations';
import { listEventLabels } from '@/db/queries/events';
import { listMemberships } from '@/db/queries/memberships';
import { getCountry } from '@/db/queries/reference';
import { listStanceCorrections, listStances, type StanceEntry } from '@/db/queries/stances';
import { listEvents } from '@/db/queries/timeline';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { EVENTS_LINKS } from '@/lib/timeline/view';
import { stancesExportHref } from '@/lib/export/links';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ recorded?: string }> };

// The metadata and the page both look the country up: one read per request.
const readCountry = cache((code: string) => getCountry(code));

async function countryFrom(props: Props) {
  const code = (await props.params).code.toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? readCountry(code) : undefined;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requirePermission('read');
  return { title: (await countryFrom(props))?.name ?? 'Country not found' };
}

export default async function CountryPage(props: Props) {
  const user = await requirePermission('read');
  const country = await countryFrom(props);
  if (!country) notFound();
  const { recorded } = await props.searchParams;
  const ledger = listStances({ country: country.code });
  const corrections = listStanceCorrections(ledger.map((s) => s.id));
  const memberships = listMemberships({ country: country.code });
  const filter = { ...EMPTY_FILTER, countries: [country.code] };
  const recent = listEvents(filter, { limit: 8, cursor: null }, user).items;
  const labels = listEventLabels([...ledger.flatMap((s) => s.evidence), ...memberships.flatMap((m) => m.evidence)]);
  const writer = can(user.role, 'write');
  const canSeeDeleted = can(user.role, 'restore');
  const threads = listStanceThreads(
    ledger.map((s) => s.id),
    user,
  );
  const versions = listVersionsOf(idsOfThreads([...threads.values()].flat()));
  const reader = { id: user.id, name: user.name, canWrite: writer, isAdmin: user.role === 'admin' };
  const annotationsOf = (s: StanceEntry) => <StanceThreads stance={s} threads={threads.get(s.id) ?? []} versions={versions} reader={reader} />;

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
        <div className="no-print flex gap-2 text-sm">
          <ExportLink href={stancesExportHref({ country: country.code })} />
          {writer ? (
            <>
              <Link href={`/stances/new?country=${country.code}`} className="rounded-md bg-blue-700 px-3 py-2 font-medium text-white hover:bg-blue-800">
                Record a stance
              </Link>
              <Link
                href={`/memberships/new?country=${country.code}`}
                className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium text-slate-700 hover:bg-slate-50"
              >
                Record a membership
              </Link>
            </>
          ) : null}
        </div>
      </div>
      {recorded ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          The {recorded === 'membership' ? 'membership' : 'stance'} was recorded.
        </p>
      ) : null}

      <CurrentStances
        countryName={country.name}
        current={ledger.filter((s) => s.current)}
        labels={labels}
        canWrite={writer}
        canSeeDeleted={canSeeDeleted}
        annotationsOf={annotationsOf}
      />
      <StanceLedger ledger={ledger} corrections={corrections} canWrite={writer} annotationsOf={annotationsOf} />
      <CountryMemberships memberships={memberships} labels={labels} canSeeDeleted={canSeeDeleted} />
      <EventListSection
        heading="Recent events"
        more={{ href: EVENTS_LINKS.timeline(filter), label: `All events involving ${country.name} →` }}
        events={recent}
        label={`Recent events involving ${country.name}`}
        empty={`No events recorded for ${country.name}.`}
        eventHref={EVENTS_LINKS.event}
      />
    </div>
  );
}
