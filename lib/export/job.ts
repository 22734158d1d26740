// What a route hands the export worker (db/workers/export.ts), and what the worker sends back. Everything
// here crosses a thread boundary by structured clone, so it is plain data: a validated filter, the reader,
// the names of the chosen columns (the worker looks the columns up again: functions do not cross).
import type { Reader } from '@/db/queries/annotation-visibility';
import type { AnnotationQuery } from '@/lib/annotations/filters';
import type { StanceQuery } from '@/lib/stances/api-query';
import type { TimelineFilter } from '@/lib/timeline/filters';

export type ExportJob =
  | { kind: 'events'; filter: TimelineFilter; reader: Reader }
  | { kind: 'pinned'; viewId: number }
  | { kind: 'annotations'; query: AnnotationQuery; events: TimelineFilter; reader: Reader }
  | { kind: 'stances'; query: StanceQuery };

export type ExportWorkerData = { job: ExportJob; columns: string[]; databasePath: string };

/** The route gives a started worker its export, then asks for one chunk at a time. */
export type ToExportWorker = { type: 'start'; data: ExportWorkerData } | { type: 'pull' };

export type FromExportWorker =
  /** The export can run: the first chunk follows a pull. */
  | { type: 'ready' }
  /** The annotation filter's event text is too common to narrow by (the page refuses it the same way). */
  | { type: 'refused' }
  /** One batch as CSV (no header: the route writes it), and how many rows it holds. */
  | { type: 'chunk'; bytes: Uint8Array; rows: number }
  | { type: 'end' }
  | { type: 'failed'; message: string };
