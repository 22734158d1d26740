// What an events import reads: the export's columns (lib/export/event-columns.ts), each either written
// back to the event, ignored because the app derives it, or unknown. And the limits of one import.

/** Columns an import writes back, with the event field each one fills. */
export const WRITABLE_COLUMNS = {
  date: 'date',
  date_precision: 'datePrecision',
  end_date: 'endDate',
  title: 'title',
  type: 'type',
  summary: 'summary',
  location: 'location',
  countries: 'countries',
  initiatives: 'initiatives',
  tags: 'tags',
  people: 'people',
  sources: 'sources',
} as const;

export type WritableColumn = keyof typeof WRITABLE_COLUMNS;
export type EventField = (typeof WRITABLE_COLUMNS)[WritableColumn];

/** Columns that say which event a row is, and at which version it was exported. */
export const KEY_COLUMNS = ['id', 'version'] as const;

/** Columns the app computes from the others: read past, never written. */
export const DERIVED_COLUMNS = ['best_source_grade', 'annotation_count', 'created_at', 'updated_at', 'source_urls'] as const;

/** What a row that creates an event must have. */
export const REQUIRED_FOR_NEW = ['title', 'type', 'date', 'date_precision'] as const satisfies readonly WritableColumn[];

/** The column an event field is read from (for messages about a field). */
export const COLUMN_OF_FIELD = Object.fromEntries(Object.entries(WRITABLE_COLUMNS).map(([column, field]) => [field, column])) as Record<
  EventField,
  WritableColumn
>;

export const isWritable = (name: string): name is WritableColumn => Object.hasOwn(WRITABLE_COLUMNS, name);

/**
 * The limits of one import (docs/import.md). The byte limit bounds what an upload may make the server
 * store and parse; the row limit bounds the one transaction that applies it; the record limit stops one
 * unterminated quote from swallowing the rest of the file into a single cell.
 */
export const IMPORT_LIMITS = {
  maxBytes: 160 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 50,
  maxRecordBytes: 1024 * 1024,
  /** Errors listed in a report; the count covers them all. */
  maxListedErrors: 500,
  /** Rows a dry run describes one by one (what each would create or update). */
  maxListedRows: 200,
} as const;

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`);
