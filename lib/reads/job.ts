// What the server hands the read pool's workers (db/workers/reads.ts) and what comes back: plain data,
// since it crosses a thread boundary by structured clone.
import type { Reader } from '@/db/queries/annotation-visibility';
import type { CappedCount, ChartBuckets, TimelinePage } from '@/db/queries/timeline';
import type { Granularity } from '@/lib/timeline/buckets';
import type { Page, TimelineFilter } from '@/lib/timeline/filters';

export type ReadJob =
  | { kind: 'timeline-list'; filter: TimelineFilter; page: Page; reader: Reader }
  | { kind: 'timeline-count'; filter: TimelineFilter; cap: number; reader: Reader }
  /** The count and the chart from one count of the matches (the chart needs to know whether it is capped). */
  | { kind: 'timeline-summary'; filter: TimelineFilter; granularity: Granularity; cap: number; reader: Reader };

export type TimelineSummary = { count: CappedCount; chart: ChartBuckets };

export type ReadResult<J extends ReadJob> = J extends { kind: 'timeline-list' }
  ? TimelinePage
  : J extends { kind: 'timeline-count' }
    ? CappedCount
    : TimelineSummary;

export type ToReadWorker = { id: number; job: ReadJob; databasePath: string };

export type FromReadWorker =
  /** Loaded and listening; its thread id lets the pool lower its priority when a read runs long. */
  { type: 'ready'; threadId: number | null } | { type: 'done'; id: number; value: unknown } | { type: 'failed'; id: number; message: string };
