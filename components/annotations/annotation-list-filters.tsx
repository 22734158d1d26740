// The filters of /annotations as a plain GET form: the annotation's own fields, then a compact set of the
// timeline's event filters. Event filters without a control here (event tags, minimum grade, an event)
// ride along as hidden fields, so a timeline URL keeps its meaning.
import Link from 'next/link';
import type { Country, Initiative } from '@/db/schema';
import type { AnnotationErrors, AnnotationQuery } from '@/lib/annotations/filters';
import { ANNOTATION_KIND_LABELS, ANNOTATION_KINDS, CONFIDENCE_LABELS, CONFIDENCE_LEVELS, LIKELIHOOD_LABELS, LIKELIHOODS } from '@/lib/annotations/vocabulary';
import { formatGrade, type FilterErrors, type TimelineFilter } from '@/lib/timeline/filters';
import { EVENT_TYPE_LABELS, EVENT_TYPES } from '@/lib/vocabulary';
import { buttonClass, FieldErrors, inputClass } from '../field';

type Props = {
  query: AnnotationQuery;
  events: TimelineFilter;
  errors: AnnotationErrors;
  eventErrors: FilterErrors;
  me: { id: number; name: string };
  authors: { id: number; name: string }[];
  tags: string[];
  countries: Country[];
  initiatives: Initiative[];
};

const label = 'block text-xs font-medium text-slate-700';

function Select({
  name,
  text,
  values,
  options,
  any,
  errors,
}: {
  name: string;
  text: string;
  values: readonly string[];
  options: readonly { value: string; label: string }[];
  any: string;
  errors?: string[];
}) {
  // One choice, unless the URL already holds several (the timeline allows them): then they stay choosable.
  const many = values.length > 1;
  return (
    <div>
      <label htmlFor={`f-${name}`} className={label}>
        {text}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        multiple={many}
        size={many ? 4 : undefined}
        defaultValue={many ? [...values] : (values[0] ?? '')}
        className={`${inputClass} mt-1`}
        aria-describedby={`f-${name}-error`}
        aria-invalid={!!errors?.length}
      >
        {many ? null : <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`f-${name}-error`} errors={errors} />
    </div>
  );
}

export function AnnotationListFilters({ query, events, errors, eventErrors, me, authors, tags, countries, initiatives }: Props) {
  const authorOptions = [
    { value: String(me.id), label: `Me (${me.name})` },
    ...authors.filter((a) => a.id !== me.id).map((a) => ({ value: String(a.id), label: a.name })),
  ];
  // An author chosen by URL who has no annotation the reader may see still shows as chosen.
  if (query.authorId && !authorOptions.some((o) => o.value === String(query.authorId)))
    authorOptions.push({ value: String(query.authorId), label: `User ${query.authorId}` });
  return (
    <form method="get" action="/annotations" aria-label="Annotation filters" className="no-print space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      {query.eventId ? <input type="hidden" name="event" value={query.eventId} /> : null}
      {events.tags.map((t) => (
        <input key={t} type="hidden" name="tag" value={t} />
      ))}
      {events.minGrade ? <input type="hidden" name="minGrade" value={formatGrade(events.minGrade)} /> : null}

      <fieldset className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <legend className="mb-1 text-sm font-medium text-slate-700">The annotation</legend>
        <Select
          name="author"
          text="Author"
          values={query.authorId ? [String(query.authorId)] : []}
          options={authorOptions}
          any="Anyone"
          errors={errors.author}
        />
        <Select
          name="kind"
          text="Kind"
          values={query.kind ? [query.kind] : []}
          options={ANNOTATION_KINDS.map((k) => ({ value: k, label: ANNOTATION_KIND_LABELS[k] }))}
          any="Notes and judgments"
          errors={errors.kind}
        />
        <div>
          <label htmlFor="f-annotationTag" className={label}>
            Annotation tag
          </label>
          <input
            id="f-annotationTag"
            name="annotationTag"
            list="f-annotationTag-options"
            defaultValue={query.tag ?? ''}
            maxLength={64}
            placeholder="follow-up"
            className={`${inputClass} mt-1`}
            aria-describedby="f-annotationTag-error"
            aria-invalid={!!errors.annotationTag}
          />
          <datalist id="f-annotationTag-options">
            {tags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <FieldErrors id="f-annotationTag-error" errors={errors.annotationTag} />
        </div>
        <Select
          name="likelihood"
          text="Likelihood"
          values={query.likelihood ? [query.likelihood] : []}
          options={LIKELIHOODS.map((l) => ({ value: l, label: LIKELIHOOD_LABELS[l] }))}
          any="Any likelihood"
          errors={errors.likelihood}
        />
        <Select
          name="confidence"
          text="Confidence"
          values={query.confidence ? [query.confidence] : []}
          options={CONFIDENCE_LEVELS.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
          any="Any confidence"
          errors={errors.confidence}
        />
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <legend className="mb-1 text-sm font-medium text-slate-700">Its event (annotations of stances are left out when one is set)</legend>
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className={label}>
            Event text
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={events.q ?? ''}
            placeholder='honolulu, "supply chain"'
            className={`${inputClass} mt-1`}
            aria-describedby="f-q-error"
            aria-invalid={!!eventErrors.q}
          />
          <FieldErrors id="f-q-error" errors={eventErrors.q} />
        </div>
        <Select
          name="country"
          text="Country"
          values={events.countries}
          options={countries.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }))}
          any="Any country"
          errors={eventErrors.country}
        />
        <Select
          name="type"
          text="Event type"
          values={events.types}
          options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t] }))}
          any="Any type"
          errors={eventErrors.type}
        />
        <Select
          name="initiative"
          text="Initiative"
          values={events.initiatives}
          options={initiatives.map((i) => ({ value: i.slug, label: i.name }))}
          any="Any initiative"
          errors={eventErrors.initiative}
        />
        <div className="grid grid-cols-2 gap-2 sm:col-span-3 lg:col-span-1 lg:grid-cols-1">
          <div>
            <label htmlFor="f-from" className={label}>
              From
            </label>
            <input
              id="f-from"
              name="from"
              type="date"
              defaultValue={events.from ?? ''}
              className={`${inputClass} mt-1`}
              aria-describedby="f-from-error"
              aria-invalid={!!eventErrors.from}
            />
            <FieldErrors id="f-from-error" errors={eventErrors.from} />
          </div>
          <div>
            <label htmlFor="f-to" className={label}>
              To
            </label>
            <input
              id="f-to"
              name="to"
              type="date"
              defaultValue={events.to ?? ''}
              className={`${inputClass} mt-1`}
              aria-describedby="f-to-error"
              aria-invalid={!!eventErrors.to}
            />
            <FieldErrors id="f-to-error" errors={eventErrors.to} />
          </div>
        </div>
      </fieldset>

      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        <Link href="/annotations" className="text-sm text-slate-600 underline-offset-2 hover:underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
