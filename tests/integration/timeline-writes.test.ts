// The date-keyed full-text index and the per-facet month rollups follow every write: insert, update
// (including a date change), soft delete and restore.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { getEvent, toEventInput } from '@/db/queries/event-detail';
import { restoreEvent, softDeleteEvent, updateEvent } from '@/db/queries/event-edit';
import { countEvents, eventBuckets, listEvents } from '@/db/queries/timeline';
import { seedReferenceData } from '@/db/seed';
import { decodeCursor } from '@/lib/timeline/cursor';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { addEvent } from '../support/event-fixtures';

const f = (over: Partial<TimelineFilter>): TimelineFilter => ({ ...EMPTY_FILTER, ...over });
const listed = (filter: TimelineFilter) => listEvents(filter, { limit: 100, cursor: null }).items.map((e) => e.id);
const ev: Record<string, number> = {};

/** Every rollup row with a count, as the triggers kept it and as recomputed from the filter tables. */
function rollups() {
  const c = getDb().$client;
  const kept = (table: string, key: string) => c.prepare(`SELECT ${key} AS k, month, type, count FROM ${table} WHERE count > 0 ORDER BY 1, 2, 3`).all();
  const recomputed = (table: string, key: string) =>
    c
      .prepare(`SELECT ${key} AS k, substr(date, 1, 7) AS month, type, count(*) AS count FROM ${table} WHERE listed = 1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)
      .all();
  return {
    kept: [kept('event_country_month_counts', 'country_code'), kept('event_initiative_month_counts', 'initiative_id'), kept('event_tag_month_counts', 'tag')],
    recomputed: [recomputed('event_countries', 'country_code'), recomputed('event_initiatives', 'initiative_id'), recomputed('event_tags', 'tag')],
  };
}

const ftsRows = () => (getDb().$client.prepare('SELECT count(*) AS n FROM events_fts').get() as { n: number }).n;

beforeAll(() => {
  seedReferenceData();
  ev.old = addEvent({
    date: '2020-02-01',
    title: 'Harbour visit Lyttelton',
    countries: [{ code: 'NZL', role: 'host' }],
    tags: ['navy'],
    initiatives: ['pipir'],
  });
  ev.mid = addEvent({ date: '2022-06-15', title: 'Harbour upgrade', countries: [{ code: 'NZL', role: 'host' }], tags: ['navy'] });
  ev.newer = addEvent({
    date: '2024-09-30',
    title: 'Harbour talks',
    countries: [
      { code: 'AUS', role: 'host' },
      { code: 'NZL', role: 'participant' },
    ],
  });
  // Starts before 2024 and runs into it: a range from 2024 must still find it.
  ev.spanning = addEvent({ date: '2023-12-20', endDate: '2024-01-10', title: 'Harbour exercise', countries: [{ code: 'AUS', role: 'host' }] });
});

describe('full-text rows keyed by date', () => {
  it('lists matches newest first and pages through them with a stable cursor', () => {
    expect(listed(f({ q: 'harbour' }))).toEqual([ev.newer, ev.spanning, ev.mid, ev.old]);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = listEvents(f({ q: 'harbour' }), { limit: 1, cursor: cursor ? decodeCursor(cursor) : null });
      seen.push(...page.items.map((e) => e.id));
      if (pages === 0) ev.added = addEvent({ date: '2030-01-01', title: 'Harbour added while paging' });
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual([ev.newer, ev.spanning, ev.mid, ev.old]);
    softDeleteEvent({ id: ev.added!, actorId: null });
  });

  it('applies date ranges as key ranges, keeping spans that start before the range', () => {
    expect(listed(f({ q: 'harbour', from: '2024-01-01' }))).toEqual([ev.newer, ev.spanning]);
    expect(countEvents(f({ q: 'harbour', from: '2024-01-01' }))).toBe(2);
    expect(listed(f({ q: 'harbour', from: '2021-01-01', to: '2023-12-31' }))).toEqual([ev.spanning, ev.mid]);
    expect(countEvents(f({ q: 'harbour', to: '2022-06-15' }))).toBe(2);
    expect(countEvents(f({ q: 'harbour', types: ['meeting'] }))).toBe(4);
    expect(countEvents(f({ q: 'harbour', types: ['budget'] }))).toBe(0);
  });

  it('moves an event to its new place when an update changes its date, leaving no row under the old key', () => {
    const rows = ftsRows();
    const input = { ...toEventInput(getEvent(ev.old!)!), date: '2025-03-01' };
    expect(updateEvent({ id: ev.old!, expectedVersion: 1, input, actorId: null })).toMatchObject({ ok: true });
    expect(ftsRows()).toBe(rows);
    expect(listed(f({ q: 'harbour' }))).toEqual([ev.old, ev.newer, ev.spanning, ev.mid]);
    expect(listed(f({ q: 'lyttelton' }))).toEqual([ev.old]);
    expect(listed(f({ q: 'lyttelton', to: '2020-12-31' }))).toEqual([]);
    expect(countEvents(f({ q: 'lyttelton', from: '2025-01-01' }))).toBe(1);
  });

  it('drops a deleted event from the index and puts it back on restore', () => {
    expect(softDeleteEvent({ id: ev.mid!, actorId: null })).toMatchObject({ ok: true });
    expect(listed(f({ q: 'harbour' }))).not.toContain(ev.mid);
    expect(countEvents(f({ q: 'harbour' }))).toBe(3);
    expect(restoreEvent({ id: ev.mid!, actorId: null })).toMatchObject({ ok: true });
    expect(listed(f({ q: 'harbour' }))).toEqual([ev.old, ev.newer, ev.spanning, ev.mid]);
  });
});

describe('per-facet month rollups', () => {
  it('stay equal to the filter tables through updates, deletes and restores', () => {
    const check = () => {
      const r = rollups();
      expect(r.kept).toEqual(r.recomputed);
    };
    check();
    const input = {
      ...toEventInput(getEvent(ev.newer!)!),
      date: '2021-05-05',
      type: 'agreement' as const,
      countries: [{ code: 'JPN', role: 'host' }],
      tags: ['budget'],
    };
    expect(updateEvent({ id: ev.newer!, expectedVersion: 1, input, actorId: null })).toMatchObject({ ok: true });
    check();
    softDeleteEvent({ id: ev.spanning!, actorId: null });
    check();
    restoreEvent({ id: ev.spanning!, actorId: null });
    check();
  });

  it('answer counts and charts of one country, initiative or tag as the full query would', () => {
    for (const filter of [
      f({ countries: ['NZL'] }),
      f({ countries: ['JPN'], types: ['agreement'] }),
      f({ tags: ['navy'] }),
      f({ initiatives: ['pipir'] }),
      f({ initiatives: ['nope'] }),
    ]) {
      const ids = listed(filter);
      expect(countEvents(filter), JSON.stringify(filter)).toBe(ids.length);
      expect(
        eventBuckets(filter, 'month').reduce((n, b) => n + b.count, 0),
        JSON.stringify(filter),
      ).toBe(ids.length);
    }
    expect(eventBuckets(f({ countries: ['JPN'] }), 'year')).toEqual([{ bucket: '2021', type: 'agreement', count: 1 }]);
    expect(eventBuckets(f({ countries: ['NZL'] }), 'year')).toEqual([
      { bucket: '2022', type: 'meeting', count: 1 },
      { bucket: '2025', type: 'meeting', count: 1 },
    ]);
  });
});
