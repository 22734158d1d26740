import { EVENT_TYPE_LABELS, type EventType } from '@/lib/vocabulary';

const COLORS: Record<EventType, string> = {
  agreement: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  meeting: 'bg-sky-50 text-sky-800 ring-sky-200',
  'policy-document': 'bg-violet-50 text-violet-800 ring-violet-200',
  statement: 'bg-slate-100 text-slate-800 ring-slate-200',
  membership: 'bg-blue-50 text-blue-800 ring-blue-200',
  budget: 'bg-amber-50 text-amber-800 ring-amber-200',
  exercise: 'bg-teal-50 text-teal-800 ring-teal-200',
  incident: 'bg-rose-50 text-rose-800 ring-rose-200',
  other: 'bg-zinc-100 text-zinc-700 ring-zinc-200',
};

export function EventTypeBadge({ type }: { type: EventType }) {
  return (
    <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${COLORS[type]}`}>{EVENT_TYPE_LABELS[type]}</span>
  );
}
