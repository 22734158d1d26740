import type { Metadata } from 'next';
import { createEvent } from '@/app/events/[id]/actions';
import { EventForm } from '@/components/events/event-form';
import { listCountries, listInitiatives } from '@/db/queries/reference';
import { requirePermission } from '@/lib/auth/guard';
import { EMPTY_EVENT_FORM } from '@/lib/events/form';

export const metadata: Metadata = { title: 'New event' };

export default async function NewEventPage() {
  await requirePermission('write');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New event</h1>
        <p className="text-sm text-slate-600">Record what happened, when, who took part and where it is reported.</p>
      </div>
      <EventForm
        action={createEvent}
        initial={EMPTY_EVENT_FORM}
        countries={listCountries().map(({ code, name }) => ({ code, name }))}
        initiatives={listInitiatives().map(({ slug, name }) => ({ slug, name }))}
        cancelHref="/events"
        submitLabel="Create event"
      />
    </div>
  );
}
