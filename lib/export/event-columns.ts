// The columns of an events export, in their default order (issue 11): the timeline's fields, each
// multi-valued cell joined with "; ", countries as CODE:role, people as "Name (capacity)". `sources` (each
// source in full, as JSON) and `version` are what an import needs to write an event back under the edit
// form's version check (docs/import.md); `source_urls` is the readable list of the same sources.
import type { EventExportRow } from '@/db/queries/export';
import type { Column } from './csv';

export const EVENT_COLUMNS: readonly Column<EventExportRow>[] = [
  { name: 'id', kind: 'number', value: (e) => e.id },
  { name: 'date', kind: 'date', value: (e) => e.date },
  { name: 'date_precision', kind: 'text', value: (e) => e.datePrecision },
  { name: 'end_date', kind: 'date', value: (e) => e.endDate },
  { name: 'title', kind: 'text', value: (e) => e.title },
  { name: 'type', kind: 'text', value: (e) => e.type },
  { name: 'summary', kind: 'text', value: (e) => e.summary },
  { name: 'location', kind: 'text', value: (e) => e.location },
  { name: 'countries', kind: 'text', value: (e) => e.countries },
  { name: 'initiatives', kind: 'text', value: (e) => e.initiatives },
  { name: 'tags', kind: 'text', value: (e) => e.tags },
  { name: 'people', kind: 'text', value: (e) => e.people },
  { name: 'source_urls', kind: 'text', value: (e) => e.sourceUrls },
  { name: 'sources', kind: 'text', value: (e) => e.sources },
  { name: 'best_source_grade', kind: 'text', value: (e) => e.bestGrade },
  { name: 'annotation_count', kind: 'number', value: (e) => e.annotationCount },
  { name: 'created_at', kind: 'date', value: (e) => e.createdAt },
  { name: 'updated_at', kind: 'date', value: (e) => e.updatedAt },
  { name: 'version', kind: 'number', value: (e) => e.version },
];
