// Chart buckets for the timeline: which granularity suits a date range, and the label of a bucket.

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const DAY = 24 * 60 * 60 * 1000;

/**
 * Months for up to three years, quarters up to fifteen, years beyond: about 12–60 bars, few enough to
 * read and enough to show a trend. An open range (either end null) spans the whole record: years.
 */
export function chooseGranularity(from: string | null, to: string | null): Granularity {
  if (!from || !to) return 'year';
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;
  if (days <= 3 * 366) return 'month';
  if (days <= 15 * 366) return 'quarter';
  return 'year';
}

/** '2024-10' | '2024-Q4' | '2024' for an ISO date. */
export function bucketOf(date: string, granularity: Granularity): string {
  if (granularity === 'year') return date.slice(0, 4);
  if (granularity === 'month') return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}
