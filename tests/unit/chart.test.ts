import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketRange, chartRows } from '@/lib/timeline/chart';

describe('chart buckets', () => {
  it('maps each bucket to the days it covers', () => {
    expect(bucketRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(bucketRange('2024-Q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(bucketRange('2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('labels buckets for people', () => {
    expect(bucketLabel('2024-10')).toBe('Oct 2024');
    expect(bucketLabel('2024-Q4')).toBe('2024 Q4');
    expect(bucketLabel('2016')).toBe('2016');
  });

  it('pivots by type and fills empty periods', () => {
    const rows = chartRows(
      [
        { bucket: '2024-Q3', type: 'meeting', count: 2 },
        { bucket: '2024-Q3', type: 'agreement', count: 1 },
        { bucket: '2025-Q1', type: 'meeting', count: 4 },
      ],
      'quarter',
    );
    expect(rows.map((r) => [r.bucket, r.total])).toEqual([
      ['2024-Q3', 3],
      ['2024-Q4', 0],
      ['2025-Q1', 4],
    ]);
    expect(rows[0]!.agreement).toBe(1);
  });
});
