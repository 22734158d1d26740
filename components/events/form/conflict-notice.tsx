// When someone else saved the event first: what they saved, next to what this analyst typed, field by
// field, with a way to take either. Saving again then saves the form deliberately, at the new version.
import type { EventConflict } from '@/lib/events/results';
import { formatTimestamp } from '@/lib/dates';
import { parseTags, sameField, type EventField, type EventFormValues } from '@/lib/events/form';
import { EVENT_TYPE_LABELS, type EventType } from '@/lib/vocabulary';
import { secondaryButtonClass } from '../../field';

export const FIELD_LABELS: Record<EventField, string> = {
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
export type ConflictReview = { kept: EventField[]; clashes: EventField[] };

const list = (fields: EventField[]) => fields.map((f) => FIELD_LABELS[f]).join(', ');

/** The message at the top of the form after a refused save. */
export function conflictSummary(conflict: EventConflict, { kept, clashes }: ConflictReview): string {
  const who = `version ${conflict.version} by ${conflict.updatedByName ?? 'an unknown user'} at ${formatTimestamp(conflict.updatedAt)}`;
  const parts = [`Someone else saved this event since you opened it (${who}).`];
  if (kept.length) parts.push(`Their changes to: ${list(kept)} are kept.`);
  if (clashes.length) parts.push(`You both changed: ${list(clashes)}; the form holds yours.`);
  parts.push(conflict.differingFields.length ? 'Review them below, then save again.' : 'What they saved matches what you typed. Save again to confirm.');
  return parts.join(' ');
}

function describe(field: EventField, v: EventFormValues, names: Names): string[] {
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

type Props = {
  conflict: EventConflict;
  /** What the refused save held, and what the form holds now. */
  typed: EventFormValues;
  values: EventFormValues;
  names: Names;
  onUse: (field: EventField, from: EventFormValues) => void;
};

export function ConflictNotice({ conflict, typed, values, names, onUse }: Props) {
  const fields = conflict.differingFields;
  if (!fields.length) return null;
  const who = conflict.updatedByName ?? 'someone else';
  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="conflict-heading" className="text-lg font-medium text-amber-900">
        What {who} saved, next to what you typed
      </h2>
      <p className="text-sm text-amber-900">The form now holds the value named in the last column. Saving again saves the form as it is.</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Fields where the saved event differs from what you typed</caption>
          <thead className="text-xs uppercase tracking-wide text-amber-800">
            <tr>
              <th scope="col" className="w-32 py-1 pr-3">
                Field
              </th>
              <th scope="col" className="py-1 pr-3">
                Saved by {who}
              </th>
              <th scope="col" className="py-1 pr-3">
                What you typed
              </th>
              <th scope="col" className="w-52 py-1">
                In the form
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-amber-200 align-top">
            {fields.map((f) => {
              const label = FIELD_LABELS[f].toLowerCase();
              const theirsInForm = sameField(f, values, conflict.current);
              return (
                <tr key={f}>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {FIELD_LABELS[f]}
                  </th>
                  <td className="py-2 pr-3">
                    <Values items={describe(f, conflict.current, names)} />
                  </td>
                  <td className="py-2 pr-3">
                    <Values items={describe(f, typed, names)} />
                  </td>
                  <td className="space-y-1 py-2">
                    <p>{theirsInForm ? 'Theirs' : sameField(f, values, typed) ? 'Yours' : 'Your later edit'}</p>
                    {theirsInForm ? (
                      <button type="button" className={`${secondaryButtonClass} noscript:hidden`} onClick={() => onUse(f, typed)}>
                        Use my {label}
                      </button>
                    ) : (
                      <button type="button" className={`${secondaryButtonClass} noscript:hidden`} onClick={() => onUse(f, conflict.current)}>
                        Use their {label}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
