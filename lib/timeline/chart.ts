// Shaping the timeline chart: buckets pivoted into one row per period, gaps filled, and the date range
// each bar stands for (clicking a bar narrows the timeline to it).
import type { Granularity } from '@/lib/timeline/buckets';
import { periodEnd } from '@/lib/dates';
import { EVENT_TYPES, type EventType } from '@/lib/vocabulary';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type ChartRow = { bucket: string; label: string; from: string; to: string; total: number } & Record<EventType, number>;

/** The first and last day of a bucket: '2024-10', '2024-Q4' or '2024'. */
export function bucketRange(bucket: string): { from: string; to: string } {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(bucket);
  if (quarter) {
    const startMonth = (Number(quarter[2]) - 1) * 3 + 1;
    const from = `${quarter[1]}-${String(startMonth).padStart(2, '0')}-01`;
    const lastMonth = `${quarter[1]}-${String(startMonth + 2).padStart(2, '0')}-01`;
    return { from, to: periodEnd(lastMonth, 'month') };
  }
  if (/^\d{4}-\d{2}$/.test(bucket)) return { from: `${bucket}-01`, to: periodEnd(`${bucket}-01`, 'month') };
  return { from: `${bucket}-01-01`, to: `${bucket}-12-31` };
}

export function bucketLabel(bucket: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(bucket);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return bucket.replace('-', ' ');
}

function nextBucket(bucket: string, granularity: Granularity): string {
  const year = Number(bucket.slice(0, 4));
  if (granularity === 'year') return String(year + 1);
  if (granularity === 'quarter') {
    const q = Number(bucket.slice(6));
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  const m = Number(bucket.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** One row per period from the first to the last bucket with events, empty periods included. */
export function chartRows(buckets: { bucket: string; type: EventType; count: number }[], granularity: Granularity): ChartRow[] {
  if (!buckets.length) return [];
  const sorted = [...new Set(buckets.map((b) => b.bucket))].sort();
  const rows = new Map<string, ChartRow>();
  // Cap the fill so that a stray far-future date cannot make thousands of empty bars.
  for (let b = sorted[0]!, i = 0; b <= sorted[sorted.length - 1]! && i < 1000; b = nextBucket(b, granularity), i++) {
    const zeroes = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
    rows.set(b, { bucket: b, label: bucketLabel(b), ...bucketRange(b), total: 0, ...zeroes });
  }
  for (const { bucket, type, count } of buckets) {
    const row = rows.get(bucket);
    if (!row) continue;
    row[type] += count;
    row.total += count;
  }
  return [...rows.values()];
}
