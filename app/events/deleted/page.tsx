import type { Metadata } from 'next';
import { RestoreEventButton } from '@/components/events/restore-event-button';
import { EventTypeBadge } from '@/components/events/event-type-badge';
import { listDeletedEvents } from '@/db/queries/event-detail';
import { requirePermission } from '@/lib/auth/guard';
import { formatDate } from '@/lib/dates';
import { formatTimestamp } from '@/lib/dates';

export const metadata: Metadata = { title: 'Deleted events' };

export default async function DeletedEventsPage() {
  await requirePermission('restore');
  const events = listDeletedEvents();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Deleted events</h1>
        <p className="text-sm text-slate-600">Deleted events are hidden from every list, count and search. Restore one to bring it back.</p>
      </div>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          No deleted events. Events analysts delete appear here.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Event
                </th>
                <th scope="col" className="px-4 py-2">
                  Date
                </th>
                <th scope="col" className="px-4 py-2">
                  Deleted
                </th>
                <th scope="col" className="px-4 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {events.map((e) => (
                <tr key={e.id} aria-label={e.title}>
                  <td className="px-4 py-3">
                    <div className="font-medium">{e.title}</div>
                    <EventTypeBadge type={e.type} />
                  </td>
                  <td className="px-4 py-3 tabular-nums">{formatDate(e.date, e.datePrecision)}</td>
                  <td className="px-4 py-3 text-slate-600">
                    <span className="tabular-nums">{formatTimestamp(e.deletedAt)}</span>
                    {e.deletedByName ? ` by ${e.deletedByName}` : ''}
                  </td>
                  <td className="px-4 py-3">
                    <RestoreEventButton id={e.id} title={e.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
