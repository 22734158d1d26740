// The countries (with their roles) and the people of an event, as editable rows.
import type { EventFormValues } from '@/lib/events/form';
import { COUNTRY_ROLES } from '@/lib/vocabulary';
import { inputClass, secondaryButtonClass } from '../../field';
import { controlProps, FormField } from './form-field';
import { bind, SpareRow } from './spare-row';

type Row<K extends 'countries' | 'people'> = EventFormValues[K][number];
type RowsProps<K extends 'countries' | 'people'> = {
  rows: Row<K>[];
  errors: Record<string, string[]>;
  onChange: (index: number, patch: Partial<Row<K>>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

/** One row: controlled when `row` is given, otherwise the blank spare row (see spare-row.tsx). */
type RowProps<K extends 'countries' | 'people'> = {
  index: number;
  row?: Row<K>;
  errors: Record<string, string[]>;
  onChange?: (patch: Partial<Row<K>>) => void;
  onRemove?: () => void;
};

export type CountryOption = { code: string; name: string };

function CountryRow({ index: i, row, errors, onChange, onRemove, countries }: RowProps<'countries'> & { countries: CountryOption[] }) {
  const n = `Country ${i + 1}`;
  const code = `countries.${i}.code`;
  const role = `countries.${i}.role`;
  // A stored role outside the offered list stays selectable, so saving does not change it.
  const roles = row?.role && !(COUNTRY_ROLES as readonly string[]).includes(row.role) ? [...COUNTRY_ROLES, row.role] : COUNTRY_ROLES;
  return (
    <li className="grid items-start gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]">
      <FormField path={code} label={n} errors={errors[code]}>
        <select {...controlProps(code, errors[code])} name={code} {...bind(row, 'code', onChange)} className={inputClass}>
          <option value="">Choose a country…</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
      </FormField>
      <FormField path={role} label="Role" srPrefix={n} errors={errors[role]}>
        <select {...controlProps(role, errors[role])} name={role} {...bind(row, 'role', onChange)} className={inputClass}>
          <option value="">Choose a role…</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </FormField>
      {onRemove ? (
        <button type="button" className={`${secondaryButtonClass} sm:mt-6 noscript:hidden`} aria-label={`Remove country ${i + 1}`} onClick={onRemove}>
          Remove
        </button>
      ) : null}
    </li>
  );
}

export function CountryRows({ rows, errors, onChange, onAdd, onRemove, countries }: RowsProps<'countries'> & { countries: CountryOption[] }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">Countries and their roles</legend>
      <ol className="mt-2 space-y-3">
        {rows.map((row, i) => (
          <CountryRow key={i} index={i} row={row} errors={errors} countries={countries} onChange={(patch) => onChange(i, patch)} onRemove={() => onRemove(i)} />
        ))}
      </ol>
      <SpareRow list="countries" index={rows.length}>
        <CountryRow index={rows.length} errors={errors} countries={countries} />
      </SpareRow>
      <button type="button" className={`${secondaryButtonClass} mt-3 noscript:hidden`} onClick={onAdd}>
        Add country
      </button>
    </fieldset>
  );
}

function PersonRow({ index: i, row, errors, onChange, onRemove }: RowProps<'people'>) {
  const n = `Person ${i + 1}`;
  const name = `people.${i}.name`;
  const capacity = `people.${i}.capacity`;
  return (
    <li className="grid items-start gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
      <FormField path={name} label="Name" srPrefix={n} errors={errors[name]}>
        {/* Not `required` in the spare row: left blank, it is no person at all. */}
        <input {...controlProps(name, errors[name])} name={name} {...bind(row, 'name', onChange)} maxLength={200} required={!!row} className={inputClass} />
      </FormField>
      <FormField path={capacity} label="Capacity" srPrefix={n} errors={errors[capacity]}>
        <input
          {...controlProps(capacity, errors[capacity])}
          name={capacity}
          {...bind(row, 'capacity', onChange)}
          maxLength={200}
          placeholder="e.g. Minister of Defence"
          className={inputClass}
        />
      </FormField>
      {onRemove ? (
        <button type="button" className={`${secondaryButtonClass} sm:mt-6 noscript:hidden`} aria-label={`Remove person ${i + 1}`} onClick={onRemove}>
          Remove
        </button>
      ) : null}
    </li>
  );
}

export function PeopleRows({ rows, errors, onChange, onAdd, onRemove }: RowsProps<'people'>) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">People</legend>
      <ol className="mt-2 space-y-3">
        {rows.map((row, i) => (
          <PersonRow key={i} index={i} row={row} errors={errors} onChange={(patch) => onChange(i, patch)} onRemove={() => onRemove(i)} />
        ))}
      </ol>
      <SpareRow list="people" index={rows.length}>
        <PersonRow index={rows.length} errors={errors} />
      </SpareRow>
      <button type="button" className={`${secondaryButtonClass} mt-3 noscript:hidden`} onClick={onAdd}>
        Add person
      </button>
    </fieldset>
  );
}
