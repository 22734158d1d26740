import { countEvents, listLatestEvents } from '@/db/queries/events';
import { EventList } from '@/components/event-list';
import { requireUser } from '@/lib/auth/guard';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  await requireUser();
  const events = listLatestEvents({ limit: 50 });
  const total = countEvents();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
        <p className="text-sm text-slate-600">
          {total} events recorded. Newest first.
        </p>
      </div>
      {events.length ? (
        <EventList events={events} label="Latest events" />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          No events yet. Load the demo dataset with <code>npm run db:seed</code>.
        </p>
      )}
    </div>
  );
}
