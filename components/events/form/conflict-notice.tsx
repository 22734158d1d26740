// When someone else saved the event first: what they saved, next to what this analyst typed, field by
// field, with a way to take theirs. Saving again then overwrites deliberately, at the new version.
import type { EventConflict } from '@/app/events/[id]/actions';
import { formatTimestamp, parseTags, type EventFormValues } from '@/lib/forms';
import type { EventInput } from '@/lib/schemas/event';
import { EVENT_TYPE_LABELS, type EventType } from '@/lib/vocabulary';
import { secondaryButtonClass } from '../../field';

type Field = keyof EventInput;

export const FIELD_LABELS: Record<Field, string> = {
  title: 'Title',
  summary: 'Summary',
  type: 'Type',
  date: 'Date',
  datePrecision: 'Date precision',
  endDate: 'End date',
  location: 'Location',
  countries: 'Countries',
  initiatives: 'Initiatives',
  tags: 'Tags',
  people: 'People',
  sources: 'Sources',
};

export type Names = { countries: Map<string, string>; initiatives: Map<string, string> };

const same = (field: Field, a: EventFormValues, b: EventFormValues) =>
  field === 'tags' ? parseTags(a.tags).join() === parseTags(b.tags).join() : JSON.stringify(a[field]) === JSON.stringify(b[field]);

/**
 * The fields the other analyst changed: those that differ from what was submitted and also from the
 * version the form was opened at. When that leaves none (both changed the same field), all that differ.
 */
export function theirChanges(conflict: EventConflict, base: EventFormValues): Field[] {
  const changed = conflict.differingFields.filter((f) => !same(f, conflict.current, base));
  return changed.length ? changed : conflict.differingFields;
}

export function conflictSummary(conflict: EventConflict, base: EventFormValues): string {
  const who = `version ${conflict.version} by ${conflict.updatedByName ?? 'an unknown user'} at ${formatTimestamp(conflict.updatedAt)}`;
  const fields = theirChanges(conflict, base);
  const kept = fields.length
    ? `Their changes to: ${fields.map((f) => FIELD_LABELS[f]).join(', ')} are kept. Review them below, then save again.`
    : 'What they saved matches what you typed. Save again to confirm.';
  return `Someone else saved this event since you opened it (${who}). ${kept}`;
}

function describe(field: Field, v: EventFormValues, names: Names): string[] {
  switch (field) {
    case 'type':
      return [EVENT_TYPE_LABELS[v.type as EventType] ?? v.type];
    case 'countries':
      return v.countries.map((c) => `${names.countries.get(c.code) ?? c.code} (${c.code}), ${c.role}`);
    case 'initiatives':
      return v.initiatives.map((s) => names.initiatives.get(s) ?? s);
    case 'tags':
      return parseTags(v.tags);
    case 'people':
      return v.people.map((p) => (p.capacity ? `${p.name} (${p.capacity})` : p.name));
    case 'sources':
      return v.sources.map((s) => `${s.title}, ${s.publisher}, ${s.reliability}${s.credibility} (${s.url})`);
    default:
      return v[field] ? [v[field]] : [];
  }
}

function Values({ items }: { items: string[] }) {
  if (!items.length) return <span className="text-slate-400">(empty)</span>;
  if (items.length === 1) return <span className="whitespace-pre-line break-words">{items[0]}</span>;
  return (
    <ul className="list-disc space-y-0.5 pl-4">
      {items.map((item, i) => (
        <li key={i} className="break-words">
          {item}
        </li>
      ))}
    </ul>
  );
}

type Props = { conflict: EventConflict; yours: EventFormValues; names: Names; onUseTheirs: (field: Field) => void };

export function ConflictNotice({ conflict, yours, names, onUseTheirs }: Props) {
  const fields = conflict.differingFields.filter((f) => !same(f, conflict.current, yours));
  if (!fields.length) return null;
  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="conflict-heading" className="text-lg font-medium text-amber-900">
        Their saved version and yours
      </h2>
      <p className="text-sm text-amber-900">
        Saving again replaces their values with yours in these fields. Use theirs where you want to keep them.
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Fields where the saved event differs from your form</caption>
          <thead className="text-xs uppercase tracking-wide text-amber-800">
            <tr>
              <th scope="col" className="w-32 py-1 pr-3">Field</th>
              <th scope="col" className="py-1 pr-3">Saved by {conflict.updatedByName ?? 'someone else'}</th>
              <th scope="col" className="py-1 pr-3">What you typed</th>
              <th scope="col" className="w-44 py-1"><span className="sr-only">Action</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-amber-200 align-top">
            {fields.map((f) => (
              <tr key={f} aria-label={FIELD_LABELS[f]}>
                <th scope="row" className="py-2 pr-3 font-medium">{FIELD_LABELS[f]}</th>
                <td className="py-2 pr-3"><Values items={describe(f, conflict.current, names)} /></td>
                <td className="py-2 pr-3"><Values items={describe(f, yours, names)} /></td>
                <td className="py-2">
                  <button type="button" className={secondaryButtonClass} onClick={() => onUseTheirs(f)}>
                    Use their {FIELD_LABELS[f].toLowerCase()}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
