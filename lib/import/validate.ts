// One import row as an event input: its fields over what the event holds now (an update may give only
// some columns; the rest keep their stored values), checked by the edit form's own schema, with each
// problem named by the CSV column it came from.
import type { z } from '@/lib/zod';
import { eventInput, type EventInput } from '@/lib/events/schema';
import { COLUMN_OF_FIELD, type EventField } from './columns';
import type { ImportRow, RowError } from './read';

const ITEM_NAMES: Partial<Record<EventField, string>> = { countries: 'country', initiatives: 'initiative', tags: 'tag', people: 'person', sources: 'source' };

function rowError(row: number, issue: z.core.$ZodIssue): RowError {
  const [field, index, key] = issue.path;
  const column = COLUMN_OF_FIELD[field as EventField] ?? null;
  const item = typeof index === 'number' ? `${ITEM_NAMES[field as EventField] ?? 'item'} ${index + 1}${key ? ` (${String(key)})` : ''}: ` : '';
  return { row, column, message: `${item}${issue.message}` };
}

export function validateRow(row: ImportRow, stored: EventInput | null): { ok: true; input: EventInput } | { ok: false; errors: RowError[] } {
  const parsed = eventInput.safeParse({ ...stored, ...row.fields });
  if (parsed.success) return { ok: true, input: parsed.data };
  // One message per cell: the first issue of each column is the one to fix first.
  const errors = new Map<string, RowError>();
  for (const issue of parsed.error.issues) {
    const error = rowError(row.row, issue);
    if (!errors.has(error.column ?? '')) errors.set(error.column ?? '', error);
  }
  return { ok: false, errors: [...errors.values()] };
}

/** True when writing `input` would change nothing about the stored event (both in the schema's key order). */
export const sameInput = (stored: EventInput, input: EventInput) => JSON.stringify(eventInput.parse(stored)) === JSON.stringify(input);
