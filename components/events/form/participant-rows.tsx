// The countries (with their roles) and the people of an event, as editable rows.
import type { EventFormValues } from '@/lib/events/form';
import { COUNTRY_ROLES } from '@/lib/vocabulary';
import { inputClass, secondaryButtonClass } from '../../field';
import { controlProps, FormField } from './form-field';

type Row<K extends 'countries' | 'people'> = EventFormValues[K][number];
type RowsProps<K extends 'countries' | 'people'> = {
  rows: Row<K>[];
  errors: Record<string, string[]>;
  onChange: (index: number, patch: Partial<Row<K>>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

export type CountryOption = { code: string; name: string };

export function CountryRows({ rows, errors, onChange, onAdd, onRemove, countries }: RowsProps<'countries'> & { countries: CountryOption[] }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">Countries and their roles</legend>
      <ol className="mt-2 space-y-3">
        {rows.map((row, i) => {
          const n = `Country ${i + 1}`;
          const code = `countries.${i}.code`;
          const role = `countries.${i}.role`;
          // A stored role outside the offered list stays selectable, so saving does not change it.
          const roles = row.role && !(COUNTRY_ROLES as readonly string[]).includes(row.role) ? [...COUNTRY_ROLES, row.role] : COUNTRY_ROLES;
          return (
            <li key={i} className="grid items-start gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]">
              <FormField path={code} label={n} errors={errors[code]}>
                <select {...controlProps(code, errors[code])} name={code} value={row.code} onChange={(e) => onChange(i, { code: e.target.value })} className={inputClass}>
                  <option value="">Choose a country…</option>
                  {countries.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name} ({c.code})
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField path={role} label="Role" srPrefix={n} errors={errors[role]}>
                <select {...controlProps(role, errors[role])} name={role} value={row.role} onChange={(e) => onChange(i, { role: e.target.value })} className={inputClass}>
                  <option value="">Choose a role…</option>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </FormField>
              <button type="button" className={`${secondaryButtonClass} sm:mt-6`} aria-label={`Remove country ${i + 1}`} onClick={() => onRemove(i)}>
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className={`${secondaryButtonClass} mt-3`} onClick={onAdd}>
        Add country
      </button>
    </fieldset>
  );
}

export function PeopleRows({ rows, errors, onChange, onAdd, onRemove }: RowsProps<'people'>) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">People</legend>
      <ol className="mt-2 space-y-3">
        {rows.map((row, i) => {
          const n = `Person ${i + 1}`;
          const name = `people.${i}.name`;
          const capacity = `people.${i}.capacity`;
          return (
            <li key={i} className="grid items-start gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
              <FormField path={name} label="Name" srPrefix={n} errors={errors[name]}>
                <input {...controlProps(name, errors[name])} name={name} value={row.name} maxLength={200} required onChange={(e) => onChange(i, { name: e.target.value })} className={inputClass} />
              </FormField>
              <FormField path={capacity} label="Capacity" srPrefix={n} errors={errors[capacity]}>
                <input
                  {...controlProps(capacity, errors[capacity])}
                  name={capacity}
                  value={row.capacity}
                  maxLength={200}
                  placeholder="e.g. Minister of Defence"
                  onChange={(e) => onChange(i, { capacity: e.target.value })}
                  className={inputClass}
                />
              </FormField>
              <button type="button" className={`${secondaryButtonClass} sm:mt-6`} aria-label={`Remove person ${i + 1}`} onClick={() => onRemove(i)}>
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className={`${secondaryButtonClass} mt-3`} onClick={onAdd}>
        Add person
      </button>
    </fieldset>
  );
}
