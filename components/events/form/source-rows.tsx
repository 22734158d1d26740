// The sources of an event as editable rows, each graded on the NATO/Admiralty scale.
import type { SourceFormValues } from '@/lib/events/form';
import { CREDIBILITY_GRADES, CREDIBILITY_LABELS, RELIABILITY_GRADES, RELIABILITY_LABELS } from '@/lib/vocabulary';
import { inputClass, secondaryButtonClass } from '../../field';
import { controlProps, FormField } from './form-field';

type Props = {
  sources: SourceFormValues[];
  errors: Record<string, string[]>;
  onChange: (index: number, patch: Partial<SourceFormValues>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

export function SourceRows({ sources, errors, onChange, onAdd, onRemove }: Props) {
  return (
    <div className="space-y-4">
      {sources.length === 0 ? <p className="text-sm text-slate-500">No sources yet. Add the reports this event is known from.</p> : null}
      <ol className="space-y-4">
        {sources.map((source, i) => {
          const n = `Source ${i + 1}`;
          const path = (field: keyof SourceFormValues) => `sources.${i}.${field}`;
          const field = (name: keyof SourceFormValues) => ({
            ...controlProps(path(name), errors[path(name)]),
            name: path(name),
            value: source[name],
            onChange: (e: { target: { value: string } }) => onChange(i, { [name]: e.target.value }),
            className: inputClass,
          });
          return (
            <li key={i} aria-label={n} className="rounded-md border border-slate-200 bg-slate-50/60 p-4">
              <div className="mb-3 flex items-center justify-between">
                <h3 className="text-sm font-semibold text-slate-700">{n}</h3>
                <button type="button" className={secondaryButtonClass} aria-label={`Remove source ${i + 1}`} onClick={() => onRemove(i)}>
                  Remove source
                </button>
              </div>
              <div className="grid gap-4 md:grid-cols-2">
                <FormField path={path('url')} label="URL" srPrefix={n} errors={errors[path('url')]} className="md:col-span-2">
                  <input type="url" inputMode="url" placeholder="https://" maxLength={2000} required {...field('url')} />
                </FormField>
                <FormField path={path('publisher')} label="Publisher" srPrefix={n} errors={errors[path('publisher')]}>
                  <input type="text" maxLength={200} required {...field('publisher')} />
                </FormField>
                <FormField path={path('title')} label="Title" srPrefix={n} errors={errors[path('title')]}>
                  <input type="text" maxLength={500} required {...field('title')} />
                </FormField>
                <FormField path={path('publishedDate')} label="Published date" srPrefix={n} errors={errors[path('publishedDate')]}>
                  <input type="date" {...field('publishedDate')} />
                </FormField>
                <div className="grid grid-cols-2 gap-4">
                  <FormField path={path('reliability')} label="Reliability" srPrefix={n} errors={errors[path('reliability')]}>
                    <select required {...field('reliability')}>
                      <option value="">Choose…</option>
                      {RELIABILITY_GRADES.map((g) => (
                        <option key={g} value={g}>
                          {g}: {RELIABILITY_LABELS[g]}
                        </option>
                      ))}
                    </select>
                  </FormField>
                  <FormField path={path('credibility')} label="Credibility" srPrefix={n} errors={errors[path('credibility')]}>
                    <select required {...field('credibility')}>
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
        })}
      </ol>
      <button type="button" className={secondaryButtonClass} onClick={onAdd}>
        Add source
      </button>
    </div>
  );
}
