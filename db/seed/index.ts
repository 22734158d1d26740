// Loads reference data (always, idempotently) and the demo events (only into a database with no events).
import 'server-only';
import { getDb } from '@/db';
import { findEventIdsByTitle, hasAnyEvent, insertEvent } from '@/db/queries/events';
import { insertMembership } from '@/db/queries/memberships';
import { hasStances, insertStance } from '@/db/queries/stances';
import { upsertCountries, upsertInitiatives } from '@/db/queries/reference';
import { eventInput } from '@/lib/events/schema';
import { membershipInput, stanceInput } from '@/lib/stances/schema';
import { unwrap } from '@/lib/write-result';
import { countryRows } from './countries';
import { DEMO_EVENTS, DEMO_INITIATIVES } from './demo-events';
import { DEMO_MEMBERSHIPS, DEMO_STANCES } from './demo-stances';

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
    for (const input of inputs) unwrap(insertEvent({ input, actorId: null, tx }));
  });
  return inputs.length;
}

/**
 * Loads the demo stances and memberships into an empty ledger, citing the demo events as evidence.
 * Returns how many entries were written: 0 when the ledger already has entries or the demo events are gone.
 */
export function seedDemoStances(): number {
  if (hasStances()) return 0;
  const titles = [...new Set([...DEMO_STANCES, ...DEMO_MEMBERSHIPS].flatMap((s) => s.evidence))];
  const ids = findEventIdsByTitle(titles);
  if (ids.size !== titles.length) return 0;
  const evidence = (names: string[]) => names.map((t) => ids.get(t)!);
  let written = 0;
  getDb().transaction(() => {
    for (const s of DEMO_STANCES) {
      unwrap(insertStance({ input: stanceInput.parse({ ...s, evidence: evidence(s.evidence) }), actorId: null }));
      written++;
    }
    for (const m of DEMO_MEMBERSHIPS) {
      unwrap(insertMembership({ input: membershipInput.parse({ ...m, evidence: evidence(m.evidence) }), actorId: null }));
      written++;
    }
  });
  return written;
}
