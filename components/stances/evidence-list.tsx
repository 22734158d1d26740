// The events a stance or membership rests on, as links.
import Link from 'next/link';
import { formatDate } from '@/lib/dates';
import type { DatePrecision } from '@/lib/vocabulary';

export type EventLabels = Map<number, { title: string; date: string; datePrecision: DatePrecision; deleted: boolean }>;

/** Deleted events are named only to those who may restore them; others see that one was cited. */
export function EvidenceList({ ids, labels, canSeeDeleted }: { ids: number[]; labels: EventLabels; canSeeDeleted: boolean }) {
  if (!ids.length) return <p className="text-xs text-slate-500">No evidence cited.</p>;
  return (
    <ul aria-label="Evidence" className="space-y-0.5 text-sm">
      {ids.map((id) => {
        const e = labels.get(id);
        if (e?.deleted && !canSeeDeleted) {
          return (
            <li key={id} className="text-slate-500">
              A deleted event
            </li>
          );
        }
        return (
          <li key={id}>
            <span className="tabular-nums text-slate-500">{e ? formatDate(e.date, e.datePrecision) : ''}</span>{' '}
            <Link href={`/events/${id}`} className="text-blue-700 hover:underline">
              {e?.title ?? `Event #${id}`}
            </Link>
            {e?.deleted ? <span className="text-xs text-amber-700"> (deleted)</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
