// Loads reference data (always, idempotently) and the demo events (only into a database with no events).
import 'server-only';
import { getDb } from '@/db';
import { hasAnyEvent, insertEvent } from '@/db/queries/events';
import { upsertCountries, upsertInitiatives } from '@/db/queries/reference';
import { eventInput } from '@/lib/schemas/event';
import { countryRows } from './countries';
import { DEMO_EVENTS, DEMO_INITIATIVES } from './demo-events';

export function seedReferenceData() {
  getDb().transaction((tx) => {
    upsertCountries(countryRows(), tx);
    upsertInitiatives(DEMO_INITIATIVES, tx);
  });
}

/** Returns how many demo events were loaded: 0 when the database already holds events. */
export function seedDemoEvents(): number {
  if (hasAnyEvent()) return 0;
  const inputs = DEMO_EVENTS.map((e) => eventInput.parse(e));
  getDb().transaction((tx) => {
    for (const input of inputs) insertEvent({ input, actorId: null, tx });
  });
  return inputs.length;
}
