// Active filters as chips: removable, with "Clear all", where the viewer may change the filter.
import Link from 'next/link';
import type { Country, Initiative } from '@/db/schema';
import { EMPTY_FILTER, formatGrade, isEmptyFilter, withoutFilter, type FILTER_PARAMS, type TimelineFilter } from '@/lib/timeline/filters';
import { EVENT_TYPE_LABELS } from '@/lib/vocabulary';

type Chip = { param: (typeof FILTER_PARAMS)[number]; value?: string; label: string };

function chipsOf(filter: TimelineFilter, countryNames: Map<string, string>, initiativeNames: Map<string, string>): Chip[] {
  return [
    ...filter.countries.map((c) => ({ param: 'country' as const, value: c, label: `Country: ${countryNames.get(c) ?? c}` })),
    ...filter.types.map((t) => ({ param: 'type' as const, value: t, label: `Type: ${EVENT_TYPE_LABELS[t]}` })),
    ...filter.initiatives.map((i) => ({ param: 'initiative' as const, value: i, label: `Initiative: ${initiativeNames.get(i) ?? i}` })),
    ...filter.tags.map((t) => ({ param: 'tag' as const, value: t, label: `Tag: ${t}` })),
    ...(filter.from ? [{ param: 'from' as const, label: `From ${filter.from}` }] : []),
    ...(filter.to ? [{ param: 'to' as const, label: `To ${filter.to}` }] : []),
    ...(filter.q ? [{ param: 'q' as const, label: `Text: ${filter.q}` }] : []),
    ...(filter.minGrade ? [{ param: 'minGrade' as const, label: `Grade ${formatGrade(filter.minGrade)} or better` }] : []),
    ...(filter.annotated ? [{ param: 'annotated' as const, label: 'Annotated' }] : []),
    ...filter.annotationTags.map((t) => ({ param: 'annotationTag' as const, value: t, label: `Annotation tag: ${t}` })),
  ];
}

type Props = {
  filter: TimelineFilter;
  countries: Country[];
  initiatives: Initiative[];
  /** The timeline with another filter; null shows the chips without remove links or "Clear all". */
  href: ((filter: TimelineFilter) => string) | null;
};

export function FilterChips({ filter, countries, initiatives, href }: Props) {
  if (isEmptyFilter(filter)) return null;
  const chips = chipsOf(filter, new Map(countries.map((c) => [c.code, c.name])), new Map(initiatives.map((i) => [i.slug, i.name])));
  return (
    <div aria-label="Active filters" role="group" className="flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <span
          key={`${chip.param}-${chip.value ?? ''}`}
          className="inline-flex items-center gap-1 rounded-full bg-blue-50 py-0.5 pl-3 pr-1 text-sm text-blue-900 ring-1 ring-inset ring-blue-200"
        >
          {chip.label}
          {href ? (
            <Link
              href={href(withoutFilter(filter, chip.param, chip.value))}
              aria-label={`Remove filter ${chip.label}`}
              className="no-print rounded-full px-1.5 text-blue-700 hover:bg-blue-100"
            >
              ×
            </Link>
          ) : null}
        </span>
      ))}
      {href ? (
        <Link href={href(EMPTY_FILTER)} className="no-print text-sm text-slate-600 underline-offset-2 hover:underline">
          Clear all
        </Link>
      ) : null}
    </div>
  );
}
