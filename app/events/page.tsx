import type { Metadata } from 'next';
import { NewEventLink } from '@/components/events/new-event-link';
import Link from 'next/link';
import { ExportLink } from '@/components/export/export-link';
import { secondaryButtonClass } from '@/components/field';
import { SaveViewForm } from '@/components/views/save-view-form';
import { TimelineView } from '@/components/timeline/timeline-view';
import { checkFilterReferences, listCountries, listInitiatives } from '@/db/queries/reference';
import { listTags } from '@/db/queries/tags';
import { timelineSource } from '@/db/queries/timeline-view';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { eventsExportHref } from '@/lib/export/links';
import { filterToSearchParams, parseFilter } from '@/lib/timeline/filters';
import { chartPeriod, EVENTS_LINKS } from '@/lib/timeline/view';

export const metadata: Metadata = { title: 'Timeline' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function TimelinePage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('read');
  const searchParams = await props.searchParams;
  const { filter, page, errors } = checkFilterReferences(parseFilter(searchParams));
  const period = chartPeriod(searchParams, filter);
  return (
    <TimelineView
      filter={filter}
      page={page}
      errors={errors}
      period={period}
      reference={{ countries: listCountries(), initiatives: listInitiatives(), tags: listTags() }}
      source={timelineSource({ filter, page, reader: user, granularity: period.granularity })}
      viewer={{ canWrite: can(user.role, 'write'), canFilter: true }}
      links={EVENTS_LINKS}
      actions={
        <div className="relative flex items-center gap-2">
          {can(user.role, 'write') ? <SaveViewForm filters={filterToSearchParams(filter).toString()} /> : null}
          <ExportLink href={eventsExportHref(filter)} />
          {can(user.role, 'write') ? (
            <Link href="/events/import" className={`no-print ${secondaryButtonClass}`}>
              Import CSV
            </Link>
          ) : null}
          <NewEventLink role={user.role} />
        </div>
      }
    />
  );
}
