import { beforeAll, describe, expect, it } from 'vitest';
import { chartBuckets, eventBuckets } from '@/db/queries/timeline';
import { softDeleteEvent } from '@/db/queries/event-edit';
import { seedReferenceData } from '@/db/seed';
import { EMPTY_FILTER } from '@/lib/timeline/filters';
import { addEvent } from '../support/event-fixtures';

beforeAll(() => {
  seedReferenceData();
  for (const [date, type] of [
    ['2023-03-01', 'meeting'],
    ['2023-07-01', 'agreement'],
    ['2024-02-01', 'meeting'],
    ['2024-05-01', 'meeting'],
    ['2024-09-01', 'statement'],
  ] as const) {
    addEvent({ date, type, title: `Harbour talks ${date}`, countries: [{ code: 'NZL', role: 'host' }] });
  }
  const gone = addEvent({ date: '2024-06-01', title: 'Harbour talks deleted', type: 'meeting' });
  softDeleteEvent({ id: gone, actorId: null });
});

const sum = (b: { count: number }[]) => b.reduce((n, x) => n + x.count, 0);

describe('chart buckets within a budget', () => {
  it('splits by type when few enough events match', () => {
    const result = chartBuckets({ ...EMPTY_FILTER, q: 'harbour' }, 'year', 10);
    expect(result).toMatchObject({ byType: true, capped: false });
    expect(result.buckets).toEqual(eventBuckets({ ...EMPTY_FILTER, q: 'harbour' }, 'year'));
    expect(sum(result.buckets)).toBe(5);
  });

  it('gives totals per period from the search index for a broad text search alone, deleted events left out', () => {
    const result = chartBuckets({ ...EMPTY_FILTER, q: 'harbour' }, 'year', 2);
    expect(result.byType).toBe(false);
    expect(result.capped).toBe(false);
    expect(result.buckets.map((b) => [b.bucket, b.count])).toEqual([
      ['2023', 2],
      ['2024', 3],
    ]);
    expect(chartBuckets({ ...EMPTY_FILTER, q: 'harbour' }, 'quarter', 2).buckets.map((b) => b.bucket)).toEqual([
      '2023-Q1',
      '2023-Q3',
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
    ]);
  });

  it('charts nothing for a broad search combined with other filters, and says so', () => {
    expect(chartBuckets({ ...EMPTY_FILTER, q: 'harbour', types: ['meeting'] }, 'year', 2)).toEqual({ buckets: [], byType: false, capped: true });
  });

  it('always answers from the rollups when they apply, however many match', () => {
    const result = chartBuckets({ ...EMPTY_FILTER, countries: ['NZL'] }, 'year', 1);
    expect(result).toMatchObject({ byType: true, capped: false });
    expect(sum(result.buckets)).toBe(5);
  });
});

describe('chart buckets from a count the caller made', () => {
  it('takes the given count instead of counting again, and the read pool’s summary counts once for both', async () => {
    const filter = { ...EMPTY_FILTER, q: 'harbour' };
    // Five match, under the cap: counted anew this would split by type; told it is capped, it does not.
    expect(chartBuckets(filter, 'year', 10, null, undefined, { count: 10, capped: true })).toMatchObject({ byType: false });
    const { runReadJob } = await import('@/db/queries/reads');
    const { getDb } = await import('@/db');
    const summary = runReadJob({ kind: 'timeline-summary', filter, granularity: 'year', cap: 10, reader: null }, getDb());
    expect(summary.count).toEqual({ count: 5, capped: false });
    expect(summary.chart).toEqual(chartBuckets(filter, 'year', 10));
  });
});
