// The columns of an annotations export, in their default order: the annotation, what it is on, and who
// wrote it; its tags joined with "; ".
import type { AnnotationExportRow } from '@/db/queries/export';
import { LIST_SEPARATOR, type Column } from './csv';

export const ANNOTATION_COLUMNS: readonly Column<AnnotationExportRow>[] = [
  { name: 'id', kind: 'number', value: (a) => a.id },
  { name: 'target', kind: 'text', value: (a) => a.target },
  { name: 'event_id', kind: 'number', value: (a) => a.eventId },
  { name: 'event_title', kind: 'text', value: (a) => a.eventTitle },
  { name: 'source_id', kind: 'number', value: (a) => a.sourceId },
  { name: 'source_title', kind: 'text', value: (a) => a.sourceTitle },
  { name: 'stance_id', kind: 'number', value: (a) => a.stanceId },
  { name: 'stance', kind: 'text', value: (a) => a.stance },
  { name: 'parent_id', kind: 'number', value: (a) => a.parentId },
  { name: 'kind', kind: 'text', value: (a) => a.kind },
  { name: 'likelihood', kind: 'text', value: (a) => a.likelihood },
  { name: 'confidence', kind: 'text', value: (a) => a.confidence },
  { name: 'body', kind: 'text', value: (a) => a.body },
  { name: 'quote', kind: 'text', value: (a) => a.quote },
  { name: 'tags', kind: 'text', value: (a) => a.tags.join(LIST_SEPARATOR) },
  { name: 'visibility', kind: 'text', value: (a) => a.visibility },
  { name: 'author', kind: 'text', value: (a) => a.author.name },
  { name: 'resolved', kind: 'text', value: (a) => (a.resolved ? 'yes' : 'no') },
  { name: 'version', kind: 'number', value: (a) => a.version },
  { name: 'created_at', kind: 'date', value: (a) => a.createdAt },
  { name: 'updated_at', kind: 'date', value: (a) => a.updatedAt },
];
