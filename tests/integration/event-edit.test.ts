import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { getEvent, listDeletedEvents, listEventHistory, listRelatedEvents, toEventInput } from '@/db/queries/event-detail';
import { restoreEvent, softDeleteEvent, updateEvent } from '@/db/queries/event-edit';
import { countEvents, eventBuckets, listEvents } from '@/db/queries/timeline';
import { seedReferenceData } from '@/db/seed';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { addEvent } from '../support/event-fixtures';

const f = (over: Partial<TimelineFilter>): TimelineFilter => ({ ...EMPTY_FILTER, ...over });
const found = (filter: TimelineFilter) => listEvents(filter, { limit: 100, cursor: null }).items.map((e) => e.id);
let id: number;
let neighbour: number;

beforeAll(() => {
  seedReferenceData();
  id = addEvent({
    date: '2024-10-07',
    title: 'Wellington roundtable',
    countries: [{ code: 'NZL', role: 'host' }],
    initiatives: ['pipir'],
    tags: ['industry'],
    people: [{ name: 'Judith Collins', capacity: 'Minister of Defence' }],
    sources: [{ url: 'https://example.org/x', publisher: 'RNZ', title: 'Roundtable report', reliability: 'B', credibility: 2 }],
  });
  neighbour = addEvent({ date: '2024-12-01', countries: [{ code: 'NZL', role: 'participant' }] });
  addEvent({ date: '2025-06-01', countries: [{ code: 'NZL', role: 'participant' }] }); // more than 90 days away
});

describe('getEvent', () => {
  it('returns every field and relation', () => {
    const e = getEvent(id)!;
    expect(e).toMatchObject({ id, version: 1, deletedAt: null, createdByName: null, tags: ['industry'] });
    expect(e.countries).toEqual([{ code: 'NZL', name: 'New Zealand', role: 'host' }]);
    expect(e.people).toEqual([{ name: 'Judith Collins', capacity: 'Minister of Defence' }]);
    expect(e.sources[0]).toMatchObject({ id: expect.any(Number), reliability: 'B', credibility: 2 });
  });
});

describe('updateEvent', () => {
  it('replaces the event and its relations, bumps the version and audits before and after', () => {
    const input = { ...toEventInput(getEvent(id)!), title: 'Auckland roundtable', date: '2024-10-08', tags: ['industry', 'supply-chain'] };
    expect(updateEvent({ id, expectedVersion: 1, input, actorId: null })).toEqual({ ok: true, value: { version: 2 } });
    const e = getEvent(id)!;
    expect(e).toMatchObject({ title: 'Auckland roundtable', date: '2024-10-08', spanEnd: '2024-10-08', version: 2, tags: ['industry', 'supply-chain'] });
    // The filter tables and the search index follow in the same transaction.
    expect(found(f({ tags: ['supply-chain'] }))).toEqual([id]);
    expect(found(f({ q: 'auckland' }))).toEqual([id]);
    expect(found(f({ q: 'wellington' }))).toEqual([]);
    expect(found(f({ countries: ['NZL'], from: '2024-10-08', to: '2024-10-08' }))).toEqual([id]);
    const [entry] = listEventHistory(id);
    expect(entry).toMatchObject({ action: 'event.update', before: { title: 'Wellington roundtable' }, after: { title: 'Auckland roundtable' } });
  });

  it('refuses a stale version and names the fields that differ', () => {
    const input = { ...toEventInput(getEvent(id)!), title: 'Someone else', summary: 'Changed' };
    const result = updateEvent({ id, expectedVersion: 1, input, actorId: null });
    expect(result).toMatchObject({ ok: false, code: 'conflict', differingFields: ['title', 'summary'] });
    expect(result.ok === false && result.code === 'conflict' && result.current.version).toBe(2);
    expect(getEvent(id)!.title).toBe('Auckland roundtable');
  });

  it('reports a missing event', () => {
    expect(updateEvent({ id: 999_999, expectedVersion: 1, input: toEventInput(getEvent(id)!), actorId: null })).toEqual({ ok: false, code: 'not-found' });
  });
});

describe('soft delete and restore', () => {
  it('hides a deleted event from lists, counts, buckets and search, and brings it back on restore', () => {
    const before = { count: countEvents(EMPTY_FILTER), nz: countEvents(f({ countries: ['NZL'] })), months: eventBuckets(EMPTY_FILTER, 'month') };
    expect(softDeleteEvent({ id, expectedVersion: 1, actorId: null })).toMatchObject({ ok: false, code: 'conflict' });
    expect(softDeleteEvent({ id, expectedVersion: 2, actorId: null })).toEqual({ ok: true, value: { version: 3 } });

    expect(getEvent(id)).toBeNull();
    expect(getEvent(id, { includeDeleted: true })!.deletedAt).not.toBeNull();
    expect(found(EMPTY_FILTER)).not.toContain(id);
    expect(found(f({ q: 'auckland' }))).toEqual([]);
    expect(found(f({ countries: ['NZL'] }))).not.toContain(id);
    expect(countEvents(EMPTY_FILTER)).toBe(before.count - 1);
    expect(countEvents(f({ countries: ['NZL'] }))).toBe(before.nz - 1);
    expect(countEvents(f({ q: 'auckland' }))).toBe(0);
    expect(eventBuckets(f({ tags: ['industry'] }), 'year')).toEqual([]);
    expect(listDeletedEvents().map((e) => e.id)).toEqual([id]);
    expect(softDeleteEvent({ id, actorId: null })).toEqual({ ok: false, code: 'not-found' });

    expect(restoreEvent({ id, actorId: null })).toEqual({ ok: true, value: { version: 4 } });
    expect(found(f({ q: 'auckland' }))).toEqual([id]);
    expect(countEvents(f({ countries: ['NZL'] }))).toBe(before.nz);
    expect(eventBuckets(EMPTY_FILTER, 'month')).toEqual(before.months);
    expect(listDeletedEvents()).toEqual([]);
    expect(listEventHistory(id).map((h) => h.action)).toEqual(['event.restore', 'event.delete', 'event.update', 'event.create']);
  });

  it('rolls back the whole update when a relation is invalid', () => {
    const input = { ...toEventInput(getEvent(id)!), title: 'Half written', initiatives: ['no-such-initiative'] };
    expect(updateEvent({ id, expectedVersion: 4, input, actorId: null })).toEqual({
      ok: false,
      code: 'invalid',
      issues: [{ field: 'initiatives.0', code: 'unknown-initiative', values: ['no-such-initiative'] }],
    });
    expect(getEvent(id)).toMatchObject({ title: 'Auckland roundtable', version: 4 });
    expect(found(f({ q: 'auckland' }))).toEqual([id]);
    expect(getDb().$client.prepare("SELECT count(*) AS n FROM events_fts WHERE events_fts MATCH 'half'").get()).toEqual({ n: 0 });
  });
});

describe('listRelatedEvents', () => {
  it('finds events sharing a country or initiative within 90 days', () => {
    expect(listRelatedEvents(id).map((e) => e.id)).toEqual([neighbour]);
  });
});
