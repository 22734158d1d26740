// The first step of recording a stance or membership: which country, on which initiative.
import type { Country, Initiative } from '@/db/schema';
import { buttonClass, FieldErrors, inputClass } from '../field';

type Props = {
  action: string;
  countries: Country[];
  initiatives: Initiative[];
  country?: string;
  initiative?: string;
  evidence: number[];
  errors: { country?: string[]; initiative?: string[] };
};

export function SubjectPicker({ action, countries, initiatives, country, initiative, evidence, errors }: Props) {
  return (
    <form
      method="get"
      action={action}
      aria-label="Choose country and initiative"
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      {evidence.map((id) => (
        <input key={id} type="hidden" name="evidence" value={id} />
      ))}
      <div>
        <label htmlFor="pick-country" className="block text-sm font-medium text-slate-700">
          Country
        </label>
        <select id="pick-country" name="country" defaultValue={country ?? ''} required className={`${inputClass} mt-1`} aria-describedby="pick-country-error">
          <option value="">Choose a country…</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
        <FieldErrors id="pick-country-error" errors={errors.country} />
      </div>
      <div>
        <label htmlFor="pick-initiative" className="block text-sm font-medium text-slate-700">
          Initiative
        </label>
        <select
          id="pick-initiative"
          name="initiative"
          defaultValue={initiative ?? ''}
          required
          className={`${inputClass} mt-1`}
          aria-describedby="pick-initiative-error"
        >
          <option value="">Choose an initiative…</option>
          {initiatives.map((i) => (
            <option key={i.slug} value={i.slug}>
              {i.name}
            </option>
          ))}
        </select>
        <FieldErrors id="pick-initiative-error" errors={errors.initiative} />
      </div>
      <button type="submit" className={buttonClass}>
        Continue
      </button>
    </form>
  );
}
