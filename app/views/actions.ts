'use server';
// Saving views and managing their share links. Each action authorizes itself; who may change which view
// (its owner or an admin) is decided in db/queries/views.ts.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { deleteView, duplicateView, getView, insertShareLink, insertView, revokeShareLink, updateView } from '@/db/queries/views';
import { fieldErrorsOfIssues, type ActionResult } from '@/lib/action-result';
import { guardedAction } from '@/lib/auth/action';
import { shareLinkId, shareLinkInput, viewEditInput, viewId, viewInput, viewVersionInput } from '@/lib/views/schema';
import { VIEW_NAME_MAX } from '@/lib/views/vocabulary';

const GONE = 'That view no longer exists.';
const NOT_YOURS = 'Only the view’s owner or an admin may change or share it.';
const STALE = 'Someone saved this view since you opened it. Its current state is shown; make your change again.';

export type ShareLinkResult = ActionResult & { sharePath?: string };

export const saveView = guardedAction({ permission: 'write', input: viewInput }, async (input, user): Promise<ActionResult> => {
  const result = insertView({ input, owner: user });
  if (!result.ok) return { ok: false, fieldErrors: fieldErrorsOfIssues(result.issues) };
  redirect(`/views/${result.value.id}`);
});

export const createShareLink = guardedAction(
  { permission: 'write', input: shareLinkInput, bound: viewId, unknownBound: GONE },
  async (input, user, [id]): Promise<ShareLinkResult> => {
    const result = insertShareLink({ viewId: id, label: input.label, expiresInDays: input.expiresInDays, editor: user });
    if (!result.ok) return { ok: false, message: result.code === 'forbidden' ? NOT_YOURS : GONE };
    revalidatePath(`/views/${id}`);
    // The token is shown this once: only its hash is kept.
    return { ok: true, message: 'Share link created. Copy it now: it is not shown again.', sharePath: `/shared/${result.value.token}` };
  },
);

export const revokeLink = guardedAction({ permission: 'write', input: shareLinkId }, async (input, user): Promise<ActionResult> => {
  const result = revokeShareLink({ id: input.linkId, editor: user });
  if (!result.ok) return { ok: false, message: result.code === 'forbidden' ? NOT_YOURS : 'That link no longer exists.' };
  revalidatePath(`/views/${result.value.viewId}`);
  return { ok: true, message: 'Link revoked.' };
});

export const editView = guardedAction(
  { permission: 'write', input: viewEditInput, bound: viewId, unknownBound: GONE },
  async ({ version, ...input }, user, [id]): Promise<ActionResult> => {
    const result = updateView({ id, input, version, editor: user });
    if (!result.ok) {
      if (result.code === 'invalid') return { ok: false, fieldErrors: fieldErrorsOfIssues(result.issues) };
      if (result.code === 'conflict') {
        revalidatePath(`/views/${id}`);
        return { ok: false, message: STALE };
      }
      return { ok: false, message: result.code === 'forbidden' ? NOT_YOURS : GONE };
    }
    revalidatePath('/views');
    revalidatePath(`/views/${id}`);
    return { ok: true, message: 'View saved.' };
  },
);

export const copyView = guardedAction(
  { permission: 'write', input: z.object({}), bound: viewId, unknownBound: GONE },
  async (_input, user, [id]): Promise<ActionResult> => {
    const original = getView(id, user);
    if (!original) return { ok: false, message: GONE };
    const result = duplicateView({ id, editor: user, name: `Copy of ${original.name}`.slice(0, VIEW_NAME_MAX) });
    if (!result.ok) return { ok: false, message: result.code === 'forbidden' ? NOT_YOURS : GONE };
    revalidatePath('/views');
    redirect(`/views/${result.value.id}`);
  },
);

export const removeView = guardedAction(
  { permission: 'write', input: viewVersionInput, bound: viewId, unknownBound: GONE },
  async ({ version }, user, [id]): Promise<ActionResult> => {
    const result = deleteView({ id, version, editor: user });
    if (!result.ok) return { ok: false, message: result.code === 'conflict' ? STALE : result.code === 'forbidden' ? NOT_YOURS : GONE };
    revalidatePath('/views');
    redirect('/views');
  },
);
