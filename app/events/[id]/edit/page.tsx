import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { editEvent } from '@/app/events/[id]/actions';
import { DeleteEventButton } from '@/components/events/delete-event-button';
import { EventForm } from '@/components/events/event-form';
import { getEvent, toEventInput } from '@/db/queries/event-detail';
import { listCountries, listInitiatives } from '@/db/queries/reference';
import { requirePermission } from '@/lib/auth/guard';
import { formatTimestamp } from '@/lib/dates';
import { toFormValues } from '@/lib/events/form';

export const metadata: Metadata = { title: 'Edit event' };

export default async function EditEventPage(props: { params: Promise<{ id: string }> }) {
  await requirePermission('write');
  const { id: raw } = await props.params;
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
  const event = id > 0 ? getEvent(id) : null;
  if (!event) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/events/${event.id}`} className="text-sm text-blue-700 hover:underline">
          ← Back to the event
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Edit event</h1>
        <p className="text-sm text-slate-600">
          {event.title}. Version {event.version}, last saved {formatTimestamp(event.updatedAt)}
          {event.updatedByName ? ` by ${event.updatedByName}` : ''}.
        </p>
      </div>
      <EventForm
        action={editEvent.bind(null, event.id)}
        initial={toFormValues(toEventInput(event))}
        version={event.version}
        countries={listCountries().map(({ code, name }) => ({ code, name }))}
        initiatives={listInitiatives().map(({ slug, name }) => ({ slug, name }))}
        cancelHref={`/events/${event.id}`}
        submitLabel="Save changes"
      />
      <section aria-labelledby="delete-heading" className="rounded-lg border border-rose-200 bg-white p-5">
        <h2 id="delete-heading" className="text-lg font-medium">
          Delete this event
        </h2>
        <p className="mb-3 text-sm text-slate-600">Deleted events leave the timeline; an admin can restore them.</p>
        <DeleteEventButton id={event.id} version={event.version} title={event.title} />
      </section>
    </div>
  );
}
