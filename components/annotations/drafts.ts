// The optimistic copies of annotation writes: what a thread shows between a submit and the server's answer.
// The answer (a re-render with the stored annotations) replaces them; a refusal simply drops them.
import type { AnnotationEditInput, AnnotationInput } from '@/lib/annotations/schema';
import type { AnnotationItem, AnnotationThread } from '@/lib/annotations/types';

export type Draft =
  | { kind: 'thread'; input: AnnotationInput }
  | { kind: 'reply'; parentId: number; body: string }
  | { kind: 'edit'; id: number; input: AnnotationEditInput }
  | { kind: 'delete'; id: number }
  | { kind: 'resolve'; id: number; resolved: boolean };

export type Author = { id: number; name: string };

/** Optimistic items carry negative ids, so they never collide with stored ones and show as "Saving…". */
export const isDraft = (a: Pick<AnnotationItem, 'id'>) => a.id < 0;

let next = -1;

function draftItem(author: Author, over: Partial<AnnotationItem>): AnnotationItem {
  const now = new Date().toISOString();
  return {
    id: next--,
    target: 'event',
    eventId: null,
    sourceId: null,
    stanceId: null,
    parentId: null,
    quote: null,
    kind: 'note',
    likelihood: null,
    confidence: null,
    body: '',
    tags: [],
    visibility: 'team',
    author,
    resolved: false,
    resolvedAt: null,
    resolvedBy: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

/** The threads with one pending write applied. */
export function applyDraft(threads: AnnotationThread[], draft: Draft, author: Author): AnnotationThread[] {
  switch (draft.kind) {
    case 'thread': {
      const { input } = draft;
      const item = draftItem(author, {
        target: input.target,
        eventId: input.eventId ?? null,
        sourceId: input.sourceId ?? null,
        stanceId: input.stanceId ?? null,
        quote: input.quote ?? null,
        kind: input.kind,
        likelihood: input.likelihood,
        confidence: input.confidence,
        body: input.body,
        tags: input.tags,
        visibility: input.visibility,
      });
      return [...threads, { ...item, replies: [] }];
    }
    case 'reply':
      return threads.map((t) =>
        t.id === draft.parentId ? { ...t, replies: [...t.replies, draftItem(author, { parentId: t.id, body: draft.body, visibility: t.visibility })] } : t,
      );
    case 'edit': {
      const edit = (a: AnnotationItem): AnnotationItem =>
        a.id === draft.id
          ? {
              ...a,
              body: draft.input.body,
              kind: draft.input.kind,
              likelihood: draft.input.likelihood,
              confidence: draft.input.confidence,
              tags: draft.input.tags,
            }
          : a;
      return threads.map((t) => ({ ...edit(t), replies: t.replies.map(edit) }));
    }
    case 'delete':
      return threads.filter((t) => t.id !== draft.id).map((t) => ({ ...t, replies: t.replies.filter((r) => r.id !== draft.id) }));
    case 'resolve':
      return threads.map((t) => (t.id === draft.id ? { ...t, resolved: draft.resolved, resolvedBy: draft.resolved ? author.name : null } : t));
  }
}
