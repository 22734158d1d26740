// The timeline's filters as a plain GET form: the URL stays the single source of filter state, and the
// form works before any JavaScript has loaded.
import type { Country, Initiative } from '@/db/schema';
import type { FilterErrors, TimelineFilter } from '@/lib/timeline/filters';
import { formatGrade } from '@/lib/timeline/filters';
import { CREDIBILITY_GRADES, EVENT_TYPE_LABELS, EVENT_TYPES, RELIABILITY_GRADES } from '@/lib/vocabulary';
import { buttonClass, FieldErrors, inputClass } from '../field';

type Props = {
  filter: TimelineFilter;
  errors: FilterErrors;
  countries: Country[];
  initiatives: Initiative[];
  tags: string[];
  /** The timeline's path, which the form submits to. */
  action: string;
  /** Extra parameters that belong to the page, not the filter (e.g. the chart's granularity). */
  keep?: Record<string, string>;
};

const GRADES = RELIABILITY_GRADES.flatMap((r) => CREDIBILITY_GRADES.map((c) => `${r}${c}`));
const legend = 'text-sm font-medium text-slate-700';

export function FilterPanel({ filter, errors, countries, initiatives, tags, action, keep = {} }: Props) {
  return (
    <form method="get" action={action} aria-label="Filters" className="no-print space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div>
        <label htmlFor="q" className={legend}>
          Search
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ''}
          placeholder='honolulu, "supply chain", indo*'
          className={`${inputClass} mt-1`}
          aria-describedby="q-error"
          aria-invalid={!!errors.q}
        />
        <FieldErrors id="q-error" errors={errors.q} />
      </div>

      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor="from" className={legend}>
            From
          </label>
          <input
            id="from"
            name="from"
            type="date"
            defaultValue={filter.from ?? ''}
            className={`${inputClass} mt-1`}
            aria-describedby="from-error"
            aria-invalid={!!errors.from}
          />
        </div>
        <div>
          <label htmlFor="to" className={legend}>
            To
          </label>
          <input
            id="to"
            name="to"
            type="date"
            defaultValue={filter.to ?? ''}
            className={`${inputClass} mt-1`}
            aria-describedby="to-error"
            aria-invalid={!!errors.to}
          />
        </div>
        <div className="col-span-2">
          <FieldErrors id="from-error" errors={errors.from} />
          <FieldErrors id="to-error" errors={errors.to} />
        </div>
      </div>

      <div>
        <label htmlFor="country" className={legend}>
          Countries
        </label>
        <select
          id="country"
          name="country"
          multiple
          size={6}
          defaultValue={filter.countries}
          className={`${inputClass} mt-1`}
          aria-describedby="country-hint country-error"
          aria-invalid={!!errors.country}
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
        <p id="country-hint" className="mt-1 text-xs text-slate-500">
          Ctrl- or Cmd-click to choose several.
        </p>
        <FieldErrors id="country-error" errors={errors.country} />
      </div>

      <fieldset>
        <legend className={legend}>Event types</legend>
        <div className="mt-1 grid grid-cols-2 gap-x-2 gap-y-1 text-sm">
          {EVENT_TYPES.map((t) => (
            <label key={t} className="flex items-center gap-1.5">
              <input type="checkbox" name="type" value={t} defaultChecked={filter.types.includes(t)} />
              {EVENT_TYPE_LABELS[t]}
            </label>
          ))}
        </div>
        <FieldErrors id="type-error" errors={errors.type} />
      </fieldset>

      <fieldset>
        <legend className={legend}>Initiatives</legend>
        <div className="mt-1 space-y-1 text-sm">
          {initiatives.map((i) => (
            <label key={i.slug} className="flex items-center gap-1.5">
              <input type="checkbox" name="initiative" value={i.slug} defaultChecked={filter.initiatives.includes(i.slug)} />
              {i.name}
            </label>
          ))}
        </div>
        <FieldErrors id="initiative-error" errors={errors.initiative} />
      </fieldset>

      <div>
        {filter.tags.map((t) => (
          <input key={t} type="hidden" name="tag" value={t} />
        ))}
        <label htmlFor="tag" className={legend}>
          Add a tag
        </label>
        <input
          id="tag"
          name="tag"
          list="tag-options"
          placeholder="supply-chain"
          className={`${inputClass} mt-1`}
          aria-describedby="tag-error"
          aria-invalid={!!errors.tag}
        />
        <datalist id="tag-options">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <FieldErrors id="tag-error" errors={errors.tag} />
      </div>

      <div>
        <label htmlFor="minGrade" className={legend}>
          Minimum source grade
        </label>
        <select
          id="minGrade"
          name="minGrade"
          defaultValue={filter.minGrade ? formatGrade(filter.minGrade) : ''}
          className={`${inputClass} mt-1`}
          aria-describedby="minGrade-error"
        >
          <option value="">Any grade</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g} or better
            </option>
          ))}
        </select>
        <FieldErrors id="minGrade-error" errors={errors.minGrade} />
      </div>

      <fieldset>
        <legend className={legend}>Annotations</legend>
        <label className="mt-1 flex items-center gap-1.5 text-sm">
          <input type="checkbox" name="annotated" value="1" defaultChecked={filter.annotated} />
          Only annotated events
        </label>
        <FieldErrors id="annotated-error" errors={errors.annotated} />
        {filter.annotationTags.map((t) => (
          <input key={t} type="hidden" name="annotationTag" value={t} />
        ))}
        <label htmlFor="annotationTag" className={`${legend} mt-2 block`}>
          Add an annotation tag
        </label>
        <input
          id="annotationTag"
          name="annotationTag"
          maxLength={64}
          placeholder="follow-up"
          className={`${inputClass} mt-1`}
          aria-describedby="annotationTag-error"
          aria-invalid={!!errors.annotationTag}
        />
        <FieldErrors id="annotationTag-error" errors={errors.annotationTag} />
      </fieldset>

      <button type="submit" className={`${buttonClass} w-full`}>
        Apply filters
      </button>
    </form>
  );
}
