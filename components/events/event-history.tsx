// An event's history of changes, from the audit log: who, when, and which fields changed.
import type { HistoryEntry } from '@/db/queries/event-detail';
import { formatTimestamp } from '@/lib/dates';

const ACTIONS: Record<string, string> = {
  'event.create': 'Created',
  'event.update': 'Edited',
  'event.delete': 'Deleted',
  'event.restore': 'Restored',
};

const FIELD_LABELS: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  type: 'type',
  date: 'date',
  datePrecision: 'date precision',
  endDate: 'end date',
  location: 'location',
  countries: 'countries',
  initiatives: 'initiatives',
  tags: 'tags',
  people: 'people',
  sources: 'sources',
};

/** The fields whose value differs between two snapshots of an event. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(FIELD_LABELS).filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null));
}

export function EventHistory({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return <p className="text-sm text-slate-500">No recorded changes.</p>;
  return (
    <ol aria-label="History of changes" className="space-y-2 text-sm">
      {entries.map((e) => {
        const fields = e.action === 'event.update' ? changedFields(e.before, e.after) : [];
        return (
          <li key={e.id} className="flex flex-wrap gap-x-2">
            <time dateTime={e.at} className="tabular-nums text-slate-500">
              {formatTimestamp(e.at)}
            </time>
            <span>
              {ACTIONS[e.action] ?? e.action} by {e.actorName ?? 'the system (demo data or import)'}
              {fields.length ? `: ${fields.map((f) => FIELD_LABELS[f]).join(', ')}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
