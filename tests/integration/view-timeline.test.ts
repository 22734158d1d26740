// A saved view's timeline: a pinned view's events paged, counted and charted from the pin (keyset pages,
// a date range that only narrows), pins made before migration 0011 filled from their snapshots, and
// "added or changed since you last opened it" counted from the events changed since the visit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { viewPins } from '@/db/schema';
import { seedReferenceData } from '@/db/seed';
import { getEvent, toEventInput } from '@/db/queries/event-detail';
import { updateEvent } from '@/db/queries/event-edit';
import { pinnedSource, viewTimeline } from '@/db/queries/timeline-view';
import { insertUser } from '@/db/queries/users';
import { CHANGE_SCAN, changesSinceVisits, countPinned, insertView, listPinnedPage, pinnedBuckets, recordViewVisit, type ViewInput } from '@/db/queries/views';
import { decodeCursor } from '@/lib/timeline/cursor';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { viewPageParams } from '@/lib/views/schema';
import { unwrap } from '@/lib/write-result';
import { addEvent } from '../support/event-fixtures';

const owner = { id: 0, role: 'analyst' as const };
const tonga: TimelineFilter = { ...EMPTY_FILTER, countries: ['TON'] };
const input = (over: Partial<ViewInput> = {}): ViewInput => ({ name: 'Tonga', briefing: '', filter: tonga, mode: 'pinned', visibility: 'team', ...over });
const TON = [{ code: 'TON', role: 'participant' }];
const ids: Record<string, number> = {};

beforeAll(() => {
  seedReferenceData();
  owner.id = unwrap(insertUser({ email: 'owner@example.org', name: 'Owner', role: 'analyst', passwordHash: 'x', actorId: null }));
  ids.old = addEvent({ date: '2019-06-01', title: 'Tonga 2019', type: 'budget', countries: TON });
  ids.year = addEvent({ date: '2021-01-01', datePrecision: 'year', title: 'Tonga review, 2021', countries: TON });
  ids.may = addEvent({ date: '2024-05-01', title: 'Tonga May', countries: TON });
  ids.octA = addEvent({ date: '2024-10-07', title: 'Tonga October A', countries: TON });
  ids.octB = addEvent({ date: '2024-10-07', title: 'Tonga October B', countries: TON });
  addEvent({ date: '2024-10-08', title: 'Fiji, not in the view', countries: [{ code: 'FJI', role: 'participant' }] });
});

