import { describe, expect, it } from 'vitest';
import { threadsAsOf } from '@/lib/annotations/as-of';
import type { AnnotationItem, AnnotationThread, AnnotationVersion } from '@/lib/annotations/types';

const PIN = '2026-06-01T12:00:00.000Z';
const before = '2026-05-01T00:00:00.000Z';
const after = '2026-07-01T00:00:00.000Z';

const item = (id: number, over: Partial<AnnotationItem> = {}): AnnotationItem => ({
  id,
  target: 'event',
  eventId: 1,
  sourceId: null,
  stanceId: null,
  parentId: null,
  quote: null,
  kind: 'note',
  likelihood: null,
  confidence: null,
  body: `Annotation ${id} now`,
  tags: [],
  visibility: 'team',
  author: { id: 1, name: 'Ana' },
  resolved: false,
  resolvedAt: null,
  resolvedBy: null,
  version: 1,
  createdAt: before,
  updatedAt: before,
  ...over,
});
const version = (v: number, body: string, editedAt: string, over: Partial<AnnotationVersion> = {}): AnnotationVersion => ({
  version: v,
  kind: 'note',
  likelihood: null,
  confidence: null,
  body,
  tags: [],
  visibility: 'team',
  editedBy: 'Ana',
  editedAt,
  ...over,
});
const thread = (head: AnnotationItem, replies: AnnotationItem[] = []): AnnotationThread => ({ ...head, replies });

describe('threadsAsOf', () => {
  it('keeps an annotation unchanged since the pin as it is', () => {
    const t = thread(item(1));
    expect(threadsAsOf([t], {}, PIN).threads).toEqual([t]);
  });

  it('shows an annotation edited after the pin as its version written before, with only the history before that', () => {
    const edited = item(2, { version: 3, body: 'Third', updatedAt: after });
    const versions = { 2: [version(2, 'Second', '2026-05-20T00:00:00.000Z'), version(1, 'First', before)] };
    const { threads, versions: history } = threadsAsOf([thread(edited)], versions, PIN);
    expect(threads[0]).toMatchObject({ id: 2, version: 2, body: 'Second', updatedAt: '2026-05-20T00:00:00.000Z' });
    expect(history[2]!.map((v) => v.body)).toEqual(['First']);
  });

  it('leaves out what was written after the pin: threads, replies, and resolutions', () => {
    const late = thread(item(3, { createdAt: after, updatedAt: after }));
    const head = thread(item(4, { resolved: true, resolvedAt: after, resolvedBy: 'Colin' }), [
      item(5),
      item(6, { parentId: 4, createdAt: after, updatedAt: after }),
    ]);
    const { threads } = threadsAsOf([late, head], {}, PIN);
    expect(threads.map((t) => t.id)).toEqual([4]);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual([5]);
    expect(threads[0]).toMatchObject({ resolved: false, resolvedAt: null, resolvedBy: null });
  });

  it('leaves out a thread that was private at the pin, with its replies, though it reads for the team now', () => {
    const now = thread(item(7, { version: 2, updatedAt: after }), [item(8)]);
    const versions = { 7: [version(1, 'Private then', before, { visibility: 'private' })] };
    expect(threadsAsOf([now], versions, PIN).threads).toEqual([]);
  });
});
