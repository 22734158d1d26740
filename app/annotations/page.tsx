// /annotations: the reader's annotations and the team's, newest first, filtered by the annotation's own
// fields and by the timeline's event filters, all in the URL; keyset-paged by id.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AnnotationFeed } from '@/components/annotations/annotation-feed';
import { AnnotationListFilters } from '@/components/annotations/annotation-list-filters';
import { ExportLink } from '@/components/export/export-link';
import { FilterChips } from '@/components/timeline/filter-chips';
import { listAnnotationAuthors, listAnnotationPage, listAnnotationSubjects, listAnnotationTagChoices, TEXT_SET_CAP } from '@/db/queries/annotation-list';
import { checkFilterReferences, listCountries, listInitiatives } from '@/db/queries/reference';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { annotationsExportHref } from '@/lib/export/links';
import { annotationListHref, hasEventFilter, parseAnnotationList } from '@/lib/annotations/filters';
import { isEmptyFilter } from '@/lib/timeline/filters';

export const metadata: Metadata = { title: 'Annotations' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AnnotationsPage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('read');
  const parsed = parseAnnotationList(await props.searchParams);
  const { query, page, errors } = parsed;
  // Unknown countries and initiatives leave the filter and are reported beside their control.
  const checked = checkFilterReferences({ filter: parsed.events, page: { limit: page.limit, cursor: null }, errors: parsed.eventErrors });
  const events = checked.filter;
  const result = listAnnotationPage({ query, events, page, reader: user });
  const broad = `This text is in ${TEXT_SET_CAP.toLocaleString('en')} events or more, too many to narrow the annotations by. Add a rarer word, or narrow the other event filters.`;
  const eventErrors = result.broadText ? { ...checked.errors, q: [...(checked.errors.q ?? []), broad] } : checked.errors;
  const subjects = listAnnotationSubjects(result.items);
  const countries = listCountries();
  const initiatives = listInitiatives();
  const filtered = hasEventFilter(events) || Object.values(query).some((v) => v !== null);
  const mine = query.authorId === user.id;
  // Errors of parameters without a control of their own here.
  const other = [
    ...(errors.event ?? []),
    ...(errors.cursor ?? []),
    ...(checked.errors.tag ?? []).map((e) => `Event tag: ${e}`),
    ...(checked.errors.minGrade ?? []),
  ];
  const eventTitle = query.eventId ? (subjects.events[query.eventId]?.title ?? `event ${query.eventId}`) : null;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Annotations</h1>
          <p className="text-sm text-slate-600">
            Your annotations and the team’s, newest first. Private ones are yours alone; judgments are assessments, not reported facts.
          </p>
        </div>
        <div className="no-print flex items-center gap-3">
          <Link href={annotationListHref({ ...query, authorId: mine ? null : user.id }, events)} className="text-sm font-medium text-blue-700 hover:underline">
            {mine ? 'Everyone’s annotations' : 'Mine only'}
          </Link>
          {result.broadText ? null : <ExportLink href={annotationsExportHref(query, events)} />}
        </div>
      </div>

      <AnnotationListFilters
        query={query}
        events={events}
        errors={errors}
        eventErrors={eventErrors}
        me={{ id: user.id, name: user.name }}
        authors={listAnnotationAuthors(user)}
        tags={listAnnotationTagChoices(user)}
        countries={countries}
        initiatives={initiatives}
      />

      {other.length ? (
        <ul role="alert" className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">
          {other.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {eventTitle ? (
        <p className="text-sm text-slate-700">
          Only annotations on{' '}
          <Link href={`/events/${query.eventId}`} className="font-medium text-blue-700 hover:underline">
            {eventTitle}
          </Link>{' '}
          ·{' '}
          <Link href={annotationListHref({ ...query, eventId: null }, events)} className="text-blue-700 hover:underline">
            on every event
          </Link>
        </p>
      ) : null}
      {isEmptyFilter(events) ? null : (
        <FilterChips filter={events} countries={countries} initiatives={initiatives} href={(f) => annotationListHref(query, f)} />
      )}

      <section aria-label="Results" className="space-y-3">
        {result.items.length ? (
          <AnnotationFeed items={result.items} subjects={subjects} />
        ) : result.broadText ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
            The event text is too common to filter annotations by (see beside the text field). Add a rarer word, or{' '}
            <Link href={annotationListHref(query, { ...events, q: null })} className="text-blue-700 hover:underline">
              list these annotations without the text
            </Link>
            .
          </p>
        ) : result.partial ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
            None of the annotations on this stretch match; the filter is broad, so the list is read a stretch at a time. Look further with the link below, or
            narrow the event filters.
          </p>
        ) : filtered ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
            No annotations match these filters. Remove a filter above, or{' '}
            <Link href="/annotations" className="text-blue-700 hover:underline">
              show every annotation
            </Link>
            .
          </p>
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
            No annotations yet.{' '}
            {can(user.role, 'write')
              ? 'Open an event from the timeline, or a stance on a country page, and add a note or a judgment in its Annotations section.'
              : 'Analysts add them on event and country pages; they will show here.'}{' '}
            <Link href="/events" className="text-blue-700 hover:underline">
              Go to the timeline
            </Link>
          </p>
        )}
        <nav aria-label="Pages" className="no-print flex justify-between text-sm">
          {page.before ? (
            <Link href={annotationListHref(query, events)} className="text-blue-700 hover:underline">
              ← Newest annotations
            </Link>
          ) : (
            <span />
          )}
          {result.nextBefore ? (
            <Link href={annotationListHref(query, events, result.nextBefore)} className="text-blue-700 hover:underline">
              Older annotations →
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
