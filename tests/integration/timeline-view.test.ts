// The timeline view's source: one page, the capped count and the chart rows for the same filter.
import { beforeAll, describe, expect, it } from 'vitest';
import { timelineSource } from '@/db/queries/timeline-view';
import { seedReferenceData } from '@/db/seed';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { addEvent } from '../support/event-fixtures';

beforeAll(() => {
  seedReferenceData();
  for (const date of ['2023-03-01', '2023-11-01', '2024-02-01']) addEvent({ date, title: `Reef talks ${date}`, countries: [{ code: 'NZL', role: 'host' }] });
  addEvent({ date: '2024-04-01', title: 'Reef talks elsewhere', countries: [{ code: 'AUS', role: 'host' }] });
});

describe('timelineSource', () => {
  const filter = { ...EMPTY_FILTER, countries: ['NZL'] };

  it('reads the page, the count and the chart of one filter', async () => {
    const source = timelineSource({ filter, page: { limit: 2, cursor: null }, reader: null, granularity: 'year' });
    const list = await source.list();
    expect(list.items.map((e) => e.date)).toEqual(['2024-02-01', '2023-11-01']);
    expect(list.nextCursor).not.toBeNull();
    expect(await source.count()).toEqual({ count: 3, capped: false });
    const chart = await source.chart('year');
    expect(chart.tooMany).toBeNull();
    expect(chart.byType).toBe(true);
    expect(chart.rows.map((r) => [r.bucket, r.total])).toEqual([
      ['2023', 2],
      ['2024', 1],
    ]);
  });
});
