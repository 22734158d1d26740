'use server';
// Writing annotations: add, reply, edit (versioned), delete (soft), resolve and reopen. Each action
// authorizes itself; who may change which annotation is decided in db/queries/annotations.ts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { insertAnnotation, insertReply, setThreadResolved, softDeleteAnnotation, updateAnnotation } from '@/db/queries/annotations';
import { refusedFields } from '@/lib/action-result';
import { annotationEditInput, annotationId, annotationInput, annotationVersionInput, replyInput } from '@/lib/annotations/schema';
import type { AnnotationItem, AnnotationResult } from '@/lib/annotations/types';
import { guardedAction } from '@/lib/auth/action';
import type { WriteFailure } from '@/lib/write-result';

const GONE = 'That annotation no longer exists.';
const NOT_YOURS = 'Only its author or an admin may change this annotation.';

// An annotation shows on its event's page, the timeline's counts, its stance's country page and the
// annotation list, so every page is revalidated, as for events.
const revalidateAnnotations = () => revalidatePath('/', 'layout');

function refused(result: WriteFailure<'not-found' | 'forbidden' | 'conflict' | 'invalid', AnnotationItem>, onConflict: string): AnnotationResult {
  switch (result.code) {
    case 'not-found':
      return { ok: false, message: GONE };
    case 'forbidden':
      return { ok: false, message: NOT_YOURS };
    case 'invalid':
      return refusedFields(result.issues);
    case 'conflict':
      return { ok: false, message: onConflict, current: result.current };
  }
}

export const addAnnotation = guardedAction({ permission: 'write', input: annotationInput }, async (input, user): Promise<AnnotationResult> => {
  const result = insertAnnotation({ input, author: user });
  if (!result.ok) return refusedFields(result.issues);
  revalidateAnnotations();
  return { ok: true, message: 'Annotation added.', annotation: result.value };
});

export const replyToAnnotation = guardedAction({ permission: 'write', input: replyInput }, async (input, user): Promise<AnnotationResult> => {
  const result = insertReply({ input, author: user });
  if (!result.ok) return refusedFields(result.issues);
  revalidateAnnotations();
  return { ok: true, message: 'Reply added.', annotation: result.value };
});

/** Saves an edit if the annotation is still at the version the form was opened at. Bind the id. */
export const editAnnotation = guardedAction(
  { permission: 'write', input: annotationEditInput, bound: annotationId, unknownBound: GONE },
  async (input, user, [id]): Promise<AnnotationResult> => {
    const result = updateAnnotation({ id, input, editor: user });
    if (!result.ok) return refused(result, 'Someone changed this annotation since you opened it. Its current text is shown below; edit that, or copy yours.');
    revalidateAnnotations();
    return { ok: true, message: 'Annotation saved. The previous version is in its history.', annotation: result.value };
  },
);

/** Deletes (softly) an annotation still at the version shown; a thread takes its replies with it. Bind the id. */
export const deleteAnnotation = guardedAction(
  { permission: 'write', input: annotationVersionInput, bound: annotationId, unknownBound: GONE },
  async ({ version }, user, [id]): Promise<AnnotationResult> => {
    const result = softDeleteAnnotation({ id, version, actor: user });
    if (!result.ok) return refused(result, 'Someone changed this annotation since you opened the page. Reload to see it, then decide.');
    revalidateAnnotations();
    return { ok: true, message: 'Annotation deleted.', annotation: result.value };
  },
);

const resolveInput = z.object({ resolved: z.enum(['true', 'false'], { error: 'Choose resolve or reopen' }).transform((v) => v === 'true') });

/** Marks a thread resolved (`resolved=true`) or reopens it (`resolved=false`). Bind the id. */
export const resolveThread = guardedAction(
  { permission: 'write', input: resolveInput, bound: annotationId, unknownBound: GONE },
  async ({ resolved }, user, [id]): Promise<AnnotationResult> => {
    const result = setThreadResolved({ id, resolved, actor: user });
    if (!result.ok) return result.code === 'not-found' ? { ok: false, message: GONE } : refusedFields(result.issues);
    revalidateAnnotations();
    return { ok: true, message: resolved ? 'Thread resolved.' : 'Thread reopened.', annotation: result.value };
  },
);
