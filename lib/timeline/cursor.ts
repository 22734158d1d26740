// Keyset cursors for the timeline: the (date, id) of the last row shown, opaque to clients.
import { isIsoDate } from '@/lib/dates';

export type Cursor = { date: string; id: number };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.date}~${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor, or null when the text was not made by encodeCursor (tampered, truncated). */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text)) return null;
  const match = /^(\d{4}-\d{2}-\d{2})~([1-9]\d{0,15})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match || !isIsoDate(match[1]!)) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { date: match[1]!, id } : null;
}
