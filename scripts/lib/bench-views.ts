// The saved-view rows of the benchmark: /views with a page of live views (VIEWS_PAGE) and more events changed since their
// visits than a count checks (CHANGE_SCAN), one such count for a common word, and a pinned view of nearly
// PIN_MAX_EVENTS events (page 1, count, chart, what changed since the pin). The views, visits and touched
// events are written inside a savepoint and rolled back, so the database is left as it was.
import type { DB } from '@/db/client';
import { listEvents } from '@/db/queries/timeline';
import {
  CHANGE_SCAN,
  changesSincePin,
  changesSinceVisits,
  countPinned,
  insertView,
  listPinnedPage,
  listViews,
  pinnedBuckets,
  recordViewVisit,
  VIEWS_PAGE,
} from '@/db/queries/views';
import { EMPTY_FILTER, type TimelineFilter } from '@/lib/timeline/filters';
import { PIN_MAX_EVENTS } from '@/lib/views/vocabulary';
import { unwrap } from '@/lib/write-result';
import type { Measure } from './bench-annotations';
import type { BenchRow } from './bench';

/** Events changed after the visits: more than one count checks, the worst case for each view's count. */
const TOUCHED = 2 * CHANGE_SCAN;

export function viewBenchmarks({ db, measure }: { db: DB; measure: Measure }): BenchRow[] {
  const c = db.$client;
  c.exec('SAVEPOINT bench_views');
  try {
    const owner = { id: (c.prepare('SELECT min(id) FROM users').pluck().get() as number) ?? 1, role: 'analyst' as const };
    const country = c.prepare('SELECT country_code FROM event_countries GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
    const tag = c.prepare('SELECT tag FROM event_tags GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
    const initiative = c.prepare('SELECT slug FROM initiatives ORDER BY id LIMIT 1').pluck().get() as string;
    const f = (over: Partial<TimelineFilter>): TimelineFilter => ({ ...EMPTY_FILTER, ...over });
    const kinds = [
      f({}),
      f({ countries: [country] }),
      f({ tags: [tag] }),
      f({ initiatives: [initiative] }),
      f({ q: 'defence' }),
      f({ q: 'submarine', countries: [country] }),
      f({ types: ['meeting'], from: '2015-01-01', to: '2019-12-31' }),
    ];
    const view = (filter: TimelineFilter, mode: 'live' | 'pinned', i: number) =>
      insertView({ input: { name: `Bench view ${i}`, briefing: '', filter, mode, visibility: 'team' }, owner }, db);
    const live = Array.from({ length: VIEWS_PAGE }, (_, i) => unwrap(view(kinds[i % kinds.length]!, 'live', i)));
    const visited = new Date(Date.now() - 1000);
    for (const v of live) recordViewVisit(v.id, owner, { now: visited }, db);
    c.prepare(
      `UPDATE events SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       WHERE id IN (SELECT id FROM events WHERE deleted_at IS NULL ORDER BY random() LIMIT ?)`,
    ).run(TOUCHED);

    // A pinned view of nearly PIN_MAX_EVENTS events: the largest country that many events name at most.
    const pinnable = c
      .prepare('SELECT country_code FROM event_countries WHERE listed = 1 GROUP BY 1 HAVING count(DISTINCT event_id) <= ? ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get(PIN_MAX_EVENTS) as string;
    const range = f({ countries: [pinnable] });
    const pinned = unwrap(view(range, 'pinned', VIEWS_PAGE));
    const pins = countPinned(pinned.id, EMPTY_FILTER, db);
    // Edited since the pin: 50 of its events at a later version.
    c.prepare('UPDATE events SET version = version + 1 WHERE id IN (SELECT event_id FROM view_pins WHERE view_id = ? ORDER BY event_id LIMIT 50)').run(
      pinned.id,
    );

    const common = live[kinds.findIndex((k) => k.q === 'defence')]!;
    return [
      measure(`/views: ${VIEWS_PAGE} live views (a page), ${TOUCHED.toLocaleString('en')} events changed since the visits`, () => {
        listViews(owner, {}, db);
        return [...changesSinceVisits(live, owner, {}, db).values()].reduce((n, ch) => n + ('count' in ch ? ch.count : 0), 0);
      }),
      // Too common to count: what it costs to find that out. The result is the views answered (1).
      measure('/views: one view’s changes since the visit (q=defence, too common to count)', () => changesSinceVisits([common], owner, {}, db).size),
      measure(`pinned view (${pins} events): page 1`, () => listPinnedPage(pinned.id, EMPTY_FILTER, { limit: 50, cursor: null }, db).items.length),
      measure(`pinned view (${pins} events): count`, () => countPinned(pinned.id, EMPTY_FILTER, db)),
      measure(`pinned view (${pins} events): chart by month`, () => pinnedBuckets(pinned.id, EMPTY_FILTER, 'month', db).length),
      measure(`pinned view (${pins} events): changed since the pin`, () => changesSincePin(pinned, range, db).count),
      measure(`the same filter, live: timeline page 1`, () => listEvents(range, { limit: 50, cursor: null }, null, db).items.length),
    ];
  } finally {
    c.exec('ROLLBACK TO bench_views; RELEASE bench_views');
  }
}
