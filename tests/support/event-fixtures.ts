// Small hand-made events for the timeline tests: each test states the fields it cares about.
import { insertEvent } from '@/db/queries/events';
import { unwrap } from '@/lib/write-result';
import { eventInput, type EventInputRaw } from '@/lib/events/schema';

export function addEvent(over: Partial<EventInputRaw> & { date: string }): number {
  const input = eventInput.parse({ title: `Event on ${over.date}`, type: 'meeting', datePrecision: 'day', ...over });
  return unwrap(insertEvent({ input, actorId: null }));
}