describe('a pinned view’s timeline', () => {
  it('pages the pin newest first by keyset, with ties on a date broken by id', () => {
    const view = unwrap(insertView({ input: input(), owner }));
    const titles: string[] = [];
    let cursor = null;
    do {
      const page = listPinnedPage(view.id, EMPTY_FILTER, { limit: 2, cursor: cursor ? decodeCursor(cursor) : null });
      titles.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(titles).toEqual(['Tonga October B', 'Tonga October A', 'Tonga May', 'Tonga review, 2021', 'Tonga 2019']);
  });

  it('narrows to a date range by the span of each event, and counts and charts the same events', () => {
    const view = unwrap(insertView({ input: input(), owner }));
    // The year-precision event spans 2021; a range inside that year still holds it.
    const mid2021 = { from: '2021-06-01', to: '2021-06-30' };
    expect(listPinnedPage(view.id, mid2021, { limit: 10, cursor: null }).items.map((i) => i.title)).toEqual(['Tonga review, 2021']);
    expect(countPinned(view.id, { from: '2024-01-01', to: '2024-12-31' })).toBe(3);
    expect(countPinned(view.id, { from: null, to: null })).toBe(5);
    expect(pinnedBuckets(view.id, { from: '2024-01-01', to: null }, 'month')).toEqual([
      { bucket: '2024-05', type: 'meeting', count: 1 },
      { bucket: '2024-10', type: 'meeting', count: 2 },
    ]);
    expect(pinnedBuckets(view.id, { from: null, to: null }, 'year')).toEqual([
      { bucket: '2019', type: 'budget', count: 1 },
      { bucket: '2021', type: 'meeting', count: 1 },
      { bucket: '2024', type: 'meeting', count: 3 },
    ]);
  });

  it('shows the pin through the timeline source, whatever the live events became', async () => {
    const view = unwrap(insertView({ input: input(), owner }));
    const event = getEvent(ids.may!)!;
    unwrap(updateEvent({ id: ids.may!, expectedVersion: event.version, input: { ...toEventInput(event), title: 'Tonga May, edited' }, actorId: owner.id }));
    addEvent({ date: '2024-11-01', title: 'Tonga November', countries: TON });

    const source = pinnedSource({ viewId: view.id, filter: tonga, page: { limit: 50, cursor: null } });
    expect((await source.list()).items.map((i) => i.title)).toContain('Tonga May');
    expect((await source.list()).items.map((i) => i.title)).not.toContain('Tonga November');
    expect(await source.count()).toEqual({ count: 5, capped: false });
    const chart = await source.chart('year');
    expect(chart.rows.map((r) => [r.bucket, r.total])).toEqual([
      ['2019', 1],
      ['2020', 0],
      ['2021', 1],
      ['2022', 0],
      ['2023', 0],
      ['2024', 3],
    ]);

    // The page's helper picks the pin for a pinned view and the live timeline for a live one.
    const pinnedPage = viewTimeline({ view, searchParams: { country: 'FJI' }, reader: owner });
    expect((await pinnedPage.source.list()).items.map((i) => i.title)).not.toContain('Fiji, not in the view');
    const live = unwrap(insertView({ input: input({ mode: 'live' }), owner }));
    const livePage = viewTimeline({ view: live, searchParams: {}, reader: owner });
    expect((await livePage.source.list()).items.map((i) => i.title)).toContain('Tonga November');
  });

  it('fills the columns of pins made before migration 0011 from their snapshots', () => {
    const view = unwrap(insertView({ input: input(), owner }));
    const db = getDb();
    const expected = db.select().from(viewPins).all();
    db.update(viewPins).set({ date: '', spanEnd: '', type: 'other' }).run();
    const migration = readFileSync(path.join(process.cwd(), 'db/migrations/0011_pinned-timeline.sql'), 'utf8');
    const backfill = migration.split('--> statement-breakpoint').find((s) => s.includes('UPDATE `view_pins`'))!;
    db.$client.exec(backfill);
    expect(db.select().from(viewPins).all()).toEqual(expected);
    // The year-precision event's span is its whole year.
    expect(expected.find((p) => p.viewId === view.id && p.eventId === ids.year)).toMatchObject({ date: '2021-01-01', spanEnd: '2021-12-31' });
  });
});

describe('viewPageParams', () => {
  const stored = 'country=TON&from=2020-01-01&to=2024-12-31';
  it('takes the filter from the view, with a URL range only where it narrows the view’s', () => {
    expect(viewPageParams(stored, { country: 'FJI', from: '2024-01-01', to: '2024-12-31' })).toMatchObject({
      params: { country: 'TON', from: '2024-01-01', to: '2024-12-31' },
      narrowed: true,
    });
    // Wider than the view, or not a date: the view's own range.
    expect(viewPageParams(stored, { from: '1990-01-01', to: '2030-01-01' })).toMatchObject({
      params: { from: '2020-01-01', to: '2024-12-31' },
      narrowed: false,
    });
    expect(viewPageParams(stored, { from: '2024-13-01', to: ['2024-01-01', '2024-02-01'] })).toMatchObject({ narrowed: false });
    // A narrowed range that would end before it starts is ignored.
    expect(viewPageParams(stored, { from: '2024-06-01', to: '2021-01-01' })).toMatchObject({
      params: { from: '2020-01-01', to: '2024-12-31' },
      narrowed: false,
    });
  });
});

describe('changes since the reader last opened a view', () => {
  it('says a view was never opened, then counts the matching events added or changed since the visit', async () => {
    const view = unwrap(insertView({ input: input({ mode: 'live' }), owner }));
    expect(changesSinceVisits([view], owner).get(view.id)).toEqual({ openedAt: null });

    await visitNow(view.id);
    const event = getEvent(ids.octA!)!;
    unwrap(
      updateEvent({ id: ids.octA!, expectedVersion: event.version, input: { ...toEventInput(event), title: 'Tonga October A, edited' }, actorId: owner.id }),
    );
    addEvent({ date: '2025-02-01', title: 'Tonga February', countries: TON });
    addEvent({ date: '2025-02-01', title: 'Fiji February', countries: [{ code: 'FJI', role: 'participant' }] });
    const change = changesSinceVisits([view], owner).get(view.id);
    // The edit and the Tonga addition; not the Fiji one, nor the Tonga events written before the visit.
    expect(change).toEqual({ openedAt: expect.any(String), count: 2, capped: false, wholeWords: false });

    recordViewVisit(view.id, owner, { now: new Date(Date.now() + 60_000) });
    expect(changesSinceVisits([view], owner).get(view.id)).toMatchObject({ count: 0, capped: false });

    // A pinned view shows the pin whatever changed: it is not counted.
    const pinned = unwrap(insertView({ input: input(), owner }));
    recordViewVisit(pinned.id, owner);
    expect(changesSinceVisits([pinned], owner).get(pinned.id)).toEqual({ pinned: true });
  });

  it('probes each word of a search alone, so two common words together are not counted either', async () => {
    const view = unwrap(insertView({ input: input({ mode: 'live', filter: { ...EMPTY_FILTER, q: '"tonga may" review' } }), owner }));
    await visitNow(view.id);
    // "tonga" is in every Tonga event: past a cap of 3, the view is not counted, though the phrase is rare.
    expect(changesSinceVisits([view], owner, { textCap: 3 }).get(view.id)).toEqual({ openedAt: expect.any(String), uncounted: true });
    expect(changesSinceVisits([view], owner, { textCap: 1_000 }).get(view.id)).toMatchObject({ count: 0, wholeWords: true });
  });

  it('checks a text filter per changed event, and past CHANGE_SCAN changes says "at least"', async () => {
    const view = unwrap(insertView({ input: input({ mode: 'live', filter: { ...EMPTY_FILTER, q: 'lagoon' } }), owner }));
    await visitNow(view.id);
    addEvent({ date: '2025-03-01', title: 'Lagoon survey', countries: TON });
    // The search's last word counts as a whole word here (no prefix merge per event): a lower bound.
    expect(changesSinceVisits([view], owner).get(view.id)).toEqual({ openedAt: expect.any(String), count: 1, capped: false, wholeWords: true });
    // A search in as many events as the cap (here 1) is not counted per event at all.
    expect(changesSinceVisits([view], owner, { textCap: 1 }).get(view.id)).toEqual({ openedAt: expect.any(String), uncounted: true });
    getDb().transaction(() => {
      for (let i = 0; i <= CHANGE_SCAN; i++) addEvent({ date: '2025-04-01', title: `Bulk ${i}`, countries: TON });
    });
    // The newest CHANGE_SCAN + 1 changes are all bulk events: the lagoon one is past the scan.
    expect(changesSinceVisits([view], owner).get(view.id)).toMatchObject({ count: 0, capped: true });
    // Of the newest CHANGE_SCAN changes exactly, not the one past them that only says there are more.
    const all = unwrap(insertView({ input: input({ mode: 'live', filter: { ...EMPTY_FILTER, q: 'bulk' } }), owner }));
    recordViewVisit(all.id, owner, { now: new Date(Date.now() - 120_000) });
    expect(changesSinceVisits([all], owner).get(all.id)).toMatchObject({ count: CHANGE_SCAN, capped: true });
  });
});

/** A visit now, and a moment's pause so that every later write is stamped after it (timestamps hold milliseconds). */
async function visitNow(viewId: number) {
  recordViewVisit(viewId, owner);
  await new Promise((resolve) => setTimeout(resolve, 5));
}
