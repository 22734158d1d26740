// The select fields the stance and membership forms share.
import { CONFIDENCE_LEVELS } from '@/lib/stances/scale';
import { DATE_PRECISIONS } from '@/lib/vocabulary';
import { Field, inputClass } from '../field';

type Wiring = { 'aria-describedby': string; 'aria-invalid': boolean };

function Choice({
  label,
  name,
  options,
  defaultValue,
  errors,
  wiring,
}: {
  label: string;
  name: string;
  options: readonly string[];
  defaultValue: string;
  errors?: string[];
  wiring: Wiring;
}) {
  return (
    <Field label={label} name={name} errors={errors}>
      <select id={name} name={name} defaultValue={defaultValue} className={inputClass} {...wiring}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function ConfidenceField({ defaultValue = 'moderate', errors, wiring }: { defaultValue?: string; errors?: string[]; wiring: Wiring }) {
  return <Choice label="Confidence" name="confidence" options={CONFIDENCE_LEVELS} defaultValue={defaultValue} errors={errors} wiring={wiring} />;
}

export function PrecisionField({
  name,
  label = 'Date precision',
  defaultValue = 'day',
  errors,
  wiring,
}: {
  name: string;
  label?: string;
  defaultValue?: string;
  errors?: string[];
  wiring: Wiring;
}) {
  return <Choice label={label} name={name} options={DATE_PRECISIONS} defaultValue={defaultValue} errors={errors} wiring={wiring} />;
}
