// The sources of an event as editable rows, each graded on the NATO/Admiralty scale.
import type { SourceFormValues } from '@/lib/events/form';
import { CREDIBILITY_GRADES, CREDIBILITY_LABELS, RELIABILITY_GRADES, RELIABILITY_LABELS } from '@/lib/vocabulary';
import { inputClass, secondaryButtonClass } from '../../field';
import { controlProps, FormField } from './form-field';
import { bind, SpareRow } from './spare-row';

type Props = {
  sources: SourceFormValues[];
  errors: Record<string, string[]>;
  onChange: (index: number, patch: Partial<SourceFormValues>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

/** One source: controlled when `source` is given, otherwise the blank spare row (see spare-row.tsx). */
function SourceRow({
  index: i,
  source,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  source?: SourceFormValues;
  errors: Record<string, string[]>;
  onChange?: (patch: Partial<SourceFormValues>) => void;
  onRemove?: () => void;
}) {
  const n = `Source ${i + 1}`;
  const path = (field: keyof SourceFormValues) => `sources.${i}.${field}`;
  // Not `required` in the spare row: left blank, it is no source at all.
  const field = (name: keyof SourceFormValues) => ({
    ...controlProps(path(name), errors[path(name)]),
    name: path(name),
    ...bind(source, name, onChange),
    className: inputClass,
  });
  return (
    <li aria-label={n} className="rounded-md border border-slate-200 bg-slate-50/60 p-4">
      <div className="mb-3 flex items-center justify-between">
        <h3 className="text-sm font-semibold text-slate-700">{n}</h3>
        {onRemove ? (
          <button type="button" className={`${secondaryButtonClass} noscript:hidden`} aria-label={`Remove source ${i + 1}`} onClick={onRemove}>
            Remove source
          </button>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField path={path('url')} label="URL" srPrefix={n} errors={errors[path('url')]} className="md:col-span-2">
          <input type="url" inputMode="url" placeholder="https://" maxLength={2000} required={!!source} {...field('url')} />
        </FormField>
        <FormField path={path('publisher')} label="Publisher" srPrefix={n} errors={errors[path('publisher')]}>
          <input type="text" maxLength={200} required={!!source} {...field('publisher')} />
        </FormField>
        <FormField path={path('title')} label="Title" srPrefix={n} errors={errors[path('title')]}>
          <input type="text" maxLength={500} required={!!source} {...field('title')} />
        </FormField>
        <FormField path={path('publishedDate')} label="Published date" srPrefix={n} errors={errors[path('publishedDate')]}>
          <input type="date" {...field('publishedDate')} />
        </FormField>
        <div className="grid grid-cols-2 gap-4">
          <FormField path={path('reliability')} label="Reliability" srPrefix={n} errors={errors[path('reliability')]}>
            <select required={!!source} {...field('reliability')}>
              <option value="">Choose…</option>
              {RELIABILITY_GRADES.map((g) => (
                <option key={g} value={g}>
                  {g}: {RELIABILITY_LABELS[g]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField path={path('credibility')} label="Credibility" srPrefix={n} errors={errors[path('credibility')]}>
            <select required={!!source} {...field('credibility')}>
              <option value="">Choose…</option>
              {CREDIBILITY_GRADES.map((g) => (
                <option key={g} value={String(g)}>
                  {g}: {CREDIBILITY_LABELS[g]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <FormField path={path('quote')} label="Quote" srPrefix={n} errors={errors[path('quote')]} className="md:col-span-2">
          <textarea rows={2} maxLength={2000} {...field('quote')} />
        </FormField>
      </div>
    </li>
  );
}

export function SourceRows({ sources, errors, onChange, onAdd, onRemove }: Props) {
  return (
    <div className="space-y-4">
      {sources.length === 0 ? <p className="text-sm text-slate-500">No sources yet. Add the reports this event is known from.</p> : null}
      <ol className="space-y-4">
        {sources.map((source, i) => (
          <SourceRow key={i} index={i} source={source} errors={errors} onChange={(patch) => onChange(i, patch)} onRemove={() => onRemove(i)} />
        ))}
      </ol>
      <SpareRow list="sources" index={sources.length}>
        <SourceRow index={sources.length} errors={errors} />
      </SpareRow>
      <button type="button" className={`${secondaryButtonClass} noscript:hidden`} onClick={onAdd}>
        Add source
      </button>
    </div>
  );
}
